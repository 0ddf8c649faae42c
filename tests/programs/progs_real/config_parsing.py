import ast
import configparser
import getopt
import io
import shlex

INI = """
[DEFAULT]
timeout = 30
debug = no

[server]
host = example.com
port = 8080
url = http://%(host)s:%(port)s/

[client]
retries = 3
debug = yes
ratio = 0.75
"""
cp = configparser.ConfigParser()
cp.read_string(INI)
print(cp.sections(), cp.defaults()["timeout"])
print(cp["server"]["url"], cp.getint("server", "port"), cp.getboolean("client", "debug"))
print(cp.getfloat("client", "ratio"), cp.get("client", "timeout"), cp.get("server", "missing", fallback="none"))
print(sorted(cp["client"].keys()), "server" in cp, cp.has_option("server", "host"))
cp["new"] = {"a": "1", "b": "two"}
cp.set("new", "c", "3")
out = io.StringIO()
cp.write(out)
print(out.getvalue())
try:
    cp.get("nosection", "x")
except configparser.NoSectionError as e:
    print("NoSectionError:", e)
try:
    cp.getint("server", "host")
except ValueError as e:
    print("ValueError:", e)
raw = configparser.ConfigParser(interpolation=None)
raw.read_string("[s]\nv = 100%\n")
print(raw["s"]["v"])

cmd = 'grep -rn --include="*.py" "def main" src/ \'my dir\''
parts = shlex.split(cmd)
print(parts)
print(shlex.join(parts), shlex.quote("it's"), shlex.quote("safe"))
lex = shlex.shlex("a=1, b='x y'", posix=True)
lex.whitespace_split = False
print(list(lex))

opts, args = getopt.getopt(["-v", "-o", "out.txt", "--size=3", "file1", "file2"], "vo:", ["size=", "help"])
print(opts, args)
try:
    getopt.getopt(["-x"], "v")
except getopt.GetoptError as e:
    print("GetoptError:", e, e.opt)
print(getopt.gnu_getopt(["a", "-v", "b"], "v"))

CONF = """{
    'name': 'demo',
    'version': (1, 2, 3),
    'features': ['fast', 'safe'],
    'limits': {'cpu': 2.5, 'mem': 1024, 'neg': -1},
    'enabled': True,
    'extra': None,
    'blob': b'\\x00\\x01',
    'set': {1, 2},
    'complex': 1+2j,
}"""
conf = ast.literal_eval(CONF)
for k in conf:
    print(f"{k:>9}: {conf[k]!r}")
for bad in ["__import__('os')", "[1, 2] + [3]", "x", "{'a': f(1)}", "1 +"]:
    try:
        print(repr(ast.literal_eval(bad)))
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, str(e).split(":")[0])
print(ast.literal_eval("  -3.5"), ast.literal_eval("()"), ast.literal_eval("set()"))
