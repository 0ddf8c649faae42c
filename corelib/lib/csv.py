"""CSV files (RFC 4180 and the dialects around it): reader, writer, DictReader, DictWriter and
the dialect registry, with CPython 3.11's behaviour and messages.

The reader is a state machine fed one character at a time (a line at a time for lines with
no quoting, escapes or spaces to skip); the writer quotes or escapes each field as the
dialect asks; Sniffer guesses a dialect from a sample."""

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect',
           'excel', 'excel_tab', 'field_size_limit', 'reader', 'writer', 'register_dialect',
           'get_dialect', 'list_dialects', 'unregister_dialect', '__version__', 'DictReader',
           'DictWriter', 'unix_dialect', 'Sniffer']

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = '_csv'

_field_limit = 128 * 1024
_dialects = {}
_NOT_SET = object()
_ATTRS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting',
          'skipinitialspace', 'strict')


def _char(name, value, default, allow_none):
    if value is _NOT_SET:
        return default
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        kind = 'string or None' if allow_none else 'string'
        raise TypeError(f'"{name}" must be {kind}, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


class _Dialect:
    """A checked, read-only dialect (what `reader(...).dialect` and `get_dialect` give)."""

    __slots__ = _ATTRS

    def __init__(self, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _ATTRS:
                raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def get(name):
            value = kwargs.get(name, _NOT_SET)
            if value is _NOT_SET and dialect is not None:
                value = getattr(dialect, name, _NOT_SET)
            return value

        # Types are checked in CPython's order, then the combinations.
        set_ = object.__setattr__
        set_(self, 'delimiter', _char('delimiter', get('delimiter'), ',', False))
        doublequote = get('doublequote')
        set_(self, 'doublequote', True if doublequote is _NOT_SET else bool(doublequote))
        set_(self, 'escapechar', _char('escapechar', get('escapechar'), None, True))
        term = get('lineterminator')
        if term is _NOT_SET:
            term = '\r\n'
        elif term is not None and not isinstance(term, str):
            raise TypeError('"lineterminator" must be a string')
        quotechar = get('quotechar')
        set_(self, 'quotechar', _char('quotechar', quotechar, '"', True))
        quoting = get('quoting')
        if quotechar is None and quoting is _NOT_SET:
            # No quote character and no quoting asked for: nothing is quoted.
            quoting = QUOTE_NONE
        elif quoting is _NOT_SET:
            quoting = QUOTE_MINIMAL
        elif not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        skip = get('skipinitialspace')
        set_(self, 'skipinitialspace', False if skip is _NOT_SET else bool(skip))
        strict = get('strict')
        set_(self, 'strict', False if strict is _NOT_SET else bool(strict))
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        if term is None:
            raise TypeError('lineterminator must be set')
        set_(self, 'lineterminator', term)
        set_(self, 'quoting', quoting)

    def __setattr__(self, name, value):
        raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects is not writable")

    def __delattr__(self, name):
        raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects is not writable")


_Dialect.__name__ = _Dialect.__qualname__ = 'Dialect'
_Dialect.__module__ = '_csv'


class Dialect:
    """Describes a CSV dialect; subclass it and set the attributes (excel is the usual base)."""

    _name = ''
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of an Excel-generated tab-separated file."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """The usual properties of a CSV file made on UNIX systems."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    global _field_limit
    if kwargs:
        raise TypeError('field_size_limit() takes no keyword arguments')
    if len(args) > 1:
        raise TypeError(f'field_size_limit() takes at most 1 argument ({len(args)} given)')
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


register_dialect('excel', excel)
register_dialect('excel-tab', excel_tab)
register_dialect('unix', unix_dialect)

# Reader states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None


class _Reader:
    """Iterates over the records of lines from `source`, each a list of fields."""

    def __init__(self, source, dialect):
        self._lines = iter(source)
        self.dialect = dialect
        self.line_num = 0
        self._state = _START_RECORD
        self._fields = []
        self._field = []
        self._numeric = False
        d = dialect
        self._quoted_specials = {c for c in (d.quotechar, d.escapechar) if c is not None}
        if d.skipinitialspace:
            self._quoted_specials.add(' ')
        self._quoted_specials.update('\r')
        self._quick = (d.escapechar is None and not d.skipinitialspace and d.doublequote
                       and d.quoting != QUOTE_NONE)

    def __iter__(self):
        return self

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            if field:
                field = float(field)
        self._fields.append(field)

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error(f'field larger than field limit ({_field_limit})')
        self._field.append(c)

    def _fast_line(self, line):
        """The fields of a line with nothing but delimiters to split on, else None."""
        body = line[:-1] if line.endswith('\n') else line
        if '\n' in body or any(c in body for c in self._quoted_specials):
            return None
        if not body:
            return []
        fields = body.split(self.dialect.delimiter)
        if self.dialect.quoting == QUOTE_NONNUMERIC or \
                any(len(f) > _field_limit for f in fields):
            return None
        return fields

    def _quoted_line(self, line):
        """The fields of a one-line record with quoted fields (doubled quotes inside), found
        with str.find instead of character by character; None for anything else."""
        body = line[:-1] if line.endswith('\n') else line
        if body.endswith('\r'):
            body = body[:-1]
        if '\r' in body or '\n' in body:
            return None
        d = self.dialect
        q, delim = d.quotechar, d.delimiter
        numeric = d.quoting == QUOTE_NONNUMERIC
        fields = []
        n = len(body)
        i = 0
        while i < n:
            if body[i] == q:
                j = i + 1
                parts = []
                while True:
                    k = body.find(q, j)
                    if k < 0:
                        return None
                    parts.append(body[j:k])
                    if k + 1 < n and body[k + 1] == q:
                        parts.append(q)
                        j = k + 2
                        continue
                    break
                field = ''.join(parts)
                i = k + 1
                if i < n and body[i] != delim:
                    return None
            else:
                k = body.find(delim, i)
                end = n if k < 0 else k
                field = body[i:end]
                if q in field:
                    return None
                if numeric and field:
                    field = float(field)
                i = end
            if isinstance(field, str) and len(field) > _field_limit:
                return None
            fields.append(field)
            if i >= n:
                return fields
            i += 1
        # The line ended with a delimiter (or was empty).
        if n:
            fields.append('')
        return fields

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error(f'iterator should return strings, not {type(line).__name__} '
                            f'(the file should be opened in text mode)')
            self.line_num += 1
            if self._state == _START_RECORD:
                fields = self._fast_line(line)
                if fields is None and self._quick:
                    fields = self._quoted_line(line)
                if fields is not None:
                    return fields
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                self._state = _START_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add('\n' if c is _EOL else c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            self._state = _IN_FIELD
            self._process(c)
        elif state == _IN_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add('\n' if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error('new-line character seen in unquoted field - do you need to '
                            'open the file in universal-newline mode?')


def _is_number(x):
    t = type(x)
    return (isinstance(x, (int, float, complex)) or hasattr(t, '__index__')
            or hasattr(t, '__float__') or hasattr(t, '__int__'))


class _Writer:
    """Writes rows as dialect-formatted lines to the file's `write` method."""

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect
        d = dialect
        specials = set(d.lineterminator)
        specials.update(c for c in (d.delimiter, d.quotechar, d.escapechar) if c is not None)
        self._specials = specials

    def _field(self, value, quoted):
        d = self.dialect
        specials = self._specials
        if not any(c in specials for c in value):
            return value, quoted
        out = []
        for c in value:
            if c in specials:
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(c)
        return ''.join(out), quoted

    def writerow(self, row):
        try:
            items = iter(row)
        except TypeError:
            raise Error(f'iterable expected, not {type(row).__name__}') from None
        d = self.dialect
        parts = []
        for value in items:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(value)
            else:
                quoted = d.quoting == QUOTE_ALL
            if value is None:
                text = ''
            elif isinstance(value, str):
                text = value
            else:
                text = str(value)
            text, quoted = self._field(text, quoted)
            if quoted:
                text = d.quotechar + text + d.quotechar
            parts.append(text)
        if len(parts) == 1 and parts[0] == '':
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect=None, **fmtparams):
    source = iter(csvfile)
    return _Reader(source, _Dialect(dialect, **fmtparams))


def writer(csvfile, dialect=None, **fmtparams):
    write = getattr(csvfile, 'write', None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(write, _Dialect(dialect, **fmtparams))


_Reader.__name__ = _Reader.__qualname__ = 'reader'
_Reader.__module__ = '_csv'
_Writer.__name__ = _Writer.__qualname__ = 'writer'
_Writer.__module__ = '_csv'


class DictReader:
    """Reads rows as dicts keyed by `fieldnames` (by default the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel',
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
            self.line_num = self.reader.line_num
        names = self.fieldnames
        d = dict(zip(names, row))
        lf, lr = len(names), len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in names[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows, their values in `fieldnames` order."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel',
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'")
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guesses a CSV file's dialect from a sample of its text, and whether it starts with a
    header row (the heuristics of CPython's csv.Sniffer, so the guesses agree)."""

    def __init__(self):
        # Delimiters tried in this order when several are equally plausible.
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing `sample`; `delimiters` limits the candidates."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """From quoted fields: the quote character, whether quotes are doubled inside fields,
        the delimiter next to the quotes and whether a space follows it."""
        import re
        # A quoted field between delimiters, at a line start, at a line end, or alone.
        patterns = (
            r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
            r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
            r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
            r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
        )
        found = []
        for pattern in patterns:
            found = list(re.finditer(pattern, data, re.DOTALL | re.MULTILINE))
            if found:
                break
        if not found:
            return ('', False, None, 0)
        quotes, delims, spaces = {}, {}, 0
        for m in found:
            groups = m.groupdict()
            q = groups['quote']
            if q:
                quotes[q] = quotes.get(q, 0) + 1
            if 'delim' not in groups:
                continue
            d = groups['delim']
            if d and (delimiters is None or d in delimiters):
                delims[d] = delims.get(d, 0) + 1
            if groups.get('space'):
                spaces += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        # A quote inside a field (three quotes between two delimiters) means doubled quotes.
        d, q = re.escape(delim), re.escape(quotechar)
        doubled = re.compile(r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)"
                             % (d, q, d, q, d, q, d), re.MULTILINE)
        doublequote = doubled.search(data) is not None
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """The character whose count per line is the same on (nearly) every line.

        Lines are examined ten at a time; for each ASCII character, the most common count
        per line (its mode) is weighed by how many lines agree with it, and a character
        whose mode holds on at least 90% of the lines (lowering the bar from 100% in
        steps of 1%) is a candidate."""
        lines = [line for line in data.split('\n') if line]
        chars = [chr(c) for c in range(127)]
        chunk = min(10, len(lines))
        counts = {}
        modes = {}
        delims = {}
        start, end, rounds = 0, chunk, 0
        while start < len(lines):
            rounds += 1
            for line in lines[start:end]:
                for ch in chars:
                    per = counts.setdefault(ch, {})
                    n = line.count(ch)
                    per[n] = per.get(n, 0) + 1
            for ch, per in counts.items():
                items = list(per.items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:
                    best = max(items, key=lambda item: item[1])
                    others = sum(item[1] for item in items if item is not best)
                    modes[ch] = (best[0], best[1] - others)
                else:
                    modes[ch] = items[0]
            total = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while not delims and consistency >= 0.9:
                for ch, (count, agree) in modes.items():
                    if count > 0 and agree > 0 and agree / total >= consistency and \
                            (delimiters is None or ch in delimiters):
                        delims[ch] = (count, agree)
                consistency -= 0.01
            if len(delims) == 1:
                delim = next(iter(delims))
                return (delim, lines[0].count(delim) == lines[0].count(delim + ' '))
            start = end
            end += chunk
        if not delims:
            return ('', 0)
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims:
                    return (d, lines[0].count(d) == lines[0].count(d + ' '))
        delim = max((v, k) for k, v in delims.items())[1]
        return (delim, lines[0].count(delim) == lines[0].count(delim + ' '))

    def has_header(self, sample):
        """Whether the first row looks like column names: in each column whose later values
        all have one type (a number, or strings of one length), a first-row value that does
        not fit counts for a header, one that fits counts against."""
        import io
        rows = reader(io.StringIO(sample), self.sniff(sample))
        header = next(rows)
        ncols = len(header)
        kinds = dict.fromkeys(range(ncols))
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != ncols:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if type(kind) is int:
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
