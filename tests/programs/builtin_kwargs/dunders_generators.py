# Special methods of builtin types and generator methods take no keywords.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except TypeError as e:
        print(label, "TypeError:", e)

def g():
    yield 1

t("int __add__", lambda: (1).__add__(other=2))
t("list __getitem__", lambda: [1].__getitem__(x=0))
t("str __len__", lambda: "a".__len__(x=1))
t("iter __next__", lambda: iter([1]).__next__(x=1))
t("dict __contains__", lambda: {}.__contains__(key=1))
t("object __eq__", lambda: object().__eq__(other=1))
t("int __round__", lambda: (1).__round__(ndigits=1))
t("float __round__", lambda: (1.5).__round__(ndigits=1))
t("int __hash__", lambda: (1).__hash__(x=1))
t("object __reduce_ex__", lambda: object().__reduce_ex__(protocol=2))
t("object __setattr__", lambda: object.__setattr__(object(), name="x", value=1))
t("list __init__", lambda: [].__init__(iterable=[1]))
t("list __iadd__", lambda: [].__iadd__(value=[]))
t("gen send", lambda: g().send(value=None))
t("gen close", lambda: g().close(x=1))
t("gen throw", lambda: g().throw(typ=ValueError))
t("int __add__ plain", lambda: (1).__add__(2))
t("dict init kw", lambda: sorted(dict(a=1).items()))

class D(dict):
    def __init__(self, **kw):
        super().__init__(**kw)

t("dict subclass init kw", lambda: sorted(D(a=1, b=2).items()))

class L(list):
    def __init__(self, *a, tag=None):
        super().__init__(*a)
        self.tag = tag

t("list subclass own kw", lambda: (L([1], tag="x"), L([1], tag="x").tag))
