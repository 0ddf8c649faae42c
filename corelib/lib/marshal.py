"""marshal: CPython's internal serialization of the basic types (None, bools, ints,
floats, complex numbers, str, bytes, tuples, lists, dicts, sets, frozensets, Ellipsis,
StopIteration), in format versions 0 to 4. Code objects are not marshallable here.

From version 3 on, CPython flags an object for back-references when it is referenced more
than once (by reference count); Kestrel flags what is usually shared that way in CPython
(the top-level object, and the immutable objects inside containers), so the bytes of
ordinary data match CPython's and any CPython output loads."""

from struct import pack as _pack, unpack_from as _unpack_from

__all__ = ["dump", "load", "dumps", "loads", "version"]

version = 4

_FLAG_REF = 0x80
_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_MAX_DEPTH = 2000


def _interned(s):
    return bool(s) and all(c in _NAME_CHARS for c in s)


class _Writer:
    def __init__(self, version):
        self.version = version
        self.out = []
        self.refs = {}
        self.depth = 0
        self.repeated = set()

    def count_repeats(self, v):
        """Marks the mutable containers reached more than once (which CPython, seeing a
        reference count above one, writes once and then refers back to)."""
        seen = set()
        stack = [v]
        while stack:
            x = stack.pop()
            t = type(x)
            if t is list or t is dict or t is set:
                if id(x) in seen:
                    self.repeated.add(id(x))
                    continue
                seen.add(id(x))
                stack.extend(x.values() if t is dict else x)
                if t is dict:
                    stack.extend(x.keys())
            elif t is tuple or t is frozenset:
                stack.extend(x)

    def byte(self, code, flag):
        self.out.append(bytes([ord(code) | (_FLAG_REF if flag else 0)]))

    def long32(self, n):
        self.out.append(_pack("<i", n))

    def pstring(self, data):
        self.out.append(_pack("<i", len(data)))
        self.out.append(data)

    def ref_key(self, v):
        t = type(v)
        if t is int or t is str or t is bytes:
            return (t, v)
        if t is float or t is complex:
            return (t, repr(v))
        return (t, id(v))

    def write(self, v, top):
        if v is None:
            self.out.append(b"N")
            return
        if v is True:
            self.out.append(b"T")
            return
        if v is False:
            self.out.append(b"F")
            return
        if v is ...:
            self.out.append(b".")
            return
        if v is StopIteration:
            self.out.append(b"S")
            return
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise ValueError("object too deeply nested to marshal")
        t = type(v)
        flag = False
        if self.version >= 3 and t in _WRITERS:
            shared = top or t not in (list, dict, set) or id(v) in self.repeated
            if shared:
                key = self.ref_key(v)
                index = self.refs.get(key)
                if index is not None:
                    self.out.append(b"r")
                    self.long32(index)
                    self.depth -= 1
                    return
                self.refs[key] = len(self.refs)
                flag = True
        writer = _WRITERS.get(t)
        if writer is None:
            writer = _subclass_writer(v)
            if writer is None:
                raise ValueError("unmarshallable object")
        writer(self, v, flag)
        self.depth -= 1

    def w_int(self, v, flag):
        if -0x80000000 <= v <= 0x7FFFFFFF:
            self.byte("i", flag)
            self.long32(v)
            return
        digits = []
        n = abs(v)
        while n:
            digits.append(n & 0x7FFF)
            n >>= 15
        self.byte("l", flag)
        self.long32(len(digits) if v > 0 else -len(digits))
        self.out.append(_pack("<%dH" % len(digits), *digits))

    def w_float(self, v, flag):
        if self.version > 1:
            self.byte("g", flag)
            self.out.append(_pack("<d", v))
        else:
            self.byte("f", flag)
            self.short_text(_float_text(v))

    def short_text(self, s):
        data = s.encode("ascii")
        self.out.append(bytes([len(data)]))
        self.out.append(data)

    def w_complex(self, v, flag):
        if self.version > 1:
            self.byte("y", flag)
            self.out.append(_pack("<dd", v.real, v.imag))
        else:
            self.byte("x", flag)
            self.short_text(_float_text(v.real))
            self.short_text(_float_text(v.imag))

    def w_str(self, v, flag):
        interned = self.version >= 3 and _interned(v)
        if self.version >= 4 and v.isascii():
            data = v.encode("ascii")
            if len(data) < 256:
                self.byte("Z" if interned else "z", flag)
                self.out.append(bytes([len(data)]))
                self.out.append(data)
            else:
                self.byte("A" if interned else "a", flag)
                self.pstring(data)
            return
        self.byte("t" if interned else "u", flag)
        self.pstring(v.encode("utf-8", "surrogatepass"))

    def w_bytes(self, v, flag):
        self.byte("s", flag)
        self.pstring(bytes(v))

    def w_tuple(self, v, flag):
        if self.version >= 4 and len(v) < 256:
            self.byte(")", flag)
            self.out.append(bytes([len(v)]))
        else:
            self.byte("(", flag)
            self.long32(len(v))
        for item in v:
            self.write(item, False)

    def w_list(self, v, flag):
        self.byte("[", flag)
        self.long32(len(v))
        for item in v:
            self.write(item, False)

    def w_dict(self, v, flag):
        self.byte("{", flag)
        for k, item in v.items():
            self.write(k, False)
            self.write(item, False)
        self.out.append(b"0")

    def w_set(self, v, flag):
        self.byte("<" if isinstance(v, set) else ">", flag)
        self.long32(len(v))
        for item in v:
            self.write(item, False)


