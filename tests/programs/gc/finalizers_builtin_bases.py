import gc
class L(list):
    def __del__(self):
        print("list del", len(self))
class E(Exception):
    def __del__(self):
        print("exc del", self.args)
class D(dict):
    def __del__(self):
        print("dict del", sorted(self))
l = L([1, 2]); e = E("x"); d = D(a=1)
del l, e, d
gc.collect()
print("end")
try:
    raise E("raised")
except E:
    pass
gc.collect()
print("end2")
