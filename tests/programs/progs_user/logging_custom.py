"""logging with custom formatters/handlers/filters to a StringIO."""
import io
import logging


class UpperLevelFilter(logging.Filter):
    def filter(self, record):
        record.tag = record.name.split(".")[-1].upper()
        return "secret" not in record.getMessage()


class BracketFormatter(logging.Formatter):
    def format(self, record):
        base = super().format(record)
        return f"[{base}]"


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.records = []

    def emit(self, record):
        self.records.append((record.levelname, record.getMessage()))


stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(BracketFormatter("%(levelname)-7s %(name)s %(tag)s: %(message)s"))
handler.addFilter(UpperLevelFilter())
lst = ListHandler()

app = logging.getLogger("app")
app.setLevel(logging.DEBUG)
app.addHandler(handler)
app.addHandler(lst)
app.propagate = False
db = logging.getLogger("app.db")

app.debug("starting %s v%d", "svc", 3)
db.info("connected to %(host)s", {"host": "localhost"})
db.warning("slow query: %.1fms", 123.456)
app.error("secret token leaked")
app.info("done")
db.setLevel(logging.ERROR)
db.warning("dropped")
db.error("failed %r", ("x", 1))
try:
    1 / 0
except ZeroDivisionError:
    app.exception("math broke")
print(stream.getvalue().split("Traceback")[0], end="")
print("has traceback:", "ZeroDivisionError: division by zero" in stream.getvalue())
print(lst.records)
print(db.getEffectiveLevel(), db.parent is app, logging.getLevelName(30), logging.getLevelName("ERROR"))
print(app.isEnabledFor(logging.DEBUG), db.isEnabledFor(logging.WARNING))

s2 = io.StringIO()
logging.basicConfig(stream=s2, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
logging.info("root info")
logging.getLogger("other").warning("w %s", 1)
logging.debug("hidden")
print(s2.getvalue(), end="")

adapter = logging.LoggerAdapter(logging.getLogger("ad"), {"user": "ann"})
class CtxAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"({self.extra['user']}) {msg}", kwargs
CtxAdapter(logging.getLogger("ad"), {"user": "bo"}).warning("hello")
print(s2.getvalue().splitlines()[-1])
f = logging.Formatter("%(asctime)s|%(message)s", datefmt="%Y")
rec = logging.LogRecord("n", logging.INFO, "p.py", 10, "m %d", (5,), None)
print(rec.getMessage(), rec.levelno, rec.lineno, len(f.format(rec).split("|")[0]))
logging.disable(logging.CRITICAL)
logging.critical("gone")
logging.disable(logging.NOTSET)
print(s2.getvalue().count("\n"))
