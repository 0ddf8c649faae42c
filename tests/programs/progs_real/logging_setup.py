import io
import logging
import sys

stream = io.StringIO()
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
root = logging.getLogger()
log = logging.getLogger("app")
log.info("starting %s v%d", "app", 3)
log.debug("not shown")
log.warning("disk at %.1f%%", 91.25)

db = logging.getLogger("app.db")
print(db.parent is log, db.name, db.getEffectiveLevel(), logging.getLevelName(db.getEffectiveLevel()))
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("[%(name)s] %(levelname)-8s| %(message)s"))
handler.setLevel(logging.WARNING)
db.addHandler(handler)
db.setLevel(logging.DEBUG)
db.debug("query %r", "SELECT 1")
db.error("connection lost")
db.propagate = False
db.critical("gave up after %d tries", 3)
print("captured:")
print(stream.getvalue(), end="")


class Redact(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.replace("secret", "******")
        return "skip" not in record.getMessage()


api = logging.getLogger("app.api")
api.addFilter(Redact())
api.warning("token secret used")
api.warning("skip me")
try:
    1 / 0
except ZeroDivisionError:
    api.exception("math failed")
    out = io.StringIO()
    h2 = logging.StreamHandler(out)
    api.addHandler(h2)
    api.error("oops", exc_info=True)
    api.removeHandler(h2)
    text = out.getvalue()
    print(text.splitlines()[0], "|", text.splitlines()[-1])

logger = logging.getLogger("custom")
logger.setLevel(logging.DEBUG)
logger.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelno)s %(funcName)s %(message)s %(custom)s"))
logger.addHandler(h)


def work():
    logger.debug("inside", extra={"custom": "X"})


work()
adapter = logging.LoggerAdapter(logger, {"custom": "adapted"})
adapter.info("via adapter")
print(logging.getLevelName(25), logging.getLevelName("ERROR"), logging.WARN)
logging.addLevelName(25, "NOTICE")
logger.log(25, "notice level")
print(logger.isEnabledFor(logging.DEBUG), logging.getLogger("app").isEnabledFor(logging.DEBUG))
logging.disable(logging.CRITICAL)
log.critical("hidden")
logging.disable(logging.NOTSET)
log.critical("visible %s", {"k": [1, 2]})
