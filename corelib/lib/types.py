"""Names for the interpreter's built-in types, and helpers for making classes dynamically."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
try:
    CodeType = type(_f.__code__)
except AttributeError:
    CodeType = None
MappingProxyType = type(type.__dict__)
SimpleNamespace = None  # defined below


def _cell_maker():
    a = 1

    def inner():
        return a

    return inner.__closure__[0]


CellType = type(_cell_maker())


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c_obj = _c()
CoroutineType = type(_c_obj)
_c_obj.close()
del _c_obj


async def _ag():
    yield 1


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
GetSetDescriptorType = type(type.__dict__["__dict__"])


class _Slotted:
    __slots__ = ("slot",)


MemberDescriptorType = type(_Slotted.__dict__["slot"])
del _Slotted

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame) if _e.__traceback__ is not None else None

del _f, _g, _c, _ag, _C, _cell_maker


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        if mapping_or_iterable != ():
            raise TypeError("no positional arguments expected")
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if getattr(_repr_running, "active", None) is None:
            _repr_running.active = set()
        key = id(self)
        if key in _repr_running.active:
            return name + "(...)"
        _repr_running.active.add(key)
        try:
            items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        finally:
            _repr_running.active.discard(key)
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __getattr__(self, name):
        # CPython's type is named types.SimpleNamespace in its messages.
        cls = type(self)
        shown = "types.SimpleNamespace" if cls is SimpleNamespace else cls.__name__
        raise AttributeError(f"'{shown}' object has no attribute {name!r}")

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


class _ReprGuard:
    pass


_repr_running = _ReprGuard()


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift : i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError(
            "metaclass conflict: the metaclass of a derived class must be a "
            "(non-strict) subclass of the metaclasses of all its bases"
        )
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds)."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__ (like property, but class access
    falls through to the metaclass)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or (fget.__doc__ if fget is not None else None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


def coroutine(func):
    """Convert a regular generator function into an (iterable) coroutine."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    if type(func) is FunctionType:
        import _coroutines

        try:
            return _coroutines.iterable_coroutine(func)
        except TypeError:
            pass  # not a generator function (or already a coroutine): wrap it below
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        return func(*args, **kwargs)

    return wrapped


GenericAlias = type(list[int])


def _type_repr(t):
    """A type as written inside a generic alias or union: `int`, `mod.C`, `None`."""
    if t is None or t is type(None):
        return "None"
    if t is Ellipsis:
        return "..."
    if isinstance(t, type):
        if t.__module__ == "builtins":
            return t.__qualname__
        return "%s.%s" % (t.__module__, t.__qualname__)
    if isinstance(t, FunctionType):
        return t.__name__
    return repr(t)


class UnionType:
    """`X | Y` of classes or generic aliases (PEP 604)."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __repr__(self):
        return " | ".join(_type_repr(a) for a in self.__args__)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
            if isinstance(obj, a):
                return True
        return False

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
            if issubclass(cls, a):
                return True
        return False

    @property
    def __parameters__(self):
        return _collect_parameters(self.__args__)

    def __getitem__(self, items):
        return _substitute(self, items, lambda args: _union_of(args))


def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


def _union_of(args):
    """The union of `args`, flattened and without repeats; a single type is itself."""
    flat = []
    for a in args:
        if a is None:
            a = type(None)
        parts = a.__args__ if isinstance(a, UnionType) else (a,)
        for p in parts:
            if p not in flat:
                flat.append(p)
    if len(flat) == 1:
        return flat[0]
    u = object.__new__(UnionType)
    u.__args__ = tuple(flat)
    return u


def _union_or(a, b):
    """`a | b` when both are classes, aliases, unions or None; else NotImplemented."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    return _union_of((a, b))


def _collect_parameters(args):
    """The type variables in `args`, in order of first appearance (`__parameters__`)."""
    params = []
    for a in args:
        if isinstance(a, type):
            continue
        if hasattr(a, "__typing_subst__"):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, "__parameters__", ()) or ():
                if p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(alias, items, rebuild):
    """`alias[items]`: replaces the alias's type variables by `items`, also inside nested
    aliases, and rebuilds it from the new arguments."""
    params = alias.__parameters__
    if not params:
        raise TypeError("%r is not a generic class" % (alias,))
    if not isinstance(items, tuple):
        items = (items,)
    if len(items) != len(params):
        raise TypeError("Too %s arguments for %r; actual %d, expected %d"
                        % ("many" if len(items) > len(params) else "few", alias,
                           len(items), len(params)))
    subst = dict(zip(params, items))
    new_args = []
    for a in alias.__args__:
        if isinstance(a, type):
            new_args.append(a)
        elif hasattr(a, "__typing_subst__"):
            new_args.append(a.__typing_subst__(subst[a]))
        elif getattr(a, "__parameters__", ()):
            new_args.append(a[tuple(subst[p] for p in a.__parameters__)])
        else:
            new_args.append(a)
    return rebuild(tuple(new_args))


def _generic_alias_getitem(alias, items):
    return _substitute(alias, items, lambda args: GenericAlias(alias.__origin__, args))