def _float_text(x):
    text = "%.17g" % x
    return text


_WRITERS = {
    int: _Writer.w_int,
    float: _Writer.w_float,
    complex: _Writer.w_complex,
    str: _Writer.w_str,
    bytes: _Writer.w_bytes,
    bytearray: _Writer.w_bytes,
    memoryview: _Writer.w_bytes,
    tuple: _Writer.w_tuple,
    list: _Writer.w_list,
    dict: _Writer.w_dict,
    set: _Writer.w_set,
    frozenset: _Writer.w_set,
}


def _subclass_writer(v):
    """Subclasses of the basic types are written as their base type (as CPython does for
    ints, floats, str, bytes and containers with the exact-type checks failing last)."""
    for base in (bool, int, float, complex, str, bytes, bytearray, tuple, list, dict, set,
                 frozenset):
        if isinstance(v, base):
            return _WRITERS.get(base)
    return None


def _version_arg(version):
    if not isinstance(version, int):
        raise TypeError(f"'{type(version).__name__}' object cannot be interpreted as an "
                        "integer")
    return version


def dumps(value, version=version, /):
    """The bytes marshal.dump would write for `value`."""
    w = _Writer(_version_arg(version))
    if w.version >= 3:
        w.count_repeats(value)
    w.write(value, True)
    return b"".join(w.out)


def dump(value, file, version=version, /):
    """Writes `value` to the binary file `file`."""
    file.write(dumps(value, version))


