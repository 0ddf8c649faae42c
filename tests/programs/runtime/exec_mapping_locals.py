class Recorder(dict):
    pass
r = Recorder(base=3)
exec("total = base * 2", {}, r)
print(r["total"])
class Lookup:
    def __init__(self):
        self.store = {}
    def __getitem__(self, k):
        if k in self.store:
            return self.store[k]
        if k == "magic":
            return 41
        raise KeyError(k)
    def __setitem__(self, k, v):
        print("set", k, v)
        self.store[k] = v
    def __delitem__(self, k):
        del self.store[k]
m = Lookup()
exec("v = magic + 1\nw = v * 2\ndel v", {}, m)
print(sorted(m.store))
print(eval("magic", {}, m))
print(eval("len", {}, m) is len)
