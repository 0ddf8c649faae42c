import subprocess, logging, sys, io, time
r = subprocess.run(["echo", "hello world"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), r.args)
print(subprocess.check_output(["printf", "a\\nb"]).decode().split())
r = subprocess.run("echo $((2+3)) && exit 3", shell=True, stdout=subprocess.PIPE)
print(r.returncode, r.stdout)
try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print("CPE", e.returncode, e)
r = subprocess.run(["cat"], input="piped in", capture_output=True, text=True); print(r.stdout)
p = subprocess.Popen(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
o, e = p.communicate(); print(o, e, p.returncode)
try:
    subprocess.run(["/nonexistent/cmd"])
except FileNotFoundError as e:
    print("FNF", e)
stream = io.StringIO()
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s", stream=stream)
log = logging.getLogger("app")
log.debug("debug %d", 1); log.info("info"); log.warning("warn %s", "x")
child = logging.getLogger("app.db"); child.setLevel(logging.WARNING); child.info("hidden"); child.error("db error")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s - %(message)s (%(funcName)s:%(lineno)d)"))
log.addHandler(h)
def work():
    log.error("from work")
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception("oops")
work()
print(stream.getvalue())
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG))
class F(logging.Filter):
    def filter(self, rec): return "secret" not in rec.getMessage()
log.addFilter(F()); log.warning("secret stuff"); log.warning("public")
logging.getLogger().handlers[0].setFormatter(logging.Formatter("%(message)s"))
logging.info("root info"); logging.warning("root warn")
t0 = time.perf_counter(); time.sleep(0.01); print(time.perf_counter() - t0 >= 0.009, type(time.time()), time.monotonic_ns() > 0)
