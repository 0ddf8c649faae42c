"""Read and write Apple property list files, in the XML and the binary
("bplist00") formats.

load(fp)/loads(data) detect the format unless fmt is given; dump(value, fp)
and dumps(value) write XML unless fmt=FMT_BINARY.  Values: dict (str keys),
list/tuple, str, bytes/bytearray, int (64-bit, plus unsigned up to 2**64),
float, bool, datetime.datetime, and in binary plists UID and None.
"""

import binascii
import codecs
import datetime
import enum
import os
import re
import struct
from io import BytesIO

__all__ = ["InvalidFileException", "FMT_XML", "FMT_BINARY", "load", "dump",
           "loads", "dumps", "UID"]

PlistFormat = enum.Enum('PlistFormat', 'FMT_XML FMT_BINARY', module=__name__)
FMT_XML = PlistFormat.FMT_XML
FMT_BINARY = PlistFormat.FMT_BINARY


class UID:
    """A keyed-archiver object reference (binary plists only)."""

    def __init__(self, data):
        if not isinstance(data, int):
            raise TypeError("data must be an int")
        if data >= 1 << 64:
            raise ValueError("UIDs cannot be >= 2**64")
        if data < 0:
            raise ValueError("UIDs must be positive")
        self.data = data

    def __index__(self):
        return self.data

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.data)

    def __reduce__(self):
        return type(self), (self.data,)

    def __eq__(self, other):
        if isinstance(other, UID):
            return self.data == other.data
        return NotImplemented

    def __hash__(self):
        return hash(self.data)


class InvalidFileException(ValueError):
    def __init__(self, message="Invalid file"):
        ValueError.__init__(self, message)


# ---------------------------------------------------------------- XML

PLISTHEADER = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
               b'<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
               b'"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n')

# control characters other than tab, newline and carriage return
_CONTROL = re.compile('[\x00-\x08\x0b\x0c\x0e-\x1f]')

_DATE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d)(?::(\d\d)"
                   r"(?::(\d\d))?)?)?)?)?Z", re.ASCII)


def _parse_date(text):
    m = _DATE.match(text)
    fields = []
    for part in m.groups():
        if part is None:
            break
        fields.append(int(part))
    return datetime.datetime(*fields)


def _format_date(d):
    return '%04d-%02d-%02dT%02d:%02d:%02dZ' % (
        d.year, d.month, d.day, d.hour, d.minute, d.second)


def _xml_text(text):
    if _CONTROL.search(text):
        raise ValueError("strings can't contain control characters; "
                         "use bytes instead")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _XMLReader:
    def __init__(self, dict_type):
        self.dict_type = dict_type
        self.containers = []
        self.key = None
        self.root = None
        self.text = []

    def parse(self, fp):
        from xml.parsers.expat import ParserCreate
        data = fp.read()
        self.parser = p = ParserCreate()
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.CharacterDataHandler = self.text.append
        p.EntityDeclHandler = self.entity_decl

        def doctype(name, sysid, pubid, has_subset):
            # entity declarations live in the internal subset
            if has_subset and b'<!ENTITY' in data:
                self.entity_decl()
        p.StartDoctypeDeclHandler = doctype
        p.Parse(data, True)
        return self.root

    def entity_decl(self, *args):
        raise InvalidFileException(
            "XML entity declarations are not supported in plist files")

    def line(self):
        return self.parser.CurrentLineNumber

    def take_text(self):
        text = ''.join(self.text)
        self.text.clear()
        return text

    def add(self, value):
        if self.key is not None:
            if not isinstance(self.containers[-1], type({})):
                raise ValueError("unexpected element at line %d" % self.line())
            self.containers[-1][self.key] = value
            self.key = None
        elif not self.containers:
            self.root = value
        else:
            if not isinstance(self.containers[-1], type([])):
                raise ValueError("unexpected element at line %d" % self.line())
            self.containers[-1].append(value)

    def start(self, tag, attrs):
        self.text.clear()
        if tag == 'dict':
            value = self.dict_type()
        elif tag == 'array':
            value = []
        else:
            return
        self.add(value)
        self.containers.append(value)

    def end(self, tag):
        if tag == 'dict':
            if self.key:
                raise ValueError("missing value for key '%s' at line %d"
                                 % (self.key, self.line()))
            self.containers.pop()
        elif tag == 'array':
            self.containers.pop()
        elif tag == 'key':
            if self.key or not isinstance(self.containers[-1], type({})):
                raise ValueError("unexpected key at line %d" % self.line())
            self.key = self.take_text()
        elif tag == 'true':
            self.add(True)
        elif tag == 'false':
            self.add(False)
        elif tag == 'integer':
            raw = self.take_text()
            if raw[:2] in ('0x', '0X'):
                self.add(int(raw, 16))
            else:
                self.add(int(raw))
        elif tag == 'real':
            self.add(float(self.take_text()))
        elif tag == 'string':
            self.add(self.take_text())
        elif tag == 'data':
            self.add(binascii.a2b_base64(self.take_text().encode('utf-8')))
        elif tag == 'date':
            self.add(_parse_date(self.take_text()))


