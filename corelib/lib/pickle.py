"""Serialization of Python objects (protocols 0-5).

The pickler writes the same bytes as CPython's C pickler for builtin values: the same opcode
choices, memo numbering, batching of list/dict/set items (1000 at a time) and, from protocol 4
on, the same framing (frames of about 64 KiB; tiny frames are left unframed; large bytes and
str payloads are written outside frames)."""

import sys
import copyreg
import _compat_pickle
from struct import pack, unpack

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump",
           "dumps", "load", "loads"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

bytes_types = (bytes, bytearray)


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# CPython's classes live in the C accelerator module.
for _c in (PickleError, PicklingError, UnpicklingError):
    _c.__module__ = "_pickle"


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# -- opcodes ---------------------------------------------------------------------------------

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_HEADER_SIZE = 9


def encode_long(x):
    """Little-endian two's complement bytes of `x`, as short as the sign allows (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def _raw_unicode_escape(s):
    """Protocol 0's UNICODE argument: raw-unicode-escape, also escaping backslash, NUL, CR,
    LF and ^Z so the text stays on one line."""
    out = []
    for ch in s:
        c = ord(ch)
        if c >= 0x10000:
            out.append('\\U%08x' % c)
        elif c >= 256 or ch in '\\\0\n\r\x1a':
            out.append('\\u%04x' % c)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')


def _get_dotted_path(obj, name):
    path = name.split('.')
    if '<locals>' in path:
        if obj is None:
            raise AttributeError(f"Can't pickle local object {name!r}")
        raise AttributeError(f"Can't pickle local attribute {name!r} on {obj!r}")
    return path


def _get_deep_attribute(obj, path):
    """(value, parent) at the dotted `path` from `obj`."""
    parent = None
    for name in path:
        parent = obj
        obj = getattr(obj, name)
    return obj, parent


def _getattribute(obj, name):
    top = obj
    path = name.split('.')
    for subpath in path:
        if subpath == '<locals>':
            raise AttributeError(f"Can't get local attribute {name!r} on {top!r}")
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError(f"Can't get attribute {name!r} on {top!r}") from None
    return obj, parent


def whichmodule(obj, name):
    """The name of the module `obj` (found at dotted path `name`) belongs to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    path = name.split('.') if isinstance(name, str) else name
    modules = sys.modules.copy()
    order = ['builtins'] + [m for m in modules if m != 'builtins']
    for module_name in order:
        module = modules.get(module_name)
        if module_name == '__main__' or module is None or not isinstance(module, type(sys)):
            continue
        try:
            if _get_deep_attribute(module, path)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _is_builtin_function(obj):
    return type(obj) is type(len)


def _is_function(obj):
    return type(obj) is type(_is_function)


# -- pickling --------------------------------------------------------------------------------

class _Output:
    """The pickle being written, with protocol 4's frames filled in as they are closed."""

    def __init__(self, file_write):
        self.buf = bytearray()
        self.file_write = file_write
        self.framing = False
        self.frame_start = -1

    def write(self, data):
        if self.framing and self.frame_start == -1:
            self.frame_start = len(self.buf)
            self.buf += b'\xfe' * _FRAME_HEADER_SIZE
        self.buf += data

    def commit_frame(self):
        if not self.framing or self.frame_start == -1:
            return
        start = self.frame_start
        size = len(self.buf) - start - _FRAME_HEADER_SIZE
        if size >= _FRAME_SIZE_MIN:
            self.buf[start:start + _FRAME_HEADER_SIZE] = FRAME + pack('<Q', size)
        else:
            del self.buf[start:start + _FRAME_HEADER_SIZE]
        self.frame_start = -1

    def opcode_boundary(self):
        if not self.framing or self.frame_start == -1:
            return
        if len(self.buf) - self.frame_start - _FRAME_HEADER_SIZE >= _FRAME_SIZE_TARGET:
            self.commit_frame()
            self.flush()

    def write_large(self, header, payload):
        """A header and its payload; payloads of a frame's size or more go outside frames."""
        if self.framing and len(payload) >= _FRAME_SIZE_TARGET:
            self.commit_frame()
            self.framing = False
            self.buf += header
            self.buf += payload
            self.framing = True
        else:
            self.write(header)
            self.write(payload)

    def flush(self):
        if self.file_write is not None and self.buf:
            self.file_write(bytes(self.buf))
            self.buf = bytearray()
            if self.frame_start != -1:
                self.frame_start = 0


