import configparser, io, os, tempfile
from configparser import (ConfigParser, RawConfigParser, ExtendedInterpolation, BasicInterpolation,
                          Interpolation)

text = """
# a comment
; another
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes
home = /home/%(user)s

[bitbucket.org]
User = hg
path = %(home)s/repo

[topsecret.server.com]
Port = 50022
ForwardX11 = no
multi = first line
   second line

   after blank
ratio: 0.5
empty =
pct = 100%%

[Paths]
bad = %(nothere)s
syntax = %foo
deep = %(deep)s
"""
cp = ConfigParser()
cp.read_string(text)
print(cp.sections(), cp.defaults())
print(cp.options("bitbucket.org"))
print(cp.get("bitbucket.org", "user"), cp.get("bitbucket.org", "PATH"), cp["bitbucket.org"]["home"])
print(cp.get("bitbucket.org", "path", raw=True), cp.get("bitbucket.org", "path", vars={"user": "me"}))
s = cp["topsecret.server.com"]
print(repr(s["multi"]), s.getint("port"), s.getfloat("ratio"), s.getboolean("forwardx11"),
      s.getboolean("compression"), repr(s["empty"]), s["pct"])
print(cp.getint("topsecret.server.com", "port"), cp.getfloat("topsecret.server.com", "ratio"),
      cp.getboolean("bitbucket.org", "compression"))
print(cp.get("nosuch", "x", fallback="fb"), cp.get("bitbucket.org", "nosuch", fallback=None),
      cp.getint("bitbucket.org", "nosuch", fallback=7), s.get("nosuch"), s.get("nosuch", "d"),
      s.getint("nosuch", 3))
print(cp.has_section("Paths"), cp.has_section("DEFAULT"), cp.has_option("Paths", "bad"),
      cp.has_option("Paths", "compression"), cp.has_option(None, "home"), cp.has_option("zz", "a"))
print(cp.items("bitbucket.org"))
print(cp.items("bitbucket.org", raw=True))
print(list(cp), len(cp), "Paths" in cp, "DEFAULT" in cp, "nope" in cp)
print([(k, v) for k, v in cp.items()])
print(list(cp["bitbucket.org"]), len(cp["bitbucket.org"]), "user" in cp["bitbucket.org"],
      cp["bitbucket.org"].name, cp["bitbucket.org"].parser is cp, repr(cp["DEFAULT"]), list(cp["DEFAULT"]))

def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, str(e).replace("\n", "|"), e.args)

attempt(cp.get, "Paths", "bad")
attempt(cp.get, "Paths", "syntax")
attempt(cp.get, "Paths", "deep")
attempt(cp.get, "nosuch", "x")
attempt(cp.get, "Paths", "nosuch")
attempt(cp.getint, "bitbucket.org", "user")
attempt(cp.getboolean, "bitbucket.org", "user")
attempt(cp.add_section, "Paths")
attempt(cp.add_section, "DEFAULT")
attempt(cp.add_section, 5)
attempt(cp.set, "Paths", "x", 5)
attempt(cp.set, "Paths", 5, "x")
attempt(cp.set, "nosuch", "x", "y")
attempt(cp.set, "Paths", "x", "50%")
attempt(cp.set, "Paths", "x", "50%% %(a)s ok")
attempt(cp.options, "nosuch")
attempt(cp.items, "nosuch")
attempt(lambda: cp["nosuch"])
attempt(lambda: cp["Paths"]["nosuch"])
attempt(cp.__delitem__, "DEFAULT")
attempt(cp.__delitem__, "nosuch")
attempt(ConfigParser, interpolation=5)

bad_texts = ["x = 1\n[s]\n", "[s]\na=1\n[s]\n", "[s]\na=1\nA=2\n", "[s]\n=1\nnovalue\n  \n[t]\nzz\n"]
for t in bad_texts:
    attempt(ConfigParser().read_string, t)
    attempt(ConfigParser(strict=False).read_string, t)
attempt(ConfigParser().read_string, "[s]\na=1\n", source="src.ini")
attempt(ConfigParser().read_string, "[s]\na=1\n[s]\n", source="src.ini")
attempt(ConfigParser().read_dict, {"s": {"a": 1, "A": 2}})

