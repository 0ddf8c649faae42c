import inspect, functools, types, sys
from inspect import Parameter, Signature, signature

def f(a, b: int, c=3, *args, d, e: str = "x", **kw) -> bool:
    """Docstring of f.

        Indented more.
    Back.
    """
    return True

def g(x, y=1, /, z=2, *, w): pass
def h(*, only): pass
def k(*args, **kwargs): pass
def plain(): pass
lam = lambda p, q=5: p
async def coro(n): return n
async def agen(): yield 1
def gen(): yield 1

class Base:
    """Base class doc."""
    def method(self, x, y=0):
        """Base method doc."""
    @classmethod
    def cm(cls, a): pass
    @staticmethod
    def sm(a, b=1): pass
    @property
    def prop(self):
        """Prop doc."""
        return 1

class Child(Base):
    def method(self, x, y=0):
        pass

class WithInit:
    def __init__(self, a, *, b=2): pass

class WithNew:
    def __new__(cls, x, y=1): return super().__new__(cls)

class Callable:
    def __call__(self, v, w=0): pass

class Plain: pass

for fn in [f, g, h, k, plain, lam, coro, Base().method, Base.method, Base.cm, Base.sm, WithInit,
           WithNew, Callable(), Plain, functools.partial(f, 1, d=4), functools.partial(g, 1),
           functools.partial(f, b=2), Child]:
    s = signature(fn)
    print(getattr(fn, "__name__", type(fn).__name__), s, repr(s))

s = signature(f)
for name, p in s.parameters.items():
    print(name, p.kind, p.kind.description, int(p.kind), repr(p.default) if p.default is not p.empty else "-",
          p.annotation if p.annotation is not p.empty else "-", repr(p))
print(s.return_annotation, list(s.parameters), len(s.parameters), s == signature(f), s != signature(g))
print(hash(s) == hash(signature(f)), str(s.parameters["kw"]), s.parameters["a"].replace(name="A", default=0))
print(Parameter.POSITIONAL_ONLY, repr(Parameter.KEYWORD_ONLY), Parameter.empty, Signature.empty is inspect._empty)

ba = s.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba = s.bind(1, 2, d=0)
print(ba)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
print(signature(g).bind(1, w=3), signature(g).bind_partial(), signature(k).bind(1, 2, a=3).kwargs)

def attempt(fn, *a, **kw):
    try:
        print("ok", fn(*a, **kw))
    except Exception as e:
        print(type(e).__name__, e)

attempt(s.bind, 1)
attempt(s.bind, 1, 2)
attempt(s.bind, 1, 2, a=1, d=1)
attempt(s.bind, 1, 2, d=1, zz=3)
attempt(signature(g).bind, x=1, w=1)
attempt(signature(g).bind, 1, 2, 3, 4, w=1)
attempt(signature(h).bind, 1)
attempt(Parameter, "a", 7)
attempt(Parameter, "a", Parameter.VAR_POSITIONAL, default=1)
attempt(Parameter, "def", Parameter.POSITIONAL_OR_KEYWORD)
attempt(Parameter, "1x", Parameter.POSITIONAL_OR_KEYWORD)
attempt(Parameter, 5, Parameter.POSITIONAL_OR_KEYWORD)
attempt(Signature, [Parameter("a", Parameter.KEYWORD_ONLY), Parameter("b", Parameter.POSITIONAL_ONLY)])
attempt(Signature, [Parameter("a", 1, default=1), Parameter("b", 1)])
attempt(Signature, [Parameter("a", 1), Parameter("a", 3)])
attempt(signature, 5)
try:
    signature(functools.partial(g, 1, 2, 3, 4))
except ValueError as e:
    print("ValueError", str(e).startswith("partial object functools.partial(<function g at"), type(e.__cause__).__name__, e.__cause__)
print(Signature([Parameter("a", 0), Parameter("b", 1, default=2, annotation=int), Parameter("c", 3)], return_annotation="R"))
print(Signature(), Parameter(".0", 1))

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **kw):
        return fn(*a, **kw)
    return wrapper