class Pickler:
    """Writes pickles of objects to a binary file (anything with a `write` method)."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        protocol = int(protocol)
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._buffer_callback = buffer_callback
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if not hasattr(self, '_file_write'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        out = _Output(self._file_write)
        self._out = out
        self._write = out.write
        self._persistent_id = getattr(self, 'persistent_id', None)
        self._reducer_override = getattr(self, 'reducer_override', None)
        table = getattr(self, 'dispatch_table', None)
        self._dispatch_table = copyreg.dispatch_table if table is None else table
        try:
            if self.proto >= 2:
                out.write(PROTO + bytes((self.proto,)))
                if self.proto >= 4:
                    out.framing = True
            self.save(obj)
            out.write(STOP)
            out.commit_frame()
            out.framing = False
            out.flush()
        except RecursionError as e:
            # CPython's pickler is C code that counts its own nesting and says so.
            if e.args == ("maximum recursion depth exceeded",):
                e.args = ("maximum recursion depth exceeded while pickling an object",)
            raise
        finally:
            self._out = None
            self._write = None

    # -- the memo ---------------------------------------------------------------------------

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.memo[_memo_key(obj)] = idx, obj
        self._write(self.put(idx))

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if not self.bin:
            return PUT + repr(idx).encode('ascii') + b'\n'
        if idx < 256:
            return BINPUT + bytes((idx,))
        return LONG_BINPUT + pack('<I', idx)

    def get(self, idx):
        if not self.bin:
            return GET + repr(idx).encode('ascii') + b'\n'
        if idx < 256:
            return BINGET + bytes((idx,))
        return LONG_BINGET + pack('<I', idx)

    def _memo_get(self, obj):
        self._write(self.get(self.memo[id(obj)][0]))

    # -- the dispatcher ---------------------------------------------------------------------

    def save(self, obj, save_persistent_id=True):
        self._out.opcode_boundary()
        if save_persistent_id and self._persistent_id is not None:
            pid = self._persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        if obj is None:
            self._write(NONE)
            return
        if t is bool:
            self.save_bool(obj)
            return
        if t is int:
            self.save_long(obj)
            return
        if t is float:
            self.save_float(obj)
            return
        x = self.memo.get(_memo_key(obj))
        if x is not None:
            self._write(self.get(x[0]))
            return
        if t is bytes:
            self.save_bytes(obj)
            return
        if t is str:
            self.save_str(obj)
            return
        f = self._dispatch_exact.get(t)
        if f is not None:
            f(self, obj)
            return
        rv = NotImplemented
        if self._reducer_override is not None:
            rv = self._reducer_override(obj)
        if rv is NotImplemented:
            if t is type:
                self.save_type(obj)
                return
            if _is_function(obj):
                self.save_global(obj)
                return
            reduce = self._dispatch_table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                reduce = getattr(obj, '__reduce_ex__', None)
                if reduce is not None:
                    rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, '__reduce__', None)
                    if reduce is None:
                        raise PicklingError(f"can't pickle {t.__name__!r} object: {obj!r}")
                    rv = reduce()
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self.save_reduce(*_reduce_items(rv), obj=obj)

    def persistent_id_text(self, pid):
        s = str(pid)
        if not s.isascii():
            raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
        return PERSID + s.encode('ascii') + b'\n'

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._write(BINPERSID)
        else:
            self._write(self.persistent_id_text(pid))

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if listitems is not None and not _is_iterator(listitems):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must be an "
                                f"iterator, not {type(listitems).__name__}")
        if dictitems is not None and not _is_iterator(dictitems):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must be an "
                                f"iterator, not {type(dictitems).__name__}")
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be a "
                                f"function, not {type(state_setter).__name__}")
        write = self._write
        name = getattr(func, '__name__', '') if self.proto >= 2 else ''
        if name == '__newobj_ex__':
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, "
                                    f"not {len(args)}")
            cls, nargs, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be a class, "
                                    f"not {type(cls).__name__}")
            if not isinstance(nargs, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must be a tuple, "
                                    f"not {type(nargs).__name__}")
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must be a dict, "
                                    f"not {type(kwargs).__name__}")
            if self.proto >= 4:
                self.save(cls)
                self.save(nargs)
                self.save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *nargs, **kwargs))
                self.save(())
                write(REDUCE)
        elif name == '__newobj__':
            if len(args) < 1:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not getattr(obj, '__class__', type(obj)):
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            write(REDUCE)
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                write(POP + self.get(x[0]))
                return
            self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                write(TUPLE2 + REDUCE + POP)

    # -- builtin types ----------------------------------------------------------------------

    def save_bool(self, obj):
        if self.proto >= 2:
            self._write(NEWTRUE if obj else NEWFALSE)
        else:
            self._write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self._write(BININT1 + bytes((obj,)))
                elif 0 <= obj <= 0xffff:
                    self._write(BININT2 + pack('<H', obj))
                else:
                    self._write(BININT + pack('<i', obj))
            else:
                self._write(INT + repr(obj).encode('ascii') + b'\n')
            return
        if self.proto >= 2:
            data = encode_long(obj)
            n = len(data)
            if n < 256:
                self._write(LONG1 + bytes((n,)) + data)
            else:
                self._write(LONG4 + pack('<i', n) + data)
            return
        self._write(LONG + repr(obj).encode('ascii') + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self._write(BINFLOAT + pack('>d', obj))
        else:
            self._write(FLOAT + repr(obj).encode('ascii') + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode(), (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self._out.write_large(SHORT_BINBYTES + bytes((n,)), obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._out.write_large(BINBYTES8 + pack('<Q', n), obj)
        else:
            self._out.write_large(BINBYTES + pack('<I', n), obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._out.write_large(BYTEARRAY8 + pack('<Q', len(obj)), bytes(obj))
        self.memoize(obj)

    def save_str(self, obj, key=None):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self._out.write_large(SHORT_BINUNICODE + bytes((n,)), encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._out.write_large(BINUNICODE8 + pack('<Q', n), encoded)
            else:
                self._out.write_large(BINUNICODE + pack('<I', n), encoded)
        else:
            self._write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        if key is not None and not self.fast:
            self.memo[key] = len(self.memo), obj
            self._write(self.put(len(self.memo) - 1))
            return
        self.memoize(obj)

    def save_tuple(self, obj):
        write = self._write
        n = len(obj)
        if not n:
            write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        save = self.save
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            x = self.memo.get(id(obj))
            if x is not None:
                write(POP * n + self.get(x[0]))
                return
            write(_tuplesize2code[n])
            self.memoize(obj)
            return
        write(MARK)
        for element in obj:
            save(element)
        x = self.memo.get(id(obj))
        if x is not None:
            # The tuple contains itself: drop what was pushed and fetch it from the memo.
            if self.bin:
                write(POP_MARK + self.get(x[0]))
            else:
                write(POP * (n + 1) + self.get(x[0]))
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self._write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_appends(iter(obj))
            return
        save, write = self.save, self._write
        if len(obj) == 1:
            save(obj[0])
            write(APPEND)
            return
        total = 0
        while True:
            write(MARK)
            batch = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                batch += 1
                if batch == _BATCHSIZE:
                    break
            write(APPENDS)
            if total >= len(obj):
                break

    def _batch_appends(self, items):
        save, write = self.save, self._write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        while True:
            first = next(items, _END)
            if first is _END:
                return
            second = next(items, _END)
            if second is _END:
                save(first)
                write(APPEND)
                return
            write(MARK)
            save(first)
            n = 1
            x = second
            while x is not _END:
                save(x)
                n += 1
                if n == _BATCHSIZE:
                    break
                x = next(items, _END)
            write(APPENDS)
            if n != _BATCHSIZE:
                return

    def save_dict(self, obj):
        self._write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_setitems(iter(obj.items()))
            return
        save, write = self.save, self._write
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            write(SETITEM)
            return
        it = iter(obj.items())
        while True:
            write(MARK)
            i = 0
            for k, v in it:
                save(k)
                save(v)
                i += 1
                if i == _BATCHSIZE:
                    break
            write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if i != _BATCHSIZE:
                break

    def _batch_setitems(self, items):
        save, write = self.save, self._write

        def pair(item):
            if not isinstance(item, tuple) or len(item) != 2:
                raise TypeError("dict items iterator must return 2-tuples")
            return item

        if not self.bin:
            for item in items:
                k, v = pair(item)
                save(k)
                save(v)
                write(SETITEM)
            return
        while True:
            first = next(items, _END)
            if first is _END:
                return
            second = next(items, _END)
            if second is _END:
                k, v = pair(first)
                save(k)
                save(v)
                write(SETITEM)
                return
            write(MARK)
            k, v = pair(first)
            save(k)
            save(v)
            n = 1
            x = second
            while x is not _END:
                k, v = pair(x)
                save(k)
                save(v)
                n += 1
                if n == _BATCHSIZE:
                    break
                x = next(items, _END)
            write(SETITEMS)
            if n != _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        save, write = self.save, self._write
        write(EMPTY_SET)
        self.memoize(obj)
        size = len(obj)
        if not size:
            return
        it = iter(obj)
        while True:
            write(MARK)
            i = 0
            for x in it:
                save(x)
                i += 1
                if i == _BATCHSIZE:
                    break
            write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if i != _BATCHSIZE:
                break

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write = self._write
        write(MARK)
        for x in obj:
            self.save(x)
        x = self.memo.get(id(obj))
        if x is not None:
            write(POP_MARK + self.get(x[0]))
            return
        write(FROZENSET)
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def save_global(self, obj, name=None):
        write = self._write
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        path = _get_dotted_path(None, name)
        module_name = whichmodule(obj, path)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except Exception:
            raise PicklingError(f"Can't pickle {obj!r}: import of module {module_name!r} "
                                "failed") from None
        try:
            obj2, parent = _get_deep_attribute(module, path)
        except AttributeError:
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {name} on "
                                f"{module_name} failed") from None
        if obj2 is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same object as "
                                f"{module_name}.{name}")
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    write(EXT2 + pack('<H', code))
                else:
                    write(EXT4 + pack('<i', code))
                return
        lastname = path[-1]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            if name == module_name and isinstance(obj, type) and obj.__module__ in _C_MODULES:
                # CPython's C types name their module with a string of its own.
                self.save_str(name, key=('unshared', len(self.memo)))
            else:
                self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        else:
            if self.fix_imports:
                r = _compat_pickle.REVERSE_NAME_MAPPING
                if (module_name, name) in r:
                    module_name, name = r[(module_name, name)]
                elif module_name in _compat_pickle.REVERSE_IMPORT_MAPPING:
                    module_name = _compat_pickle.REVERSE_IMPORT_MAPPING[module_name]
            codec = 'utf-8' if self.proto == 3 else 'ascii'
            try:
                m = module_name.encode(codec)
            except UnicodeEncodeError:
                raise PicklingError(f"can't pickle module identifier '{module_name}' using "
                                    f"pickle protocol {self.proto}") from None
            try:
                n = name.encode(codec)
            except UnicodeEncodeError:
                raise PicklingError(f"can't pickle global identifier '{name}' using pickle "
                                    f"protocol {self.proto}") from None
            write(GLOBAL + m + b'\n' + n + b'\n')
        self.memoize(obj)

    _dispatch_exact = {
        dict: save_dict,
        set: save_set,
        frozenset: save_frozenset,
        list: save_list,
        tuple: save_tuple,
        bytearray: save_bytearray,
    }


_END = object()
# Modules whose classes are written in C in CPython.
_C_MODULES = frozenset(['datetime', 'array', 'decimal', 'collections', 'functools', 'itertools'])
_NAME_CHARS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


def _memo_key(obj):
    """The memo is by identity, as in CPython; CPython interns identifier-like strings (and
    keeps one object per one-character string), so equal strings of that kind share an entry
    there whatever their origin: they are keyed by value here to write the same pickle."""
    if type(obj) is str and (len(obj) <= 1 or _NAME_CHARS.issuperset(obj)):
        return ('str', obj)
    return id(obj)


def _is_iterator(x):
    return hasattr(type(x), '__next__')


def _reduce_items(rv):
    n = len(rv)
    if n < 2 or n > 6:
        raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
    return rv


def _codecs_encode():
    import codecs
    return codecs.encode


# -- unpickling ------------------------------------------------------------------------------

class _Input:
    """Reads a pickle from a file, serving the bytes of a frame from memory."""

    def __init__(self, file):
        self.read_file = file.read
        self.readline_file = file.readline
        self.frame = None
        self.pos = 0

    def read(self, n):
        if self.frame is not None:
            data = self.frame[self.pos:self.pos + n]
            self.pos += len(data)
            if self.pos >= len(self.frame):
                self.frame = None
            if len(data) == n:
                return data
            if not data:
                return self.read_file(n)
            raise UnpicklingError("pickle exhausted before end of frame")
        return self.read_file(n)

    def readline(self):
        if self.frame is not None:
            end = self.frame.find(b'\n', self.pos)
            end = len(self.frame) if end < 0 else end + 1
            data = self.frame[self.pos:end]
            self.pos = end
            if self.pos >= len(self.frame):
                self.frame = None
            if not data:
                return self.readline_file()
            if not data.endswith(b'\n'):
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self.readline_file()

    def load_frame(self, size):
        if self.frame is not None and self.pos < len(self.frame):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        data = self.read_file(size)
        if len(data) < size:
            raise UnpicklingError("pickle data was truncated")
        self.frame = data
        self.pos = 0


class _BytesInput:
    """Reads a pickle held in memory (loads)."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n):
        data = self.data[self.pos:self.pos + n]
        self.pos += len(data)
        return data

    def readline(self):
        end = self.data.find(b'\n', self.pos)
        end = len(self.data) if end < 0 else end + 1
        data = self.data[self.pos:end]
        self.pos = end
        return data

    def load_frame(self, size):
        if size > len(self.data) - self.pos:
            raise UnpicklingError("pickle data was truncated")


