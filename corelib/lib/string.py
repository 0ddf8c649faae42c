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


class Formatter:
    """str.format's machinery as overridable steps: parse the format string, look the
    fields up (get_field/get_value), convert (!r/!s/!a) and format them."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, depth, auto_index=0):
        # auto_index is the next automatic field number, or False once a field was numbered
        # by hand (the two cannot be mixed); nested specs ("{0:{1}}") are expanded first.
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_index)
                auto_index += 1
            elif field_name.isdigit():
                if auto_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            spec, auto_index = self._vformat(spec, args, kwargs, used_args, depth - 1,
                                             auto_index)
            out.append(self.format_field(obj, spec))
        return ''.join(out), auto_index

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) tuples, as str.format sees
        the string; field_name is None after trailing literal text."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))


def _parse_format(s):
    n = len(s)
    i = 0
    start = 0  # where the pending literal text begins
    while i < n:
        c = s[i]
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                yield s[start:i + 1], None, None, None
                i += 2
                start = i
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            i += 1
            continue
        if i + 1 < n and s[i + 1] == '{':
            yield s[start:i + 1], None, None, None
            i += 2
            start = i
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        literal = s[start:i]
        # The field name runs to '!', ':' or '}'; a [key] inside it may hold any of them.
        j = i + 1
        while j < n and s[j] not in '!:}':
            if s[j] == '[':
                while j < n and s[j] != ']':
                    j += 1
            elif s[j] == '{':
                raise ValueError("unexpected '{' in field name")
            j += 1
        if j >= n:
            raise ValueError("expected '}' before end of string")
        name = s[i + 1:j]
        conversion = None
        if s[j] == '!':
            if j + 1 >= n:
                raise ValueError("end of string while looking for conversion specifier")
            if s[j + 1] == '}':
                raise ValueError("unmatched '{' in format spec")
            conversion = s[j + 1]
            j += 2
            if j >= n:
                raise ValueError("expected '}' before end of string")
            if s[j] not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        spec = ''
        if s[j] == ':':
            k = j + 1
            depth = 1
            while k < n:
                if s[k] == '{':
                    depth += 1
                elif s[k] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            if k >= n:
                raise ValueError("expected '}' before end of string")
            spec = s[j + 1:k]
            j = k
        yield literal, name, spec, conversion
        i = j + 1
        start = i
    if start < n:
        yield s[start:], None, None, None


def _split_field_name(name):
    """'a.b[0]' -> ('a', iterator of (True, 'b'), (False, 0)); a numeric first part is an
    int."""
    n = len(name)
    i = 0
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdecimal():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        else:
            j = name.find(']', i + 1)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdecimal() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)
