"""Tokenization of Python source, as CPython 3.11's pure-Python tokenizer reports it:
`generate_tokens(readline)` over str lines, `tokenize(readline)` over bytes lines (an ENCODING
token first), `untokenize`, `detect_encoding` and `open`."""

import re
import sys
from codecs import lookup, BOM_UTF8
from collections import namedtuple
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = list(tok_name.values()) + ['tokenize', 'generate_tokens', 'detect_encoding',
                                     'untokenize', 'TokenInfo', 'TokenError', 'open']

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)


class TokenInfo(namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        kind = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)'
                % self._replace(type=kind))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


def _group(*choices):
    return '(' + '|'.join(choices) + ')'


def _prefixes():
    """Every spelling (any letter case) of the string prefixes, '' included."""
    out = {''}
    for p in ('b', 'r', 'u', 'f', 'br', 'fr'):
        for order in {p, p[::-1]}:
            spellings = ['']
            for ch in order:
                spellings = [s + c for s in spellings for c in (ch, ch.upper())]
            out.update(spellings)
    return out


_PREFIXES = _prefixes()
_prefix = _group(*sorted(_PREFIXES, key=len, reverse=True))

_Whitespace = r'[ \f\t]*'
_Comment = r'#[^\r\n]*'
_Name = r'\w+'
_Hex = r'0[xX](?:_?[0-9a-fA-F])+'
_Bin = r'0[bB](?:_?[01])+'
_Oct = r'0[oO](?:_?[0-7])+'
_Dec = r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'
_Digits = r'[0-9](?:_?[0-9])*'
_Exponent = r'[eE][-+]?' + _Digits
_Point = _group(_Digits + r'\.(?:' + _Digits + r')?', r'\.' + _Digits) + '(?:' + _Exponent + ')?'
_Float = _group(_Point, _Digits + _Exponent)
_Imag = _group(_Digits + r'[jJ]', _Float + r'[jJ]')
_Number = _group(_Imag, _Float, _Hex, _Bin, _Oct, _Dec)

# The rest of a string after its opening quote(s).
_ENDS = {
    "'": r"[^'\\]*(?:\\.[^'\\]*)*'",
    '"': r'[^"\\]*(?:\\.[^"\\]*)*"',
    "'''": r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''",
    '"""': r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""',
}
_endpats = {quote: re.compile(pat, re.DOTALL) for quote, pat in _ENDS.items()}
_Triple = _group(_prefix + "'''", _prefix + '"""')
# A one-line string, or one continued by a backslash at the end of the line.
_ContStr = _group(_prefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + _group("'", r'\\\r?\n'),
                  _prefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + _group('"', r'\\\r?\n'))
_Special = _group(*(re.escape(op) for op in sorted(EXACT_TOKEN_TYPES, key=len, reverse=True)))
_Funny = _group(r'\r?\n', _Special)
_PseudoExtras = _group(r'\\\r?\n|\Z', _Comment, _Triple)
_PseudoToken = _Whitespace + _group(_PseudoExtras, _Number, _Funny, _ContStr, _Name)
_pseudo = re.compile(_PseudoToken, re.UNICODE)

_triple_quoted = {p + q for p in _PREFIXES for q in ("'''", '"""')}
_single_quoted = {p + q for p in _PREFIXES for q in ("'", '"')}
_TABSIZE = 8


