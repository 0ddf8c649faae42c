class D(dict):
    def total(self):
        return sum(self.values())
d = D({"a": 1}, b=2)
d["c"] = 3
print(d, repr(d), type(d).__name__, len(d), d.total(), sorted(d), d == {"a": 1, "b": 2, "c": 3}, dict(d), {**d})
print(list(d.items()), d.pop("a"), d.setdefault("z", 0), d, isinstance(d, dict), "b" in d)
del d["b"]
print(d, d | {"q": 1}, type(d | {"q": 1}).__name__)
