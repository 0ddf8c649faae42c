"""Layered configuration: configparser + ChainMap + os.environ-like dicts + type coercion."""
import configparser
import io
from collections import ChainMap, namedtuple

INI = """\
[DEFAULT]
timeout = 30
debug = no
base_dir = /srv

[server]
host = example.org
port = 8080
log_dir = %(base_dir)s/logs
ratio = 0.75

[client]
retries = 3
debug = yes
greeting = hello
  world
"""

cp = configparser.ConfigParser()
cp.read_string(INI)
print(cp.sections(), cp.has_section("server"), cp.has_option("client", "timeout"))
print(cp["server"]["log_dir"], cp.getint("server", "port"), cp.getfloat("server", "ratio"))
print(cp.getboolean("client", "debug"), cp.getboolean("server", "debug"), repr(cp["client"]["greeting"]))
print(sorted(cp["client"].keys()))
print(cp.get("server", "missing", fallback="dflt"), cp["server"].get("missing", "x"))
try:
    cp.get("server", "nope")
except configparser.NoOptionError as e:
    print("NoOptionError:", e)
try:
    cp["nosuch"]
except KeyError as e:
    print("KeyError:", e)
cp["new"] = {"a": "1", "b": "two"}
cp.set("server", "port", "9090")
out = io.StringIO()
cp.write(out)
print(out.getvalue())
raw = configparser.ConfigParser(interpolation=None)
raw.read_string("[x]\npath = %(home)s/bin\n")
print(raw["x"]["path"])
bad = configparser.ConfigParser()
try:
    bad.read_string("[a]\nk = %(missing)s\n")
    bad["a"]["k"]
except configparser.InterpolationMissingOptionError as e:
    print(type(e).__name__)
try:
    bad.read_string("no section header\n")
except configparser.MissingSectionHeaderError as e:
    print("MissingSectionHeaderError", e.lineno)

defaults = {"color": "blue", "size": "M", "debug": "0"}
file_cfg = {"size": "L"}
env = {"DEBUG": "1"}
cli = {"color": None}
cfg = ChainMap({k: v for k, v in cli.items() if v is not None}, {k.lower(): v for k, v in env.items()},
               file_cfg, defaults)
print(dict(sorted(cfg.items())), cfg["size"], len(cfg), cfg.maps[1])
child = cfg.new_child({"size": "XL"})
child["extra"] = True
print(child["size"], cfg["size"], "extra" in cfg, child.parents["size"])
Setting = namedtuple("Setting", "name value source", defaults=["default"])
settings = [Setting(k, cfg[k], next(i for i, m in enumerate(cfg.maps) if k in m)) for k in sorted(cfg)]
for s in settings:
    print(f"{s.name:<6}= {s.value!r:<6} (layer {s.source})")
print(Setting("x", 1), Setting._fields, Setting._field_defaults)
