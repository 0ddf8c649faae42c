"""CPython 3.11's object sizes (64-bit), for `object.__sizeof__` and `sys.getsizeof`.

Kestrel's own objects are laid out differently; programs that print sizes expect CPython's
figures, so these are CPython's: the builtin types by their formulas (dicts and sets sized as
adding items one at a time grows them), other objects by their type's fixed size."""


def _str_size(s):
    top = max(map(ord, s), default=0)
    if top < 128:
        return 49 + len(s)
    if top < 256:
        return 73 + len(s)
    if top < 65536:
        return 74 + 2 * len(s)
    return 76 + 4 * len(s)


def _dict_size(d):
    """CPython 3.11's dict: the object, and a keys table grown as inserting one by one grows it."""
    n = len(d)
    if not n:
        return 48
    size, usable = 8, 5
    while n > usable:
        want, size = usable * 3, 8
        while size < want:
            size *= 2
        usable = size * 2 // 3
    log2 = size.bit_length() - 1
    index = 1 if log2 < 8 else 2 if log2 < 16 else 4 if log2 < 32 else 8
    entry = 16 if all(type(k) is str for k in d) else 24
    return 48 + 32 + size * index + usable * entry


def _set_size(s):
    """CPython 3.11's set: the object with its 8-slot small table, plus a table of its own
    once adding items one by one has outgrown that."""
    n, size = len(s), 8
    while True:
        fill = -(-3 * (size - 1) // 5)  # the fill at which an add resizes
        if n < fill:
            break
        minused, size = fill * 4 if fill <= 50000 else fill * 2, 8
        while size <= minused:
            size *= 2
    return 200 if size == 8 else 200 + 16 * size


# Fixed sizes of CPython 3.11's other objects (`__sizeof__`), by type name.
_FIXED_SIZES = {
    "function": 136, "builtin_function_or_method": 56, "method": 32, "cell": 24,
    "list_iterator": 32, "tuple_iterator": 32, "range_iterator": 48, "str_ascii_iterator": 32,
    "dict_keyiterator": 48, "dict_valueiterator": 48, "dict_itemiterator": 48,
    "set_iterator": 48, "generator": 184, "coroutine": 184, "slice": 40, "memoryview": 168,
    "property": 64, "classmethod": 32, "staticmethod": 32, "module": 56, "code": 176,
    "frame": 72, "traceback": 48, "NotImplementedType": 16, "ellipsis": 16,
    "weakref": 64, "enumerate": 48, "zip": 48, "map": 40, "filter": 40, "reversed": 32,
    "SimpleNamespace": 24, "mappingproxy": 24, "BaseException": 72,
}

# CPython's types whose objects carry no GC header (no references to other objects).
_NO_GC = ("int", "bool", "float", "complex", "str", "bytes", "bytearray", "range", "NoneType",
          "object", "NotImplementedType", "ellipsis")


def sizeof(obj):
    """`object.__sizeof__`: CPython 3.11's figure (64-bit) for the object."""
    t = type(obj)
    base = object
    for k in t.__mro__:
        if k.__module__ == "builtins":
            base = k
            break
    name = base.__name__
    if issubclass(t, int):
        return 24 + 4 * max(1, (abs(int(obj)).bit_length() + 29) // 30)
    if issubclass(t, str):
        return _str_size(obj)
    if issubclass(t, bytes):
        return 33 + len(obj)
    if isinstance(obj, type):
        size = 408 if obj.__module__ == "builtins" else 1672
    elif name == "float":
        size = 24
    elif name == "complex":
        size = 32
    elif name == "bytearray":
        size = 56 + len(obj) + (1 if obj else 0)
    elif name == "list":
        size = 40 + 8 * len(obj)
    elif name == "tuple":
        size = 24 + 8 * len(obj)
    elif name == "dict":
        size = _dict_size(obj)
    elif name in ("set", "frozenset"):
        size = _set_size(obj)
    elif name == "range":
        size = 48
    elif issubclass(t, BaseException):
        size = 72
    else:
        size = _FIXED_SIZES.get(name, 16)
    if t is not base:
        # A Python class adds its slots and, without `__slots__`, a weak-reference slot
        # (the instance dict lives before the object in 3.11).
        extra = 0
        for k in t.__mro__:
            if k is base:
                break
            slots = k.__dict__.get("__slots__")
            if slots is None:
                if not extra & 1:
                    extra |= 1
            else:
                slots = (slots,) if isinstance(slots, str) else slots
                extra += 2 * sum(1 for s in slots if s != "__dict__")
        size += 8 * ((extra >> 1) + (extra & 1))
    return size


def preheader(obj):
    """What `getsizeof` adds to `__sizeof__`: the GC header, and the managed-dict pointers of
    an instance of a Python class with a dict."""
    t = type(obj)
    if t.__module__ == "builtins" or isinstance(obj, type):
        return 0 if t.__name__ in _NO_GC else 16
    for k in t.__mro__:
        if k.__module__ == "builtins":
            break
    if k.__name__ in ("int", "bool", "str", "bytes", "float", "complex", "tuple") or \
            issubclass(t, BaseException) or not hasattr(obj, "__dict__"):
        return 16
    return 32
