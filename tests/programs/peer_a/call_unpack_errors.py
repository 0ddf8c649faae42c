# TypeErrors of `*`/`**` unpacking in calls and displays, worded as CPython does, and
# non-string keys in `**` refused.
def target(*args, **kwargs):
    return args, kwargs


class Holder:
    def meth(self, *args, **kwargs):
        return args


class Keys:
    def keys(self):
        return ["k"]

    def __getitem__(self, key):
        return key * 2


print(target(*range(2), *"ab", **Keys()))
print(target(*(x for x in [7]), **{"z": 0}))
cases = [
    "target(*5)",
    "target(*5, flag=1)",
    "target(0, *5)",
    "target(*[], *None)",
    "target(**5)",
    "target(0, **[1])",
    "target(**{1: 2})",
    "target(a=1, **{2: 3})",
    "Holder().meth(*3.5)",
    "Holder.meth(None, **7)",
    "print(*1)",
    "[*5]",
    "(*None,)",
    "target(**{'a': 1}, **{'a': 2})",
]
for src in cases:
    try:
        eval(src)
        print(src, "no error")
    except TypeError as e:
        print(src, "->", e)
