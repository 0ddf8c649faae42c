# eval/exec accept a dict subclass as globals; names then go through its methods.
class LengthDict(dict):
    def __getitem__(self, k):
        return len(k)
print(eval("a + word", LengthDict()))

class Rec(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
    def __missing__(self, k):
        return "<" + k + ">"

g = Rec()
exec("x = 1\ny = x + 1\nz = (undefined, y)", g)
print(g["z"], sorted(k for k in g if k != "__builtins__"))
try:
    eval("1", [])
except TypeError as e:
    print(e)
