"""Weak references: `ref`, `proxy`, the weak dictionaries, `WeakSet` and `finalize`.

A weak reference does not keep its referent alive. The collector (`_weakref` and the VM's
weak table) clears it when the referent is collected and then calls its callback. Kestrel's
collector traces instead of counting references, so that happens at the next collection
(`gc.collect()` forces one), not at the moment the last strong reference goes.
"""

import _weakref
from _weakref import getweakrefcount, getweakrefs

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class ReferenceType:
    """ref(object[, callback]): a weak reference to object; calling it returns the object,
    or None once it was collected. The callback, if any, is called with the reference then.
    """

    def __new__(cls, ob, callback=None, /, *args, **kwargs):
        if callback is None and cls is ReferenceType:
            # Plain references to one object are shared, as in CPython.
            for r in _weakref.getweakrefs(ob):
                if type(r) is ReferenceType and r.__callback__ is None:
                    return r
        self = object.__new__(cls)
        self.__callback__ = callback
        _weakref.register(self, ob)
        return self

    def __init__(self, ob, callback=None, /, *args, **kwargs):
        pass

    def __call__(self):
        return _weakref.get(self)

    def __hash__(self):
        h = self.__dict__.get("_hash")
        if h is not None:
            return h
        ob = _weakref.get(self)
        if ob is None:
            raise TypeError("weak object has gone away")
        h = hash(ob)
        self._hash = h
        return h

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a = _weakref.get(self)
        b = _weakref.get(other)
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __repr__(self):
        ob = _weakref.get(self)
        if ob is None:
            return "<weakref at %#x; dead>" % id(self)
        name = getattr(type(ob), "__name__", "object")
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), name, id(ob))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ref = ReferenceType


def _dead():
    raise ReferenceError("weakly-referenced object no longer exists")


def _target(p):
    ob = _weakref.get(p)
    if ob is None:
        _dead()
    return ob


def _forward_op(op):
    def method(self, *args):
        return op(_target(self), *[_weakref.get(a) if isinstance(a, ProxyType) else a
                                   for a in args])
    return method


class ProxyType:
    """proxy(object[, callback]): stands for object, raising ReferenceError once it was
    collected."""

    def __init__(self, ob, callback=None, /):
        object.__setattr__(self, "__callback__", callback)
        _weakref.register(self, ob)

    def __getattribute__(self, name):
        if name == "__callback__":
            return object.__getattribute__(self, name)
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        ob = _weakref.get(self)
        if ob is None:
            return "<weakproxy at %#x; dead>" % id(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(ob).__name__, id(ob))

    def __str__(self):
        return str(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]


def _install_operators():
    import operator
    names = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "matmul",
             "lshift", "rshift", "and", "or", "xor", "lt", "le", "eq", "ne", "gt", "ge"]
    for n in names:
        op = getattr(operator, n + "_" if n in ("and", "or") else n)
        setattr(ProxyType, "__%s__" % n, _forward_op(op))
        if n not in ("lt", "le", "eq", "ne", "gt", "ge"):
            rop = (lambda op: lambda a, b: op(b, a))(op)
            setattr(ProxyType, "__r%s__" % n, _forward_op(rop))
    for n, op in (("neg", operator.neg), ("pos", operator.pos), ("abs", abs),
                  ("invert", operator.invert), ("int", int), ("float", float),
                  ("index", operator.index)):
        setattr(ProxyType, "__%s__" % n, _forward_op(op))


_install_operators()


class CallableProxyType(ProxyType):
    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None, /):
    if callable(ob):
        return CallableProxyType(ob, callback)
    return ProxyType(ob, callback)


