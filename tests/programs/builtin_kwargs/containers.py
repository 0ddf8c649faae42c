# Keyword arguments to list, tuple, dict, set, frozenset and range methods.
def t(label, fn):
    try:
        r = fn()
        if isinstance(r, (set, frozenset)):
            r = sorted(r)
        print(label, repr(r))
    except TypeError as e:
        print(label, "TypeError:", e)

l = [3, 1, 2]
t("sort key reverse", lambda: (l.sort(key=lambda x: -x, reverse=True), l))
t("sort positional", lambda: l.sort(None))
t("sort bogus", lambda: l.sort(bogus=1))
t("sort reverse only", lambda: (l.sort(reverse=True), l))
t("list append kw", lambda: l.append(object=1))
t("list index kw", lambda: l.index(1, start=0))
t("list pop kw", lambda: l.pop(index=0))
t("list insert kw", lambda: l.insert(0, object=1))
t("list count kw", lambda: l.count(value=1))
t("list copy kw", lambda: l.copy(x=1))
print(l)
t("tuple index kw", lambda: (1, 2).index(value=2))
t("tuple count kw", lambda: (1, 2).count(x=2))
d = {"a": 1}
t("dict pop default", lambda: d.pop("z", default=0))
t("dict get default", lambda: d.get("z", default=0))
t("dict setdefault", lambda: d.setdefault("z", default=0))
t("dict keys kw", lambda: d.keys(x=1))
t("dict update kw", lambda: (d.update(b=2), sorted(d.items()))[1])
t("dict update both", lambda: (d.update({"c": 3}, e=5), sorted(d.items()))[1])
t("dict fromkeys kw", lambda: dict.fromkeys(iterable=[1]))
t("dict popitem kw", lambda: d.popitem(x=1))
s = {1, 2}
t("set add kw", lambda: s.add(elem=3))
t("set union kw", lambda: s.union(other=[3]))
t("set update kw", lambda: s.update(x=[3]))
t("set issubset kw", lambda: s.issubset(other=[1]))
t("set discard kw", lambda: s.discard(x=1))
t("frozenset union kw", lambda: frozenset(s).union(x=[3]))
t("frozenset isdisjoint kw", lambda: frozenset(s).isdisjoint(other=[3]))
print(sorted(s))
r = range(5)
t("range index kw", lambda: r.index(value=2))
t("range count kw", lambda: r.count(x=2))
t("slice indices kw", lambda: slice(1, 3).indices(len=5))
t("type mro kw", lambda: int.mro(x=1))