class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.refs = []
        self.depth = 0

    def take(self, n):
        end = self.pos + n
        if end > len(self.data):
            raise EOFError("marshal data too short")
        chunk = self.data[self.pos:end]
        self.pos = end
        return chunk

    def long32(self):
        if self.pos + 4 > len(self.data):
            raise EOFError("marshal data too short")
        (n,) = _unpack_from("<i", self.data, self.pos)
        self.pos += 4
        return n

    def size(self):
        n = self.long32()
        if n < 0:
            raise ValueError("bad marshal data (bytes object size out of range)")
        return n

    def read(self):
        if self.pos >= len(self.data):
            raise EOFError("EOF read where object expected")
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise ValueError("recursion limit exceeded")
        code = self.data[self.pos]
        self.pos += 1
        flag = code & _FLAG_REF
        code = chr(code & ~_FLAG_REF)
        reader = _READERS.get(code)
        if reader is None:
            raise ValueError("bad marshal data (unknown type code)")
        slot = None
        if flag:
            slot = len(self.refs)
            self.refs.append(None)
        v = reader(self, slot)
        if slot is not None:
            self.refs[slot] = v
        self.depth -= 1
        return v

    def item(self):
        v = self.read()
        if v is _NULL:
            raise TypeError("NULL object in marshal data for object")
        return v

    def r_long(self, slot):
        n = self.long32()
        count = abs(n)
        value = 0
        for i in range(count):
            (d,) = _unpack_from("<H", self.take(2))
            if d > 0x7FFF:
                raise ValueError("bad marshal data (digit out of range in long)")
            if d == 0 and i == count - 1:
                raise ValueError("bad marshal data (unnormalized long data)")
            value |= d << (15 * i)
        return -value if n < 0 else value

    def r_float_text(self):
        n = self.take(1)[0]
        return float(self.take(n).decode("ascii"))

    def r_tuple_items(self, n, slot):
        items = [self.item() for _ in range(n)]
        return tuple(items)

    def r_list(self, slot):
        n = self.size()
        out = []
        if slot is not None:
            self.refs[slot] = out
        for _ in range(n):
            out.append(self.item())
        return out

    def r_dict(self, slot):
        out = {}
        if slot is not None:
            self.refs[slot] = out
        while True:
            k = self.read()
            if k is _NULL:
                break
            out[k] = self.item()
        return out

    def r_set(self, slot, frozen):
        n = self.size()
        if frozen:
            return frozenset(self.item() for _ in range(n))
        out = set()
        if slot is not None:
            self.refs[slot] = out
        for _ in range(n):
            out.add(self.item())
        return out

    def r_ref(self, slot):
        n = self.long32()
        if n < 0 or n >= len(self.refs) or self.refs[n] is None:
            raise ValueError("bad marshal data (invalid reference)")
        return self.refs[n]


_NULL = object()


def _code(slot):
    raise ValueError("bad marshal data (code objects are not supported by Kestrel)")


_READERS = {
    "0": lambda r, s: _NULL,
    "N": lambda r, s: None,
    "T": lambda r, s: True,
    "F": lambda r, s: False,
    ".": lambda r, s: ...,
    "S": lambda r, s: StopIteration,
    "i": lambda r, s: r.long32(),
    "I": lambda r, s: _unpack_from("<q", r.take(8))[0],
    "l": _Reader.r_long,
    "g": lambda r, s: _unpack_from("<d", r.take(8))[0],
    "f": lambda r, s: r.r_float_text(),
    "y": lambda r, s: complex(*_unpack_from("<dd", r.take(16))),
    "x": lambda r, s: complex(r.r_float_text(), r.r_float_text()),
    "s": lambda r, s: bytes(r.take(r.size())),
    "u": lambda r, s: bytes(r.take(r.size())).decode("utf-8", "surrogatepass"),
    "t": lambda r, s: bytes(r.take(r.size())).decode("utf-8", "surrogatepass"),
    "a": lambda r, s: bytes(r.take(r.size())).decode("latin-1"),
    "A": lambda r, s: bytes(r.take(r.size())).decode("latin-1"),
    "z": lambda r, s: bytes(r.take(r.take(1)[0])).decode("latin-1"),
    "Z": lambda r, s: bytes(r.take(r.take(1)[0])).decode("latin-1"),
    "(": lambda r, s: r.r_tuple_items(r.size(), s),
    ")": lambda r, s: r.r_tuple_items(r.take(1)[0], s),
    "[": _Reader.r_list,
    "{": _Reader.r_dict,
    "<": lambda r, s: r.r_set(s, False),
    ">": lambda r, s: r.r_set(s, True),
    "r": _Reader.r_ref,
    "c": lambda r, s: _code(s),
}


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def loads(data, /):
    """The value marshalled in `data` (extra bytes after it are ignored)."""
    r = _Reader(_as_bytes(data))
    v = r.read()
    if v is _NULL:
        raise TypeError("NULL object in marshal data for object")
    return v


def load(file, /):
    """Reads one value from the binary file `file` (which is left just after it)."""
    data = file.read()
    data = _as_bytes(data)
    r = _Reader(data)
    v = r.read()
    if v is _NULL:
        raise TypeError("NULL object in marshal data for object")
    if hasattr(file, "seek") and r.pos < len(data):
        try:
            file.seek(r.pos - len(data), 1)
        except (OSError, ValueError):
            pass
    return v
