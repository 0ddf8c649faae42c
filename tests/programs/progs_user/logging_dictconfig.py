"""An application configuring logging with logging.config.dictConfig and rotating files."""
import io
import logging
import logging.config
import logging.handlers
import os
import sys
import tempfile


class OnlyErrors(logging.Filter):
    def filter(self, record):
        return record.levelno >= logging.ERROR


class JsonishFormatter(logging.Formatter):
    def format(self, record):
        return "{" + f'"lvl": "{record.levelname}", "msg": "{record.getMessage()}"' + "}"


tmp = tempfile.mkdtemp()
logfile = os.path.join(tmp, "app.log")
errors = io.StringIO()
CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "brief": {"format": "%(levelname)-8s %(name)s: %(message)s"},
        "braces": {"format": "{levelname}|{name}|{message}", "style": "{"},
        "json": {"()": JsonishFormatter},
    },
    "filters": {"errors_only": {"()": OnlyErrors}, "db_only": {"name": "app.db"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "brief", "level": "INFO",
                    "stream": "ext://sys.stdout"},
        "errors": {"class": "logging.StreamHandler", "formatter": "json", "filters": ["errors_only"],
                   "stream": errors},
        "file": {"class": "logging.handlers.RotatingFileHandler", "formatter": "braces",
                 "filename": logfile, "maxBytes": 120, "backupCount": 2, "level": "DEBUG"},
        "dbmem": {"class": "logging.handlers.MemoryHandler", "capacity": 3, "target": "console",
                  "filters": ["db_only"]},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["console", "errors", "file"], "propagate": False},
        "app.db": {"handlers": ["dbmem"]},
        "noisy": {"level": "CRITICAL"},
    },
    "root": {"level": "WARNING", "handlers": ["console"]},
}
old = logging.getLogger("old.module")
logging.config.dictConfig(CONFIG)
log = logging.getLogger("app")
db = logging.getLogger("app.db")
log.debug("debug goes to the file only")
log.info("service starting on port %d", 8080)
db.info("query 1")
db.info("query 2")
log.warning("disk %d%% full", 91)
db.info("query 3 fills the memory buffer")
log.error("payment failed for order %s", "A17")
logging.getLogger("noisy").error("suppressed")
logging.getLogger("other").warning("root handles this")
old.warning("old logger still enabled: %s", not old.disabled)
print("errors stream:", errors.getvalue().strip())
for i in range(6):
    log.debug("filler line %d", i)
for h in log.handlers:
    h.flush()
names = sorted(os.listdir(tmp))
print(names)
with open(logfile) as f:
    print(f.read().splitlines()[-1])
print([type(h).__name__ for h in log.handlers], log.propagate, logging.getLogger("noisy").level)
logging.config.dictConfig({"version": 1, "root": {"level": "INFO"}})
print(log.disabled, old.disabled, logging.getLogger("app.db").disabled)
for bad in [{}, {"version": 2}, {"version": 1, "handlers": {"h": {"class": "nope.Handler"}}},
            {"version": 1, "loggers": {"x": {"handlers": ["missing"]}}},
            {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "nf"}}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print("ValueError:", e)
buf = logging.handlers.BufferingHandler(2)
lg = logging.getLogger("buffered")
lg.addHandler(buf)
lg.warning("one")
print(len(buf.buffer))
lg.warning("two")
print(len(buf.buffer))
import queue
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
ql = logging.getLogger("queued")
ql.addHandler(qh)
ql.propagate = False
ql.error("to the queue %s", "now")
rec = q.get_nowait()
print(rec.getMessage(), rec.args, rec.levelname)
for n in sorted(os.listdir(tmp)):
    os.remove(os.path.join(tmp, n))
os.rmdir(tmp)
