# The super object itself: repr, introspection attributes, refusing assignment, and the
# hashability of dict views.
class Base:
    label = "base"

    def who(self):
        return "Base.who"


class Child(Base):
    def show(self):
        s = super()
        print(repr(s))
        print(s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is self)
        print(s.who(), s.label)


Child().show()
print(repr(super(Child, Child)))
sc = super(Child, Child)
print(sc.__self__ is Child, sc.__self_class__ is Child)
for action in ("set", "del", "get"):
    try:
        if action == "set":
            super(Child, Child()).label = 1
        elif action == "del":
            del super(Child, Child()).label
        else:
            super(Child, Child()).missing
    except AttributeError as e:
        print(action, "AttributeError:", e)


def fn():
    pass


for bad in (5, None, b"x"):
    try:
        fn.__name__ = bad
    except TypeError as e:
        print("TypeError:", e)
    try:
        fn.__qualname__ = bad
    except TypeError as e:
        print("TypeError:", e)
fn.__name__ = "renamed"
print(fn.__name__, fn.__qualname__)

d = {1: "a"}
print(type(hash(d.values())).__name__)
for view in (d.keys(), d.items()):
    try:
        hash(view)
    except TypeError as e:
        print("TypeError:", e)
try:
    {d.keys(): 1}
except TypeError as e:
    print("TypeError:", e)

items = [3, 1, 2]
items.sort(key=None, reverse=True)
print(items, sorted(items, key=lambda v: -v))
for call in (lambda: items.sort(cmp=1), lambda: items.sort(1), lambda: sorted(items, cmp=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
