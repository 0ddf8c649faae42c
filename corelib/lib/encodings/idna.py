"""IDNA 2003 (RFC 3490): internationalized domain names, each label
nameprepped (RFC 3491) and Punycode-encoded behind the "xn--" prefix."""

import codecs
import re
import stringprep
import unicodedata

import _stringprep_data

# the label separators: full stop, ideographic, fullwidth and halfwidth
dots = re.compile("[\u002E\u3002\uFF0E\uFF61]")

ace_prefix = b"xn--"
sace_prefix = "xn--"

_PROHIBITED = (stringprep.in_table_c12, stringprep.in_table_c22,
               stringprep.in_table_c3, stringprep.in_table_c4,
               stringprep.in_table_c5, stringprep.in_table_c6,
               stringprep.in_table_c7, stringprep.in_table_c8,
               stringprep.in_table_c9)


def _nfkc_32(text):
    """NFKC as Unicode 3.2 has it (the nameprep profile fixes 3.2).
    Characters unassigned in 3.2 are starters that compose with nothing, so
    the runs between them normalize apart; the few characters whose mapping
    was corrected later keep their 3.2 one."""
    fixes = _stringprep_data.NFKC32
    text = ''.join(fixes.get(ord(c), c) for c in text)
    out = []
    run = []
    for c in text:
        if stringprep.in_table_a1(c):
            out.append(unicodedata.normalize("NFKC", ''.join(run)))
            out.append(c)
            run = []
        else:
            run.append(c)
    out.append(unicodedata.normalize("NFKC", ''.join(run)))
    return ''.join(out)


def nameprep(label):
    label = ''.join(stringprep.map_table_b2(c) for c in label
                    if not stringprep.in_table_b1(c))
    label = _nfkc_32(label)
    for c in label:
        for prohibited in _PROHIBITED:
            if prohibited(c):
                raise UnicodeError("Invalid character %r" % c)
    rtl = [stringprep.in_table_d1(c) for c in label]
    if any(rtl):
        if any(stringprep.in_table_d2(c) for c in label):
            raise UnicodeError("Violation of BIDI requirement 2")
        if not rtl[0] or not rtl[-1]:
            raise UnicodeError("Violation of BIDI requirement 3")
    return label


def _sized(label):
    if 0 < len(label) < 64:
        return label
    raise UnicodeError("label empty or too long")


def ToASCII(label):
    try:
        return _sized(label.encode("ascii"))
    except UnicodeEncodeError:
        pass
    label = nameprep(label)
    try:
        return _sized(label.encode("ascii"))
    except UnicodeEncodeError:
        pass
    if label.startswith(sace_prefix):
        raise UnicodeError("Label starts with ACE prefix")
    return _sized(ace_prefix + label.encode("punycode"))


def ToUnicode(label):
    if not isinstance(label, bytes):
        try:
            label = label.encode("ascii")
        except UnicodeError:
            label = nameprep(label)
            try:
                label = label.encode("ascii")
            except UnicodeError:
                raise UnicodeError("Invalid character in IDN label")
    if not label.startswith(ace_prefix):
        return str(label, "ascii")
    result = label[len(ace_prefix):].decode("punycode")
    again = ToASCII(result)
    if str(label, "ascii").lower() != str(again, "ascii"):
        raise UnicodeError("IDNA does not round-trip", label, again)
    return result


def _split_last(labels, dot, final):
    """Drop an empty last label (a trailing dot) or, before the final
    piece, a last label that may be incomplete; return the dot to add."""
    if labels:
        if not labels[-1]:
            del labels[-1]
            return dot
        if not final:
            del labels[-1]
            if labels:
                return dot
    return dot[:0]


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        if errors != 'strict':
            raise UnicodeError("unsupported error handling " + errors)
        if not input:
            return b'', 0
        try:
            result = input.encode('ascii')
        except UnicodeEncodeError:
            pass
        else:
            labels = result.split(b'.')
            for label in labels[:-1]:
                if not 0 < len(label) < 64:
                    raise UnicodeError("label empty or too long")
            if len(labels[-1]) >= 64:
                raise UnicodeError("label too long")
            return result, len(input)
        labels = dots.split(input)
        tail = b''
        if labels and not labels[-1]:
            tail = b'.'
            del labels[-1]
        return b'.'.join(ToASCII(label) for label in labels) + tail, len(input)

    def decode(self, input, errors='strict'):
        if errors != 'strict':
            raise UnicodeError("Unsupported error handling " + errors)
        if not input:
            return "", 0
        if not isinstance(input, bytes):
            input = bytes(input)
        if ace_prefix not in input:
            try:
                return input.decode('ascii'), len(input)
            except UnicodeDecodeError:
                pass
        labels = input.split(b".")
        tail = ''
        if labels and not labels[-1]:
            tail = '.'
            del labels[-1]
        return ".".join(ToUnicode(label) for label in labels) + tail, len(input)


class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        if errors != 'strict':
            raise UnicodeError("unsupported error handling " + errors)
        if not input:
            return b'', 0
        labels = dots.split(input)
        tail = _split_last(labels, b'.', final)
        size = sum(len(label) for label in labels) + max(len(labels) - 1, 0)
        result = b'.'.join(ToASCII(label) for label in labels) + tail
        return result, size + len(tail)


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        if errors != 'strict':
            raise UnicodeError("Unsupported error handling " + errors)
        if not input:
            return "", 0
        if isinstance(input, str):
            labels = dots.split(input)
        else:
            labels = str(input, "ascii").split(".")
        tail = _split_last(labels, '.', final)
        size = sum(len(label) for label in labels) + max(len(labels) - 1, 0)
        result = ".".join(ToUnicode(label) for label in labels) + tail
        return result, size + len(tail)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name='idna', encode=Codec().encode, decode=Codec().decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter, streamreader=StreamReader)
