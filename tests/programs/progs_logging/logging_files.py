import logging, os, sys

path = "logging_files.tmp.log"
if os.path.exists(path):
    os.remove(path)
logging.basicConfig(filename=path, filemode="w", level=logging.INFO,
                    format="%(levelname)s:%(name)s:%(message)s")
logging.info("to the file")
logging.getLogger("x.y").warning("warn %s", "there")
logging.debug("skipped")
fh = logging.root.handlers[0]
print(type(fh).__name__, os.path.basename(fh.baseFilename), fh.mode)
fh.close()
with open(path) as f:
    print(f.read(), end="")
os.remove(path)

# handlers with their own levels; propagation to root
logging.basicConfig(stream=sys.stdout, force=True, format="ROOT %(message)s")
lg = logging.getLogger("svc")
lg.setLevel(logging.DEBUG)
h = logging.StreamHandler(sys.stdout)
h.setLevel(logging.ERROR)
h.setFormatter(logging.Formatter("SVC %(levelname)s %(message)s"))
lg.addHandler(h)
lg.debug("debug goes to root only")
lg.error("error goes to both")
lg.propagate = False
lg.warning("warning goes nowhere")
lg.critical("critical to svc only")
print(lg.handlers == [h], logging.root.level, lg.level)

# extra, stack levels and exc_info given as an exception
def helper():
    lg.error("from helper", stacklevel=2)
h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))
def outer():
    helper()
outer()
h.setFormatter(logging.Formatter("%(message)s [%(ctx)s]"))
lg.error("with extra", extra={"ctx": "c1"})
try:
    lg.error("bad", extra={"message": "m"})
except KeyError as e:
    print("KeyError", e)
h.setFormatter(logging.Formatter("%(message)s"))
try:
    raise RuntimeError("boom")
except RuntimeError as e:
    err = e
lg.error("given exception", exc_info=err)
lg.error("no exc", exc_info=False)
class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()
h.setFormatter(Upper())
lg.error("shout %s", "it")
print(logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.b.c"})),
      logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.bc"})))