class Unpickler:
    """Reads pickles from a binary file (anything with `read` and `readline`)."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        if isinstance(file, _BytesInput):
            self._input = file
        else:
            try:
                file.read
                file.readline
            except AttributeError:
                raise TypeError("file must have 'read' and 'readline' attributes") from None
            self._input = _Input(file)
        self._buffers = iter(buffers) if buffers is not None else None
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0
        self.memo = {}

    def load(self):
        if not hasattr(self, '_input'):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self._persistent_load = getattr(self, 'persistent_load', None)
        read = self._input.read
        dispatch = self.dispatch
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                f = dispatch.get(key[0])
                if f is None:
                    c = key[0]
                    if 0x20 <= c <= 0x7e and c not in b"'\\":
                        raise UnpicklingError("invalid load key, '%c'." % c)
                    raise UnpicklingError("invalid load key, '\\x%02x'." % c)
                f(self)
        except _Stop as stopinst:
            return stopinst.value

    # -- helpers ----------------------------------------------------------------------------

    def read(self, n):
        data = self._input.read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        data = self._input.readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        try:
            return getattr(sys.modules[module], name)
        except AttributeError:
            raise AttributeError(f"Can't get attribute {name!r} on {sys.modules[module]!r}") \
                from None

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def _memo_get(self, idx):
        try:
            return self.memo[idx]
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def _memo_put(self, idx):
        if idx < 0:
            raise ValueError("negative PUT argument")
        self.memo[idx] = self.top()

    # -- opcodes ----------------------------------------------------------------------------

    def load_proto(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        size, = unpack('<Q', self.read(8))
        if size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)
        self._input.load_frame(size)

    def load_persid(self):
        try:
            pid = self.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self.append(self._persistent(pid))

    def load_binpersid(self):
        pid = self.pop()
        self.append(self._persistent(pid))

    def _persistent(self, pid):
        if self._persistent_load is None:
            raise UnpicklingError("A load persistent id instruction was encountered,\n"
                                  "but no "
                                  "persistent_load function was specified.")
        return self._persistent_load(pid)

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self.readline()
        if data == b'00\n':
            val = False
        elif data == b'01\n':
            val = True
        else:
            val = _parse_int(data[:-1])
        self.append(val)

    def load_binint(self):
        self.append(unpack('<i', self.read(4))[0])

    def load_binint1(self):
        self.append(self.read(1)[0])

    def load_binint2(self):
        self.append(unpack('<H', self.read(2))[0])

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1] == ord('L'):
            val = val[:-1]
        self.append(_parse_int(val))

    def load_long1(self):
        n = self.read(1)[0]
        self.append(decode_long(self.read(n)))

    def load_long4(self):
        n, = unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self.read(n)))

    def load_float(self):
        try:
            self.append(float(self.readline()[:-1].decode('ascii')))
        except (ValueError, UnicodeDecodeError):
            raise ValueError("could not convert string to float") from None

    def load_binfloat(self):
        self.append(unpack('>d', self.read(8))[0])

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        import codecs
        self.append(self._decode_string(codecs.escape_decode(data)[0]))

    def load_binstring(self):
        n, = unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self.read(n)))

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.append(self._decode_string(self.read(n)))

    def load_binbytes(self):
        n, = unpack('<I', self.read(4))
        self.append(self.read(n))

    def load_short_binbytes(self):
        n = self.read(1)[0]
        self.append(self.read(n))

    def load_binbytes8(self):
        n, = unpack('<Q', self.read(8))
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.append(self.read(n))

    def load_bytearray8(self):
        n, = unpack('<Q', self.read(8))
        if n > sys.maxsize:
            raise UnpicklingError("BYTEARRAY8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.append(bytearray(self.read(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* "
                                  "argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.append(buf)

    def load_readonly_buffer(self):
        self.top()

    def load_unicode(self):
        self.append(str(self.readline()[:-1], 'raw-unicode-escape'))

    def load_binunicode(self):
        n, = unpack('<I', self.read(4))
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n, = unpack('<Q', self.read(8))
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self.read(1)[0]
        self.append(str(self.read(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        if len(self.stack) < 1:
            raise UnpicklingError("unpickling stack underflow")
        self.stack[-1] = (self.stack[-1],)

    def load_tuple2(self):
        if len(self.stack) < 2:
            raise UnpicklingError("unpickling stack underflow")
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def load_tuple3(self):
        if len(self.stack) < 3:
            raise UnpicklingError("unpickling stack underflow")
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        d = {items[i]: items[i + 1] for i in range(0, len(items), 2)}
        self.append(d)

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)),
                                err.__traceback__) from None
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            raise UnpicklingError("unpickling stack underflow")
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self.pop()
        cls = self.pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self.pop()
        args = self.pop()
        cls = self.pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s"
                                  % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s"
                                  % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s"
                                  % type(kwargs).__name__)
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self.pop()
        module = self.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def load_ext1(self):
        self._get_extension(self.read(1)[0])

    def load_ext2(self):
        self._get_extension(unpack('<H', self.read(2))[0])

    def load_ext4(self):
        self._get_extension(unpack('<i', self.read(4))[0])

    def _get_extension(self, code):
        obj = copyreg._extension_cache.get(code, _END)
        if obj is not _END:
            self.append(obj)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self.append(obj)

    def load_reduce(self):
        args = self.pop()
        func = self.pop()
        if not isinstance(args, tuple):
            raise TypeError("argument list must be a tuple")
        self.append(func(*args))

    def load_pop(self):
        if self.stack:
            self.stack.pop()
        else:
            self.pop_mark()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self.top())

    def load_get(self):
        self.append(self._memo_get(_parse_int(self.readline()[:-1])))

    def load_binget(self):
        self.append(self._memo_get(self.read(1)[0]))

    def load_long_binget(self):
        self.append(self._memo_get(unpack('<I', self.read(4))[0]))

    def load_put(self):
        self._memo_put(_parse_int(self.readline()[:-1]))

    def load_binput(self):
        self._memo_put(self.read(1)[0])

    def load_long_binput(self):
        i, = unpack('<I', self.read(4))
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self._memo_put(i)

    def load_memoize(self):
        self.memo[len(self.memo)] = self.top()

    def load_append(self):
        value = self.pop()
        lst = self.top()
        lst.append(value)

    def load_appends(self):
        items = self.pop_mark()
        lst = self.top()
        if isinstance(lst, list):
            lst.extend(items)
            return
        extend = getattr(lst, 'extend', None)
        if extend is not None:
            extend(items)
            return
        append = lst.append
        for item in items:
            append(item)

    def load_setitem(self):
        value = self.pop()
        key = self.pop()
        d = self.top()
        d[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self.top()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        s = self.top()
        if isinstance(s, set):
            s.update(items)
        else:
            add = s.add
            for item in items:
                add(item)

    def load_build(self):
        state = self.pop()
        inst = self.top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        _set_state(inst, state)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        raise _Stop(self.pop())

    dispatch = {}


def _set_state(inst, state):
    """What BUILD does without a `__setstate__`: dict state into `__dict__`, slots by setattr."""
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        if not isinstance(state, dict):
            raise UnpicklingError("state is not a dictionary")
        inst_dict = inst.__dict__
        for k, v in state.items():
            if type(k) is str:
                inst_dict[sys.intern(k)] = v
            else:
                inst_dict[k] = v
    if slotstate:
        if not isinstance(slotstate, dict):
            raise UnpicklingError("slot state is not a dictionary")
        for k, v in slotstate.items():
            setattr(inst, k, v)


def _parse_int(data):
    s = data.decode('ascii') if isinstance(data, (bytes, bytearray)) else data
    try:
        return int(s, 0)
    except ValueError:
        return int(s)


_opcode_loaders = {
    MARK: 'load_mark', STOP: 'load_stop', POP: 'load_pop', POP_MARK: 'load_pop_mark',
    DUP: 'load_dup', FLOAT: 'load_float', INT: 'load_int', BININT: 'load_binint',
    BININT1: 'load_binint1', LONG: 'load_long', BININT2: 'load_binint2', NONE: 'load_none',
    PERSID: 'load_persid', BINPERSID: 'load_binpersid', REDUCE: 'load_reduce',
    STRING: 'load_string', BINSTRING: 'load_binstring',
    SHORT_BINSTRING: 'load_short_binstring', UNICODE: 'load_unicode',
    BINUNICODE: 'load_binunicode', APPEND: 'load_append', BUILD: 'load_build',
    GLOBAL: 'load_global', DICT: 'load_dict', EMPTY_DICT: 'load_empty_dictionary',
    APPENDS: 'load_appends', GET: 'load_get', BINGET: 'load_binget', INST: 'load_inst',
    LONG_BINGET: 'load_long_binget', LIST: 'load_list', EMPTY_LIST: 'load_empty_list',
    OBJ: 'load_obj', PUT: 'load_put', BINPUT: 'load_binput', LONG_BINPUT: 'load_long_binput',
    SETITEM: 'load_setitem', TUPLE: 'load_tuple', EMPTY_TUPLE: 'load_empty_tuple',
    SETITEMS: 'load_setitems', BINFLOAT: 'load_binfloat', PROTO: 'load_proto',
    NEWOBJ: 'load_newobj', EXT1: 'load_ext1', EXT2: 'load_ext2', EXT4: 'load_ext4',
    TUPLE1: 'load_tuple1', TUPLE2: 'load_tuple2', TUPLE3: 'load_tuple3',
    NEWTRUE: 'load_true', NEWFALSE: 'load_false', LONG1: 'load_long1', LONG4: 'load_long4',
    BINBYTES: 'load_binbytes', SHORT_BINBYTES: 'load_short_binbytes',
    SHORT_BINUNICODE: 'load_short_binunicode', BINUNICODE8: 'load_binunicode8',
    BINBYTES8: 'load_binbytes8', EMPTY_SET: 'load_empty_set', ADDITEMS: 'load_additems',
    FROZENSET: 'load_frozenset', NEWOBJ_EX: 'load_newobj_ex',
    STACK_GLOBAL: 'load_stack_global', MEMOIZE: 'load_memoize', FRAME: 'load_frame',
    BYTEARRAY8: 'load_bytearray8', NEXT_BUFFER: 'load_next_buffer',
    READONLY_BUFFER: 'load_readonly_buffer',
}
for _op, _name in _opcode_loaders.items():
    Unpickler.dispatch[_op[0]] = getattr(Unpickler, _name)
del _op, _name


# -- shorthands ------------------------------------------------------------------------------

class _BytesSink:
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return b''.join(sink.parts)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_BytesInput(bytes(data)), fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


for _c in (Pickler, Unpickler, dump, dumps, load, loads):
    _c.__module__ = "_pickle"
del _c
