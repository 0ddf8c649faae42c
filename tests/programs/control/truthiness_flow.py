values = [0, 1, -1, 0.0, 0.5, "", "0", " ", [], [0], (), (None,), {}, {0: 0}, None, True, False, range(0), range(1)]
for v in values:
    print(repr(v), "truthy" if v else "falsy")
class Empty:
    def __len__(self):
        return 0
class Full:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(Empty()), bool(Full()), bool(Plain()))
x = []
while not x:
    x.append(1)
print(x)
print(0 or None or [] or "last", 1 and "a" and [0], not not "x")