# modification and writing
cp.set("Paths", "new", "value")
cp["Paths"]["other"] = "o"
cp["New"] = {"k": "v", "n": 3}
cp["DEFAULT"]["extra"] = "e"
print(cp.remove_option("Paths", "bad"), cp.remove_option("Paths", "bad"), cp.remove_section("Paths2"))
del cp["Paths"]["syntax"]
attempt(cp["Paths"].__delitem__, "nosuch")
print(cp.remove_option("DEFAULT", "compressionlevel"))
del cp["Paths"]["deep"]
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:4])
print(cp.remove_section("Paths"), cp.sections())
print(cp.popitem()[0], cp.sections())

# raw parser, allow_no_value, custom delimiters / prefixes
raw = RawConfigParser(allow_no_value=True)
raw.read_string("[mysqld]\nuser = mysql\nskip-bdb\nquick\npct = %(x)s\n")
print(raw.items("mysqld"), raw.get("mysqld", "skip-bdb"))
raw.set("mysqld", "num", 5)
print(raw.get("mysqld", "num"))
out = io.StringIO(); raw.write(out); print(out.getvalue())
c2 = ConfigParser(delimiters=("->",), comment_prefixes=("//",), inline_comment_prefixes=("#",),
                  default_section="common", empty_lines_in_values=False)
c2.read_string("[common]\nbase -> 1\n[a]\nk -> v # note\nj -> w#not a comment\n// full comment\nm -> x\n  y\n\nq -> 2\n")
attempt(c2.read_string, "[b]\nm -> x\n  y\n\n  z\n")
print(c2.sections(), c2.items("a"), c2.defaults())
c3 = ConfigParser(defaults={"N": 1, "b": "two"}, dict_type=dict)
print(c3.defaults(), RawConfigParser(defaults={"N": 1}).defaults())

# Extended interpolation
ext = ConfigParser(interpolation=ExtendedInterpolation())
ext.read_string("""
[Common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local
cost: $$5

[Frameworks]
Python: 3.2
path: ${Common:system_dir}/Library/Frameworks/

[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${Common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${Frameworks:path}/Python/Versions/${Frameworks:Python}
bad: ${nope}
bad2: ${Nope:x}
bad3: ${a:b:c}
bad4: $x
""")
for o in ["my_pictures", "python_dir", "bad", "bad2", "bad3", "bad4"]:
    attempt(ext.get, "Arthur", o)
print(ext.get("Common", "cost"))
attempt(ext.set, "Common", "x", "$oops")
print(ConfigParser(interpolation=None).get if False else "")
noi = ConfigParser(interpolation=None)
noi.read_string("[s]\na = %(b)s\n")
print(noi.get("s", "a"))

# converters and files
conv = ConfigParser(converters={"list": lambda v: [x.strip() for x in v.split(",")]})
conv.read_string("[s]\nitems = a, b ,c\n")
print(conv.getlist("s", "items"), conv["s"].getlist("items"), sorted(conv.converters))
attempt(conv.getlist, "s", "nope")
print(conv.getlist("s", "nope", fallback=[]))
d = tempfile.mkdtemp()
p1 = os.path.join(d, "a.ini")
with open(p1, "w") as f:
    f.write("[file]\nx = 1\n")
fc = ConfigParser()
print(fc.read([p1, os.path.join(d, "missing.ini")]) == [p1], fc.get("file", "x"))
with open(p1) as f:
    fc2 = ConfigParser()
    fc2.read_file(f)
    print(fc2.sections())
attempt(ConfigParser().read_file, iter(["[s]\n", "bad line\n"]))
os.remove(p1); os.rmdir(d)
e = configparser.NoOptionError("o", "s")
print(repr(e), e.option, e.section, isinstance(e, configparser.Error), configparser.DEFAULTSECT,
      configparser.MAX_INTERPOLATION_DEPTH)
print(issubclass(configparser.MissingSectionHeaderError, configparser.ParsingError),
      issubclass(configparser.InterpolationSyntaxError, configparser.InterpolationError))