class _XMLWriter:
    def __init__(self, fp, sort_keys=True, skipkeys=False):
        self.fp = fp
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.depth = 0

    def line(self, text):
        if text:
            if isinstance(text, str):
                text = text.encode('utf-8')
            self.fp.write(b'\t' * self.depth + text)
        self.fp.write(b'\n')

    def element(self, tag, text=None):
        if text is None:
            self.line('<%s/>' % tag)
        else:
            self.line('<%s>%s</%s>' % (tag, _xml_text(text), tag))

    def open(self, tag):
        self.line('<%s>' % tag)
        self.depth += 1

    def close(self, tag):
        self.depth -= 1
        self.line('</%s>' % tag)

    def write(self, value):
        self.fp.write(PLISTHEADER)
        self.line('<plist version="1.0">')
        self.value(value)
        self.line('</plist>')

    def value(self, value):
        if isinstance(value, str):
            self.element('string', value)
        elif value is True:
            self.element('true')
        elif value is False:
            self.element('false')
        elif isinstance(value, int):
            if not -(1 << 63) <= value < 1 << 64:
                raise OverflowError(value)
            self.element('integer', '%d' % value)
        elif isinstance(value, float):
            self.element('real', repr(value))
        elif isinstance(value, dict):
            self.mapping(value)
        elif isinstance(value, (bytes, bytearray)):
            self.data(value)
        elif isinstance(value, datetime.datetime):
            self.element('date', _format_date(value))
        elif isinstance(value, (tuple, list)):
            if not value:
                self.element('array')
                return
            self.open('array')
            for item in value:
                self.value(item)
            self.close('array')
        else:
            raise TypeError("unsupported type: %s" % type(value))

    def data(self, value):
        self.open('data')
        self.depth -= 1
        width = max(16, 76 - 8 * self.depth)
        chunk = width // 4 * 3
        for i in range(0, len(value), chunk):
            self.line(binascii.b2a_base64(value[i:i + chunk], newline=False))
        self.depth += 1
        self.close('data')

    def mapping(self, d):
        if not d:
            self.element('dict')
            return
        self.open('dict')
        items = sorted(d.items()) if self.sort_keys else d.items()
        for key, value in items:
            if not isinstance(key, str):
                if self.skipkeys:
                    continue
                raise TypeError("keys must be strings")
            self.element('key', key)
            self.value(value)
        self.close('dict')


def _looks_xml(header):
    starts = (b'<?xml', b'<plist')
    if header.startswith(starts):
        return True
    for bom, encoding in ((codecs.BOM_UTF8, 'utf-8'),
                          (codecs.BOM_UTF16_BE, 'utf-16-be'),
                          (codecs.BOM_UTF16_LE, 'utf-16-le')):
        if header.startswith(bom):
            for start in starts:
                if header.startswith(bom + start.decode('ascii').encode(encoding)):
                    return True
    return False


# ---------------------------------------------------------------- binary

_INT_CODES = {1: 'B', 2: 'H', 4: 'L', 8: 'Q'}
_EPOCH_2001 = datetime.datetime(2001, 1, 1)
_MISSING = object()


def _width(count):
    for size in (1, 2, 4):
        if count < 1 << (8 * size):
            return size
    return 8


