import grp
import os
import pwd
import site
import sys
import sysconfig

root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, root[0], len(root), type(root).__name__)
print(pwd.getpwnam("root") == root, pwd.getpwnam("root").pw_dir)
me = pwd.getpwuid(os.getuid())
print(me.pw_uid == os.getuid())
allp = pwd.getpwall()
print(any(p.pw_name == "root" for p in allp), isinstance(allp, list))
print(repr(root).startswith("pwd.struct_passwd(pw_name='root', pw_passwd="))
g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, isinstance(g.gr_mem, list), type(g).__name__, len(g))
print(grp.getgrnam(g.gr_name) == g, any(x.gr_gid == 0 for x in grp.getgrall()))
print(repr(g).startswith("grp.struct_group(gr_name='root'"))
for f, a in [(pwd.getpwuid, "a"), (pwd.getpwuid, 99999), (pwd.getpwuid, -5),
             (pwd.getpwnam, 1), (pwd.getpwnam, "nosuch_user_k"), (grp.getgrgid, 99999),
             (grp.getgrnam, "nosuch_group_k"), (grp.getgrgid, "x"), (grp.getgrgid, 1.5),
             (grp.getgrnam, 3)]:
    try:
        f(a)
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    root.pw_name = "x"
except AttributeError as e:
    print("AttributeError")

print(sysconfig.get_python_version(), sysconfig.get_platform())
print(sysconfig.get_scheme_names())
print(sysconfig.get_path_names(), sysconfig.get_default_scheme())
print(sysconfig.get_config_var("py_version_short"), sysconfig.get_config_var("nope"))
print(sysconfig.get_paths("posix_prefix", expand=False)["purelib"])
v = {"base": "/x", "platbase": "/y", "installed_base": "/z", "installed_platbase": "/w",
     "userbase": "/u"}
print(sorted(sysconfig.get_paths("posix_prefix", vars=v).items()))
print(sysconfig.get_path("scripts", "posix_user", vars=v))
print(sysconfig.get_path("purelib", "posix_home", vars=v))
print(sysconfig.get_config_vars("py_version_short", "missing"))
try:
    sysconfig.get_paths("nonesuch")
except KeyError as e:
    print("KeyError", e)
print(sysconfig.is_python_build(), sysconfig.get_preferred_scheme("user"))

print(site.getsitepackages(["/p"]))
print(site.getuserbase() == os.path.join(os.path.expanduser("~"), ".local"))
print(site.getusersitepackages().endswith("/lib/python3.11/site-packages"))
print(site.makepath("/a", "b", "..", "c"))
import tempfile
with tempfile.TemporaryDirectory() as d:
    extra = os.path.join(d, "extra")
    os.mkdir(extra)
    with open(os.path.join(d, "x.pth"), "w") as f:
        f.write("# comment\nextra\nmissing_dir\n\n")
    before = list(sys.path)
    site.addsitedir(d)
    added = [p for p in sys.path if p not in before]
    print([os.path.relpath(p, d) for p in added])
    sys.path[:] = before
