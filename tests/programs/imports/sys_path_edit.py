import sys, os
d = "/tmp/kestrel_imp_%d" % os.getpid()
os.makedirs(d, exist_ok=True)
with open(os.path.join(d, "dyn_added_mod.py"), "w") as f:
    f.write("X = 'found via sys.path'\n")
try:
    import dyn_added_mod
except ModuleNotFoundError as e:
    print("before:", e)
sys.path.insert(0, d)
import dyn_added_mod
print(dyn_added_mod.X)
print(dyn_added_mod.__file__ == os.path.join(d, "dyn_added_mod.py"))
os.remove(os.path.join(d, "dyn_added_mod.py"))
os.rmdir(d)
