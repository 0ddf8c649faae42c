"""Application settings from INI text with configparser: sections, defaults, interpolation
(basic and extended), typed getters, fallbacks, writing back, and validation errors."""
import configparser
import io
import sys

INI = """
[DEFAULT]
base_dir = /srv/app
log_level = INFO
retries = 3

[server]
host = 0.0.0.0
port = 8080
debug = no
static = %(base_dir)s/static
workers = 4

[database]
url = postgres://db.internal:5432/app
pool_size = 10
timeout = 2.5
; a comment
# another comment
options =
    sslmode=require
    connect_timeout=5

[features]
beta = on
dark_mode = true
experimental = 0
"""

cfg = configparser.ConfigParser()
cfg.read_string(INI)
print(cfg.sections(), cfg.defaults()["log_level"], "server" in cfg, cfg.has_option("server", "retries"))
srv = cfg["server"]
print(srv["host"], srv.getint("port"), srv.getboolean("debug"), srv["static"], srv.get("missing", "n/a"))
print(cfg.getfloat("database", "timeout"), cfg.getint("database", "pool_size"), cfg["database"]["options"].split())
print({k: cfg.getboolean("features", k) for k in ("beta", "dark_mode", "experimental")})
print(sorted(cfg["features"]), list(cfg["server"].keys())[:3], cfg.get("server", "workers", fallback="1"))
print(cfg.getint("server", "timeout", fallback=30), cfg.get("database", "log_level"), cfg.items("server")[:2])
cfg.set("server", "port", "9090")
cfg["cache"] = {"backend": "redis", "ttl": "60"}
cfg.remove_option("features", "experimental")
out = io.StringIO()
cfg.write(out)
text = out.getvalue()
print(text.count("["), "[cache]" in text, "experimental" not in text, text.splitlines()[:4])
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[paths]
root = /opt
bin = ${root}/bin
[tools]
python = ${paths:bin}/python3
""")
print(ext["tools"]["python"], ext.get("paths", "bin"))
raw = configparser.ConfigParser(interpolation=None)
raw.read_string("[x]\npercent = 100%\n")
print(raw["x"]["percent"])
problems = [
    "[a]\nkey = 1\nkey = 2\n",
    "no section header\n",
    "[a]\nv = %(nope)s\n",
    "[a]\n[a]\n",
]
for text in problems:
    p = configparser.ConfigParser()
    try:
        p.read_string(text)
        print("value:", p["a"]["v"])
    except configparser.Error as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
try:
    cfg.getint("server", "host")
except ValueError as e:
    print("ValueError:", e)
try:
    cfg["nosuch"]
except KeyError as e:
    print("KeyError:", e)
try:
    cfg.get("server", "nokey")
except configparser.NoOptionError as e:
    print("NoOptionError:", e)
c2 = configparser.ConfigParser(defaults={"color": "blue"}, allow_no_value=True)
c2.optionxform = str
c2.read_string("[Opts]\nVerbose\nName = X\n")
print(dict(c2["Opts"]), c2.get("Opts", "color"), c2.BOOLEAN_STATES["yes"])
