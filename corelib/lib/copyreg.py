"""Registry of reduction functions used by pickle and copy, and the helpers that reduced values
name (`__newobj__`, `__newobj_ex__`, `_reconstructor`).

The `_object_*` functions at the end are what `object.__reduce_ex__`, `object.__reduce__` and
`object.__getstate__` run (the VM's natives call into them)."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    # The constructor is only checked, as in CPython: unpickling finds it by name.
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def _pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, _pickle_complex, complex)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _reduce_ex(self, proto):
    """The protocol 0 and 1 reduction: `_reconstructor(cls, base, state)` plus the dict."""
    assert proto < 2
    cls = self.__class__
    base = _solid_base(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that defines "
                            "__slots__ without defining __getstate__ cannot be pickled "
                            "with protocol 0 or 1") from None
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        if type(self).__getstate__ is object.__getstate__ and getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining __getstate__ "
                            "cannot be pickled")
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of all slot attributes of `cls` and its bases (cached on the class)."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__["__slots__"]
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    if name.startswith("__") and not name.endswith("__"):
                        stripped = c.__name__.lstrip("_")
                        if stripped:
                            name = "_%s%s" % (stripped, name)
                    names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()


# -- object.__reduce_ex__ / __reduce__ / __getstate__ ------------------------------------------

def _is_heap_type(cls):
    """False for builtin types (defined in Rust, `__module__ == 'builtins'`)."""
    return cls.__module__ != "builtins"


def _solid_base(cls):
    """The first builtin class in the MRO: the kind of value the instance really is."""
    for c in cls.__mro__:
        if not _is_heap_type(c):
            return c
    return object


# Builtin types whose instances carry no state beyond what __getnewargs__, the dict and the
# list/dict items give: object.__getstate__ may pickle them.
_PLAIN_BASES = (object, int, float, complex, str, bytes, tuple, list, dict, bool)


def _object_getstate(obj, required=False):
    cls = type(obj)
    if required and _solid_base(cls) not in _PLAIN_BASES:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    try:
        d = obj.__dict__
    except AttributeError:
        d = None
    state = dict(d) if d else None
    names = _slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _builtin_reduce(obj, proto):
    """Reductions CPython's builtin types define themselves (None if `obj`'s type has none)."""
    base = _solid_base(type(obj))
    cls = type(obj)
    if base is object:
        return None
    if obj is Ellipsis:
        return "Ellipsis"
    if obj is NotImplemented:
        return "NotImplemented"
    if issubclass(base, BaseException):
        d = getattr(obj, "__dict__", None)
        if d:
            return cls, obj.args, dict(d)
        return cls, obj.args
    if base is set or base is frozenset:
        d = getattr(obj, "__dict__", None)
        return cls, (list(obj),), (dict(d) if d else None)
    if base is bytearray:
        d = getattr(obj, "__dict__", None)
        state = dict(d) if d else None
        if not obj:
            return cls, (), state
        if proto < 3:
            return cls, (bytes(obj).decode("latin-1"), "latin-1"), state
        return cls, (bytes(obj),), state
    if base is range:
        return range, (obj.start, obj.stop, obj.step)
    if base is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if base is bool:
        return None
    import types
    if base is types.MethodType:
        return getattr, (obj.__self__, obj.__func__.__name__)
    if base is types.BuiltinFunctionType:
        owner = getattr(obj, "__self__", None)
        if owner is None or isinstance(owner, types.ModuleType):
            return obj.__qualname__
        return getattr, (owner, obj.__name__)
    return None


def _getnewargs(obj):
    """(args, kwargs) for `cls.__new__`, from `__getnewargs_ex__`/`__getnewargs__`."""
    cls = type(obj)
    f = getattr(cls, "__getnewargs_ex__", None)
    if f is not None:
        r = f(obj)
        if type(r) is not tuple and not isinstance(r, tuple):
            raise TypeError(f"__getnewargs_ex__ should return a tuple, not '{type(r).__name__}'")
        if len(r) != 2:
            raise ValueError(f"__getnewargs_ex__ should return a tuple of length 2, not {len(r)}")
        args, kwargs = r
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a "
                            f"tuple, not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a "
                            f"dict, not '{type(kwargs).__name__}'")
        return args, kwargs
    f = getattr(cls, "__getnewargs__", None)
    if f is None:
        base = _solid_base(cls)
        if base is bytes:
            return (bytes(obj),), None
        if base is complex:
            return (obj.real, obj.imag), None
        return None, None
    args = f(obj)
    if not isinstance(args, tuple):
        raise TypeError(f"__getnewargs__ should return a tuple, not '{type(args).__name__}'")
    return args, None


def _reduce_newobj(obj):
    cls = type(obj)
    args, kwargs = _getnewargs(obj)
    hasargs = args is not None
    if not kwargs:
        newobj = __newobj__
        newargs = (cls,) + (args or ())
    else:
        newobj = __newobj_ex__
        newargs = (cls, args, kwargs)
    required = not (hasargs or isinstance(obj, (list, dict)))
    getstate = getattr(cls, "__getstate__")
    if getstate is object.__getstate__:
        state = _object_getstate(obj, required)
    else:
        state = obj.__getstate__()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(dict.items(obj)) if isinstance(obj, dict) else None
    return newobj, newargs, state, listitems, dictitems


def _common_reduce(obj, proto):
    r = _builtin_reduce(obj, proto)
    if r is not None:
        return r
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, proto)


def _object_reduce_ex(obj, proto):
    cls = type(obj)
    if getattr(cls, "__reduce__", None) is not object.__reduce__:
        return obj.__reduce__()
    return _common_reduce(obj, proto)


def _object_reduce(obj):
    return _common_reduce(obj, 0)
