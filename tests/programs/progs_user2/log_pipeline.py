"""Logging in a data pipeline: handlers, formatters, filters, LoggerAdapter, custom levels,
and generator stages (all log output to stdout so it can be compared)."""
import io
import logging
import re
import sys
from collections import Counter
from itertools import islice, chain

TRACE = 5
logging.addLevelName(TRACE, "TRACE")

RAW = """\
2024-05-01 10:00:01 INFO  web    GET /index.html 200 512
2024-05-01 10:00:02 WARN  web    GET /missing 404 0
2024-05-01 10:00:02 INFO  api    POST /login 200 128
garbage line here
2024-05-01 10:00:03 ERROR api    POST /pay 500 0
2024-05-01 10:00:04 INFO  web    GET /about.html 200 2048
2024-05-01 10:00:05 INFO  api    GET /items 200 4096
"""

LINE_RE = re.compile(r"""
    (?P<date>\d{4}-\d\d-\d\d)\s(?P<time>[\d:]{8})\s+
    (?P<level>[A-Z]+)\s+(?P<svc>\w+)\s+
    (?P<method>GET|POST)\s(?P<path>\S+)\s(?P<status>\d{3})\s(?P<size>\d+)
""", re.X)


class OnlyService(logging.Filter):
    def __init__(self, svc):
        super().__init__()
        self.svc = svc

    def filter(self, record):
        return getattr(record, "svc", self.svc) == self.svc


class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()


log = logging.getLogger("pipeline")
log.setLevel(TRACE)
main_handler = logging.StreamHandler(sys.stdout)
main_handler.setFormatter(logging.Formatter("[%(levelname)-5s] %(name)s.%(funcName)s: %(message)s"))
log.addHandler(main_handler)
api_buf = io.StringIO()
api_handler = logging.StreamHandler(api_buf)
api_handler.addFilter(OnlyService("api"))
api_handler.setFormatter(Upper("%(svc)s|%(message)s"))
api_handler.setLevel(logging.INFO)
log.addHandler(api_handler)
log.propagate = False


def parse(lines):
    for n, line in enumerate(lines, 1):
        m = LINE_RE.match(line)
        if not m:
            log.warning("line %d unparseable: %r", n, line[:20], extra={"svc": "-"})
            continue
        rec = m.groupdict()
        rec["status"], rec["size"] = int(rec["status"]), int(rec["size"])
        log.log(TRACE, "parsed %s %s", rec["method"], rec["path"], extra={"svc": rec["svc"]})
        yield rec


def only_ok(records):
    for r in records:
        if r["status"] >= 400:
            log.error("%s failed with %d", r["path"], r["status"], extra={"svc": r["svc"]})
        else:
            yield r


def enrich(records):
    for r in records:
        r["kind"] = "page" if r["path"].endswith(".html") else "endpoint"
        yield r


adapter = logging.LoggerAdapter(log, {"svc": "api"})
records = list(enrich(only_ok(parse(RAW.splitlines()))))
adapter.info("processed %d good records", len(records))
print(Counter(r["kind"] for r in records), sum(r["size"] for r in records))
print([r["path"] for r in islice(chain(records, reversed(records)), 6)])
print("api handler got:")
print(api_buf.getvalue(), end="")
print(log.isEnabledFor(TRACE), log.getEffectiveLevel(), logging.getLevelName(TRACE), logging.getLevelName(40))
child = logging.getLogger("pipeline.stage2")
print(child.parent.name, child.getEffectiveLevel(), child.hasHandlers())
log.removeHandler(api_handler)
log.setLevel(logging.WARNING)
log.info("hidden")
log.warning("shown: %s", {"a": 1})
try:
    {}["nope"]
except KeyError:
    log.exception("lookup failed")
print(logging.getLogger() is logging.root, logging.root.level, len(log.handlers))
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s %(message)s")
logging.debug("root debug %d", 1)
logging.getLogger("other").info("other logger")
logging.disable(logging.INFO)
logging.info("disabled")
logging.warning("still on")
logging.disable(logging.NOTSET)