def _get_normal_name(orig_enc):
    enc = orig_enc[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    if enc in ('latin-1', 'iso-8859-1', 'iso-latin-1') or \
            enc.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return orig_enc


def detect_encoding(readline):
    """The source encoding (from a BOM or a coding cookie in the first two lines; utf-8
    otherwise) and the lines read to find it."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom_found = False
    default = 'utf-8'

    def read_or_stop():
        try:
            return readline()
        except StopIteration:
            return b''

    def find_cookie(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = 'invalid or missing encoding declaration'
            if filename is not None:
                msg = '{} for {!r}'.format(msg, filename)
            raise SyntaxError(msg)
        match = cookie_re.match(text)
        if not match:
            return None
        encoding = _get_normal_name(match.group(1))
        try:
            lookup(encoding)
        except LookupError:
            if filename is None:
                msg = 'unknown encoding: ' + encoding
            else:
                msg = 'unknown encoding for {!r}: {}'.format(filename, encoding)
            raise SyntaxError(msg)
        if bom_found:
            if encoding != 'utf-8':
                if filename is None:
                    msg = 'encoding problem: utf-8'
                else:
                    msg = 'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(msg)
            encoding += '-sig'
        return encoding

    first = read_or_stop()
    if first.startswith(BOM_UTF8):
        bom_found = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = find_cookie(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read_or_stop()
    if not second:
        return default, [first]
    encoding = find_cookie(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def open(filename):
    """Open a source file read-only as text in the encoding detect_encoding() finds."""
    import builtins
    import io
    buffer = builtins.open(filename, 'rb')
    try:
        encoding, lines = detect_encoding(buffer.readline)
        buffer.seek(0)
        text = io.TextIOWrapper(buffer, encoding, line_buffering=True)
        text.mode = 'r'
        return text
    except BaseException:
        buffer.close()
        raise


def tokenize(readline):
    """Tokens of the source read as bytes lines by `readline`, an ENCODING token first."""
    encoding, consumed = detect_encoding(readline)
    pending = list(consumed)

    def lines():
        while pending:
            yield pending.pop(0)
        while True:
            try:
                line = readline()
            except StopIteration:
                return
            if not line:
                return
            yield line

    it = lines()

    def next_line():
        return next(it, b'')

    return _tokenize(next_line, encoding)


def generate_tokens(readline):
    """Tokens of the source read as str lines by `readline`."""
    return _tokenize(readline, None)


def _tokenize(readline, encoding):
    lnum = parenlev = 0
    continued = False
    indents = [0]
    contstr = ''
    needcont = False
    contline = None
    strstart = None
    endprog = None
    last_line = b'' if encoding is not None else ''
    line = last_line
    if encoding is not None:
        if encoding == 'utf-8-sig':
            encoding = 'utf-8'
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    while True:
        try:
            last_line = line
            line = readline()
        except StopIteration:
            line = b'' if encoding is not None else ''
        if encoding is not None and isinstance(line, bytes):
            line = line.decode(encoding)
        lnum += 1
        pos, maximum = 0, len(line)

        if contstr:
            # Inside a string begun on an earlier line.
            if not line:
                raise TokenError('EOF in multi-line string', strstart)
            m = endprog.match(line)
            if m:
                pos = end = m.end(0)
                yield TokenInfo(STRING, contstr + line[:end], strstart, (lnum, end),
                                contline + line)
                contstr, needcont = '', False
                contline = None
            elif needcont and not line.endswith(('\\\n', '\\\r\n')):
                yield TokenInfo(ERRORTOKEN, contstr + line, strstart, (lnum, len(line)),
                                contline)
                contstr = ''
                contline = None
                continue
            else:
                contstr += line
                contline += line
                continue

        elif parenlev == 0 and not continued:
            # The start of a statement: its indentation.
            if not line:
                break
            column = 0
            while pos < maximum:
                c = line[pos]
                if c == ' ':
                    column += 1
                elif c == '\t':
                    column = (column // _TABSIZE + 1) * _TABSIZE
                elif c == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == maximum:
                break
            if line[pos] in '#\r\n':
                # A comment-only or blank line does not change the indentation.
                if line[pos] == '#':
                    comment = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, comment, (lnum, pos),
                                    (lnum, pos + len(comment)), line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        'unindent does not match any outer indentation level',
                        ('<tokenize>', lnum, pos, line))
                indents = indents[:-1]
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)

        else:
            # A statement continued from the previous line.
            if not line:
                raise TokenError('EOF in multi-line statement', (lnum, 0))
            continued = False

        while pos < maximum:
            m = _pseudo.match(line, pos)
            if not m:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, end = m.span(1)
            spos, epos, pos = (lnum, start), (lnum, end), end
            if start == end:
                continue
            tok, initial = line[start:end], line[start]
            if initial in '0123456789' or (initial == '.' and tok not in ('.', '...')):
                yield TokenInfo(NUMBER, tok, spos, epos, line)
            elif initial in '\r\n':
                yield TokenInfo(NL if parenlev > 0 else NEWLINE, tok, spos, epos, line)
            elif initial == '#':
                yield TokenInfo(COMMENT, tok, spos, epos, line)
            elif tok in _triple_quoted:
                endprog = _endpats[tok[-3:]]
                m = endprog.match(line, pos)
                if m:
                    pos = m.end(0)
                    yield TokenInfo(STRING, line[start:pos], spos, (lnum, pos), line)
                else:
                    strstart = (lnum, start)
                    contstr = line[start:]
                    contline = line
                    break
            elif (initial in _single_quoted or tok[:2] in _single_quoted
                  or tok[:3] in _single_quoted):
                if tok[-1] == '\n':
                    # The string goes on after a backslash at the end of the line.
                    strstart = (lnum, start)
                    quote = initial if initial in '\'"' else (
                        tok[1] if tok[1] in '\'"' else tok[2])
                    endprog = _endpats[quote]
                    contstr, needcont = line[start:], True
                    contline = line
                    break
                yield TokenInfo(STRING, tok, spos, epos, line)
            elif initial.isidentifier():
                yield TokenInfo(NAME, tok, spos, epos, line)
            elif initial == '\\':
                continued = True
            else:
                if initial in '([{':
                    parenlev += 1
                elif initial in ')]}':
                    parenlev -= 1
                yield TokenInfo(OP, tok, spos, epos, line)

    # A last line without its newline still ends its statement.
    if last_line and last_line[-1] not in '\r\n' and not last_line.strip().startswith('#'):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(last_line)), (lnum - 1, len(last_line) + 1),
                        '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def untokenize(iterable):
    """Source text from tokens: full 5-tuples keep their spacing; (type, string) pairs get
    a plain spacing. Bytes when the tokens begin with an ENCODING token."""
    out = []
    prev_row, prev_col = 1, 0
    encoding = None
    indents = []
    startline = False
    compat = False
    prev_type = None
    for tok in iterable:
        if len(tok) == 2:
            compat = True
        if compat:
            kind, text = tok[:2]
            if kind == ENCODING:
                encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += ' '
            if kind == STRING and prev_type == STRING:
                text = ' ' + text
            if kind == INDENT:
                indents.append(text)
                prev_type = kind
                continue
            if kind == DEDENT:
                indents.pop()
                prev_type = kind
                continue
            if kind in (NEWLINE, NL):
                startline = True
            elif startline and indents:
                out.append(indents[-1])
                startline = False
            out.append(text)
            prev_type = kind
            continue
        kind, text, start, end, line = tok
        if kind == ENCODING:
            encoding = text
            continue
        if kind == ENDMARKER:
            break
        row, col = start
        if row < prev_row or (row == prev_row and col < prev_col):
            raise ValueError('start ({},{}) precedes previous end ({},{})'
                             .format(row, col, prev_row, prev_col))
        if row > prev_row:
            out.append('\\\n' * (row - prev_row))
            prev_col = 0
        if col > prev_col:
            out.append(' ' * (col - prev_col))
        out.append(text)
        prev_row, prev_col = end
        if kind in (NEWLINE, NL):
            prev_row += 1
            prev_col = 0
    result = ''.join(out)
    if encoding is not None:
        result = result.encode(encoding)
    return result


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?', metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    args = parser.parse_args()
    if args.filename:
        import builtins
        with builtins.open(args.filename, 'rb') as f:
            tokens = list(tokenize(f.readline))
    else:
        tokens = list(generate_tokens(sys.stdin.readline))
    for token in tokens:
        kind = token.exact_type if args.exact else token.type
        where = '%d,%d-%d,%d:' % (token.start + token.end)
        print('%-20s%-15s%-15r' % (where, tok_name[kind], token.string))


if __name__ == '__main__':
    main()
