import sys, os, importlib
d = "/tmp/kestrel_reload_%d" % os.getpid()
os.makedirs(d, exist_ok=True)
sys.path.insert(0, d)
p = os.path.join(d, "reload_target.py")
with open(p, "w") as f:
    f.write("VERSION = 1\ndef get():\n    return VERSION\n")
import reload_target
print(reload_target.get())
keep = reload_target.get
with open(p, "w") as f:
    f.write("VERSION = 2\ndef get():\n    return VERSION * 10\n")
importlib.reload(reload_target)
print(reload_target.get(), keep(), reload_target.VERSION)
os.remove(p)
os.rmdir(d)
sys.path.remove(d)
