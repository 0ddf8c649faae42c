"""A collection of string constants."""

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template:
    """`$name`, `${name}` and `$$` substitution (the default placeholder syntax; a custom
    `pattern` or `idpattern` needs regular expressions and is refused)."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        if ('pattern' in cls.__dict__ or cls.idpattern != Template.idpattern
                or cls.braceidpattern is not None):
            raise NotImplementedError("string.Template with a custom pattern")

    def __init__(self, template):
        self.template = template

    def _ident_end(self, i):
        s = self.template
        if i < len(s) and (s[i] == '_' or (s[i].isascii() and s[i].isalpha())):
            i += 1
            while i < len(s) and (s[i] == '_' or (s[i].isascii() and s[i].isalnum())):
                i += 1
        return i

    def _pieces(self):
        """Yields ('text', s), ('name', name, raw) and ('invalid', position)."""
        s = self.template
        d = self.delimiter
        i = 0
        start = 0
        while True:
            j = s.find(d, i)
            if j < 0:
                break
            if j > start:
                yield ('text', s[start:j])
            k = j + len(d)
            if s.startswith(d, k):
                yield ('text', d)
                i = start = k + len(d)
                continue
            end = self._ident_end(k)
            if end > k:
                yield ('name', s[k:end], s[j:end])
                i = start = end
                continue
            if s.startswith('{', k):
                end = self._ident_end(k + 1)
                if end > k + 1 and s.startswith('}', end):
                    yield ('name', s[k + 1:end], s[j:end + 1])
                    i = start = end + 1
                    continue
            yield ('invalid', k)
            i = start = k
            yield ('text', d)
        if start < len(s):
            yield ('text', s[start:])

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap2(kws, mapping)
        out = []
        for piece in self._pieces():
            if piece[0] == 'text':
                out.append(piece[1])
            elif piece[0] == 'name':
                out.append('%s' % (mapping[piece[1]],))
            else:
                self._invalid(piece[1])
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap2(kws, mapping)
        out = []
        for piece in self._pieces():
            if piece[0] == 'text':
                out.append(piece[1])
            elif piece[0] == 'name':
                try:
                    out.append('%s' % (mapping[piece[1]],))
                except KeyError:
                    out.append(piece[2])
        return ''.join(out)

    def is_valid(self):
        return all(p[0] != 'invalid' for p in self._pieces())

    def get_identifiers(self):
        ids = []
        for piece in self._pieces():
            if piece[0] == 'name' and piece[1] not in ids:
                ids.append(piece[1])
            elif piece[0] == 'invalid':
                self._invalid(piece[1])
        return ids


class _ChainMap2:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]