@deco
def wrapped(m, n=2): pass
print(signature(wrapped), signature(wrapped, follow_wrapped=False), inspect.unwrap(wrapped) is wrapped.__wrapped__)

spec = inspect.getfullargspec(f)
print(spec)
print(inspect.getfullargspec(g), inspect.getfullargspec(Base.cm))
attempt(inspect.getfullargspec, 5)
print(inspect.getcallargs(f, 1, 2, d=3), inspect.getcallargs(g, 1, z=5, w=2), sorted(inspect.getcallargs(Base().method, 4)))

# predicates
objs = [("f", f), ("lam", lam), ("coro", coro), ("agen", agen), ("gen", gen), ("Base", Base),
        ("method", Base().method), ("len", len), ("mod", inspect), ("int", 5), ("gen()", gen()),
        ("partial", functools.partial(gen))]
preds = ["isfunction", "ismethod", "isclass", "ismodule", "isbuiltin", "isroutine",
         "isgeneratorfunction", "iscoroutinefunction", "isasyncgenfunction", "isgenerator"]
for name, o in objs:
    print(name, [p for p in preds if getattr(inspect, p)(o)])
c = coro(1)
ag = agen()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isasyncgen(ag), inspect.isawaitable(5))
print(inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))
gg = gen()
print(inspect.getgeneratorstate(gg), inspect.isawaitable(gg), gg.gi_code.co_name)
next(gg)
print(inspect.getgeneratorstate(gg))
gg.close()
print(inspect.getgeneratorstate(gg))
print(inspect.iscode(f.__code__), inspect.isframe(sys._getframe()), inspect.istraceback(None),
      inspect.isdatadescriptor(Base.__dict__["prop"]), inspect.ismethoddescriptor(Base.__dict__["prop"]))
import abc
class Abstract(abc.ABC):
    @abc.abstractmethod
    def need(self): pass
print(inspect.isabstract(Abstract), inspect.isabstract(Base), inspect.isabstract(5))

# members and docs
print([n for n, v in inspect.getmembers(Base) if not n.startswith("__")])
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print([n for n, v in inspect.getmembers(inspect, inspect.isclass) if n in ("Parameter", "Signature", "BoundArguments", "_empty")])
print(inspect.getmro(Child) == (Child, Base, object))
print(repr(inspect.getdoc(f)))
print(inspect.getdoc(Child), inspect.getdoc(Child.method), inspect.getdoc(Child().method), inspect.getdoc(Base.prop))
print(repr(inspect.cleandoc("   first\n      a\n    b\n\n")), repr(inspect.cleandoc("\n\n  x\n\ty")))
print(inspect.getdoc(plain))
print(inspect.getmodule(f).__name__, inspect.getmodule(Base) is sys.modules[__name__], inspect.getmodule(inspect) is inspect)
print(inspect.getmodulename("/a/b/mod.py"), inspect.getmodulename("x.txt"))
print(inspect.getsourcefile(f) == __file__, inspect.getfile(Base) == __file__)
attempt(inspect.getfile, 5)
print(inspect.getsource(f))
print(inspect.getsource(Base.sm))
print(inspect.getsource(lam), end="")
print(inspect.getsource(wrapped))
print(inspect.getsourcelines(plain))
print(inspect.getsource(Callable))
print(inspect.getcomments(Callable))
print(inspect.currentframe() is not None)
print(inspect.get_annotations(f), inspect.get_annotations(Base), inspect.formatannotation(list[int]),
      inspect.formatannotation(Base), inspect.formatannotation("s"))
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_VARARGS, bool(gen.__code__.co_flags & inspect.CO_GENERATOR))
print(type(inspect.getattr_static(Base(), "prop")), inspect.getattr_static(Base, "x", "dflt"))
print([(a.name, a.kind) for a in inspect.classify_class_attrs(Base) if not a.name.startswith("__")])