class _BinaryReader:
    def __init__(self, dict_type):
        self.dict_type = dict_type

    def parse(self, fp):
        try:
            self.fp = fp
            fp.seek(-32, os.SEEK_END)
            trailer = fp.read(32)
            if len(trailer) != 32:
                raise InvalidFileException()
            offset_size, self.ref_size, count, top, table = struct.unpack(
                '>6xBBQQQ', trailer)
            fp.seek(table)
            self.offsets = self.ints(count, offset_size)
            self.objects = [_MISSING] * count
            return self.object(top)
        except (OSError, IndexError, struct.error, OverflowError, ValueError):
            raise InvalidFileException()

    def ints(self, n, size):
        data = self.fp.read(size * n)
        code = _INT_CODES.get(size)
        if code is not None:
            return struct.unpack('>%d%s' % (n, code), data)
        if not size or len(data) != size * n:
            raise InvalidFileException()
        return tuple(int.from_bytes(data[i:i + size], 'big')
                     for i in range(0, size * n, size))

    def length(self, low):
        if low != 0xF:
            return low
        size = 1 << (self.fp.read(1)[0] & 3)
        return struct.unpack('>' + _INT_CODES[size], self.fp.read(size))[0]

    def exact(self, n):
        data = self.fp.read(n)
        if len(data) != n:
            raise InvalidFileException()
        return data

    def object(self, ref):
        found = self.objects[ref]
        if found is not _MISSING:
            return found
        self.fp.seek(self.offsets[ref])
        token = self.fp.read(1)[0]
        high, low = token & 0xF0, token & 0x0F
        if token == 0x00:
            result = None
        elif token == 0x08:
            result = False
        elif token == 0x09:
            result = True
        elif token == 0x0F:
            result = b''
        elif high == 0x10:
            result = int.from_bytes(self.fp.read(1 << low), 'big',
                                    signed=low >= 3)
        elif token == 0x22:
            result = struct.unpack('>f', self.fp.read(4))[0]
        elif token == 0x23:
            result = struct.unpack('>d', self.fp.read(8))[0]
        elif token == 0x33:
            seconds = struct.unpack('>d', self.fp.read(8))[0]
            result = _EPOCH_2001 + datetime.timedelta(seconds=seconds)
        elif high == 0x40:
            result = self.exact(self.length(low))
        elif high == 0x50:
            result = self.exact(self.length(low)).decode('ascii')
        elif high == 0x60:
            result = self.exact(self.length(low) * 2).decode('utf-16be')
        elif high == 0x80:
            result = UID(int.from_bytes(self.fp.read(1 + low), 'big'))
        elif high == 0xA0:
            refs = self.ints(self.length(low), self.ref_size)
            result = self.objects[ref] = []
            result.extend(self.object(r) for r in refs)
        elif high == 0xD0:
            n = self.length(low)
            keys = self.ints(n, self.ref_size)
            values = self.ints(n, self.ref_size)
            result = self.objects[ref] = self.dict_type()
            try:
                for k, v in zip(keys, values):
                    result[self.object(k)] = self.object(v)
            except TypeError:
                raise InvalidFileException()
        else:
            raise InvalidFileException()
        self.objects[ref] = result
        return result


_SHARED = (str, int, float, datetime.datetime, bytes)


