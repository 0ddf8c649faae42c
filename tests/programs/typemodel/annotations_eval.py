class Generic:
    def __init__(self, name):
        self.name = name

    def __getitem__(self, item):
        return self.name + "[" + getattr(item, "__name__", str(item)) + "]"


List = Generic("List")
Optional = Generic("Optional")

x: int = 5
y: "str"
count: List[int] = []
print(__annotations__)


class Point:
    """A point."""
    x: int
    y: float = 0.0
    label: Optional[str] = None

    def method(self):
        local: int = 3
        return local


print(Point.__annotations__)
print(Point.y, Point().method(), hasattr(Point, "x"))


def f(a: int, b: str = "s", *args, c: float, **kw) -> bool:
    return True


print(f.__annotations__)


def g(a, b):
    pass


print(g.__annotations__)
g.__annotations__ = {"a": int}
print(g.__annotations__)
ann = g.__annotations__
print(ann is g.__annotations__)


class NoAnn:
    pass


print("__annotations__" in NoAnn.__dict__)


def uses_local():
    z: int = 1
    return z


print(uses_local())
