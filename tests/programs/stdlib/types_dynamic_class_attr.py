import types
class Meta(type):
    def __getattr__(cls, name):
        if name == "kind":
            return "class-level kind"
        raise AttributeError(name)
class Thing(metaclass=Meta):
    def __init__(self, k):
        self._k = k
    @types.DynamicClassAttribute
    def kind(self):
        return "instance " + self._k
print(Thing("x").kind)
print(Thing.kind)
class WithSetter:
    def __init__(self):
        self._v = 0
    def _get(self):
        return self._v
    def _set(self, v):
        self._v = v * 2
    v = types.DynamicClassAttribute(_get, _set)
w = WithSetter()
w.v = 5
print(w.v)