class _BinaryWriter:
    def __init__(self, fp, sort_keys=True, skipkeys=False):
        self.fp = fp
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys

    def write(self, value):
        # number every object first: equal scalars share one entry,
        # containers are numbered by identity
        self.objects = []
        self.by_value = {}
        self.by_id = {}
        self.number(value)
        count = len(self.objects)
        self.ref_code = _INT_CODES[_width(count)]
        offsets = []
        fp = self.fp
        fp.write(b'bplist00')
        for obj in self.objects:
            offsets.append(fp.tell())
            self.emit(obj)
        table = fp.tell()
        offset_size = _width(table)
        fp.write(struct.pack('>%d%s' % (count, _INT_CODES[offset_size]), *offsets))
        fp.write(struct.pack('>5xBBBQQQ', 0, offset_size, _width(count), count,
                             self.ref(value), table))

    def ref(self, value):
        if isinstance(value, _SHARED):
            return self.by_value[(type(value), value)]
        return self.by_id[id(value)]

    def items(self, d):
        pairs = sorted(d.items()) if self.sort_keys else d.items()
        out = []
        for k, v in pairs:
            if not isinstance(k, str):
                if self.skipkeys:
                    continue
                raise TypeError("keys must be strings")
            out.append((k, v))
        return out

    def number(self, value):
        if isinstance(value, _SHARED):
            key = (type(value), value)
            if key in self.by_value:
                return
            self.by_value[key] = len(self.objects)
        else:
            if id(value) in self.by_id:
                return
            self.by_id[id(value)] = len(self.objects)
        self.objects.append(value)
        if isinstance(value, dict):
            pairs = self.items(value)
            for k, _ in pairs:
                self.number(k)
            for _, v in pairs:
                self.number(v)
        elif isinstance(value, (list, tuple)):
            for item in value:
                self.number(item)

    def header(self, kind, n):
        if n < 15:
            self.fp.write(bytes([kind | n]))
        else:
            size = _width(n)
            self.fp.write(struct.pack('>BB' + _INT_CODES[size], kind | 0xF,
                                      0x10 | (size.bit_length() - 1), n))

    def refs(self, values):
        self.fp.write(struct.pack('>%d%s' % (len(values), self.ref_code),
                                  *[self.ref(v) for v in values]))

    def emit(self, value):
        w = self.fp.write
        if value is None:
            w(b'\x00')
        elif value is False:
            w(b'\x08')
        elif value is True:
            w(b'\x09')
        elif isinstance(value, int):
            if value < 0:
                if value < -(1 << 63):
                    raise OverflowError(value)
                w(b'\x13' + value.to_bytes(8, 'big', signed=True))
            elif value < 1 << 63:
                size = _width(value)
                w(bytes([0x10 | (size.bit_length() - 1)])
                  + value.to_bytes(size, 'big'))
            elif value < 1 << 64:
                w(b'\x14' + value.to_bytes(16, 'big', signed=True))
            else:
                raise OverflowError(value)
        elif isinstance(value, float):
            w(struct.pack('>Bd', 0x23, value))
        elif isinstance(value, datetime.datetime):
            w(struct.pack('>Bd', 0x33, (value - _EPOCH_2001).total_seconds()))
        elif isinstance(value, (bytes, bytearray)):
            self.header(0x40, len(value))
            w(value)
        elif isinstance(value, str):
            if value.isascii():
                self.header(0x50, len(value))
                w(value.encode('ascii'))
            else:
                data = value.encode('utf-16be')
                self.header(0x60, len(data) // 2)
                w(data)
        elif isinstance(value, UID):
            n = value.data
            if n < 0:
                raise ValueError("UIDs must be positive")
            if n >= 1 << 64:
                raise OverflowError(value)
            size = _width(n)
            w(bytes([0x80 | (size - 1)]) + n.to_bytes(size, 'big'))
        elif isinstance(value, (list, tuple)):
            self.header(0xA0, len(value))
            self.refs(value)
        elif isinstance(value, dict):
            pairs = self.items(value)
            self.header(0xD0, len(pairs))
            self.refs([k for k, _ in pairs])
            self.refs([v for _, v in pairs])
        else:
            raise TypeError(value)


def _looks_binary(header):
    return header[:8] == b'bplist00'


_FORMATS = {
    FMT_XML: (_looks_xml, _XMLReader, _XMLWriter),
    FMT_BINARY: (_looks_binary, _BinaryReader, _BinaryWriter),
}


def load(fp, *, fmt=None, dict_type=dict):
    """Read a plist from the readable binary file fp and return its root."""
    if fmt is None:
        header = fp.read(32)
        fp.seek(0)
        for looks, reader, _ in _FORMATS.values():
            if looks(header):
                break
        else:
            raise InvalidFileException()
    else:
        reader = _FORMATS[fmt][1]
    return reader(dict_type=dict_type).parse(fp)


def loads(value, *, fmt=None, dict_type=dict):
    """Read a plist from bytes and return its root."""
    return load(BytesIO(value), fmt=fmt, dict_type=dict_type)


def dump(value, fp, *, fmt=FMT_XML, sort_keys=True, skipkeys=False):
    """Write value as a plist to the writable binary file fp."""
    if fmt not in _FORMATS:
        raise ValueError("Unsupported format: %r" % (fmt,))
    _FORMATS[fmt][2](fp, sort_keys=sort_keys, skipkeys=skipkeys).write(value)


def dumps(value, *, fmt=FMT_XML, skipkeys=False, sort_keys=True):
    """Return value as the bytes of a plist."""
    fp = BytesIO()
    dump(value, fp, fmt=fmt, skipkeys=skipkeys, sort_keys=sort_keys)
    return fp.getvalue()
