import sys
sys.stderr = sys.stdout
import logging
logging.warning("bare warning %d", 1)
logging.info("not shown")
log = logging.getLogger("app.db")
log.error("no handlers: %s", "err")
log.info("info not shown")
print(log, logging.getLogger("app"), logging.root, log.parent is logging.getLogger("app"))
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s|%(name)s|%(funcName)s|%(lineno)d|%(module)s|%(message)s", force=True)
def work():
    log.debug("debugging %s", "x")
    logging.info("root info")
work()
log.setLevel(logging.WARNING)
log.info("hidden")
print(log.getEffectiveLevel(), logging.getLogger("app").getEffectiveLevel(), log.isEnabledFor(logging.ERROR))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("{levelname:<8} {name}: {message}", style="{"))
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False
other.warning("brace style")
other.critical("crit %(a)s and %(b)s", {"a": 1, "b": 2})
h.setFormatter(logging.Formatter("$levelname - ${message}", style="$"))
other.error("dollar style")
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
other.addFilter(OnlyOdd())
for i in range(4):
    other.warning("n=%d", i)
other.filters.clear()
try:
    raise ZeroDivisionError("division by zero")
except ZeroDivisionError:
    other.exception("failed")
    logging.getLogger("app").exception("with root")
adapter = logging.LoggerAdapter(other, {"user": "bob"})
h.setFormatter(logging.Formatter("%(user)s: %(message)s"))
adapter.warning("adapted")
print(adapter)
print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(15))
logging.addLevelName(15, "VERBOSE")
other.setLevel(1)
h.setFormatter(logging.Formatter("%(levelname)s %(levelno)d %(message)s"))
other.log(15, "verbose again")
print(repr(h), h.level)
try:
    other.setLevel("NOPE")
except ValueError as e:
    print(e)
other.removeHandler(h)
other.warning("dropped?")
print(other.hasHandlers())
n = logging.getLogger("nullish")
n.addHandler(logging.NullHandler())
n.propagate = False
n.error("nothing")
logging.disable(logging.ERROR)
logging.error("disabled")
logging.critical("critical passes")
logging.disable(logging.NOTSET)
child = logging.getLogger("a.b.c")
mid = logging.getLogger("a.b")
print(child.parent.name, mid.parent.name, logging.getLogger("a.b.c").getChild("d").name)
rec = logging.makeLogRecord({"msg": "hello %s", "args": ("w",), "levelno": 20, "levelname": "INFO", "name": "r"})
print(rec.getMessage(), logging.Formatter("%(name)s:%(message)s").format(rec))
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print(e)
try:
    logging.Formatter("no fields")
except ValueError as e:
    print(e)
import string
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"), t.get_identifiers())
print(string.Template("$a $b").safe_substitute(a=1))
try:
    string.Template("x $ y").substitute()
except ValueError as e:
    print(e)
try:
    string.Template("$missing").substitute({})
except KeyError as e:
    print("KeyError", e)