class WeakMethod(ReferenceType):
    """A weak reference to a bound method that stays alive while its object and function
    both are."""

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def _cb(arg):
            self = self_wr()
            if self is not None and not self._alive_flag[0]:
                return
            if self is not None:
                self._alive_flag[0] = False
                if self._meth_callback is not None:
                    self._meth_callback(self)

        self = ReferenceType.__new__(cls, obj, _cb)
        self._func_ref = ReferenceType(func, _cb)
        self._meth_type = type(meth)
        self._meth_callback = callback
        self._alive_flag = [True]
        self_wr = ReferenceType(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive_flag[0] or not other._alive_flag[0]:
                return self is other
            return ReferenceType.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = ReferenceType.__hash__


class KeyedRef(ReferenceType):
    """A weak reference that remembers a key (for WeakValueDictionary's callbacks)."""

    def __new__(cls, ob, callback, key):
        self = ReferenceType.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class WeakValueDictionary:
    """A mapping whose values are weakly referenced: an entry goes when its value is
    collected."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ReferenceType(self)):
            self = selfref()
            if self is not None:
                d = self.data
                if d.get(wr.key) is wr:
                    del d[wr.key]
        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def keys(self):
        return iter(self)

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def values(self):
        for wr in list(self.data.values()):
            v = wr()
            if v is not None:
                yield v

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if hasattr(other, "items"):
                other = other.items()
            for key, o in other:
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def clear(self):
        self.data.clear()

    def copy(self):
        new = WeakValueDictionary()
        for key, o in self.items():
            new[key] = o
        return new

    __copy__ = copy

    def __or__(self, other):
        c = self.copy()
        c.update(other)
        return c

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary:
    """A mapping whose keys are weakly referenced: an entry goes when its key is
    collected."""

    def __init__(self, dict=None):
        def remove(k, selfref=ReferenceType(self)):
            self = selfref()
            if self is not None:
                try:
                    del self.data[k]
                except KeyError:
                    pass
        self._remove = remove
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ReferenceType(key)]

    def __setitem__(self, key, value):
        self.data[ReferenceType(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ReferenceType(key)]

    def __contains__(self, key):
        try:
            wr = ReferenceType(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def keys(self):
        return iter(self)

    def items(self):
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                yield o, v

    def values(self):
        for wr, v in list(self.data.items()):
            if wr() is not None:
                yield v

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ReferenceType(key), default)

    def pop(self, key, *args):
        return self.data.pop(ReferenceType(key), *args)

    def popitem(self):
        while True:
            wr, v = self.data.popitem()
            o = wr()
            if o is not None:
                return o, v

    def setdefault(self, key, default=None):
        return self.data.setdefault(ReferenceType(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for key, value in dict:
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self.data.clear()

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy


class WeakSet:
    """A set whose elements are weakly referenced: an element goes when it is collected."""

    def __init__(self, data=None):
        def remove(item, selfref=ReferenceType(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = remove
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ReferenceType(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def add(self, item):
        self.data.add(ReferenceType(item, self._remove))

    def discard(self, item):
        self.data.discard(ReferenceType(item))

    def remove(self, item):
        self.data.remove(ReferenceType(item))

    def pop(self):
        while True:
            wr = self.data.pop()
            o = wr()
            if o is not None:
                return o

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self)

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference_update(self, other):
        for element in other:
            self.discard(element)

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def intersection(self, other):
        return WeakSet(item for item in other if item in self)

    __and__ = intersection

    def union(self, other):
        new = self.copy()
        new.update(other)
        return new

    __or__ = union

    def issubset(self, other):
        return all(item in other for item in self)

    __le__ = issubset

    def issuperset(self, other):
        return all(item in self for item in other)

    __ge__ = issuperset

    def __eq__(self, other):
        if not isinstance(other, WeakSet):
            return NotImplemented
        return set(self) == set(other)

    def isdisjoint(self, other):
        return not any(item in self for item in other)


class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs) once, when obj
    is collected, when the finalize object is called, or at exit (if `atexit` is true)."""

    _registry = {}
    _counter = 0
    _registered_with_atexit = False

    class _Info:
        pass

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = finalize._Info()
        info.weakref = ReferenceType(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._counter += 1
        info.index = finalize._counter
        finalize._registry[self] = info

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info is not None:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        # Newest first, as CPython.
        pending = sorted(((f, i) for f, i in cls._registry.items() if i.atexit),
                         key=lambda fi: fi[1].index, reverse=True)
        for f, _ in pending:
            if f in cls._registry:
                f()
        cls._registry.clear()
