"""Support for CGI scripts: parse the query of a request (parse,
parse_multipart, parse_header) or read a whole form (FieldStorage).

Deprecated in Python 3.11 (removed in 3.13): importing it warns."""

import html
import locale
import os
import sys
import tempfile
import urllib.parse
import warnings
from collections.abc import Mapping
from email.message import Message
from io import BytesIO, StringIO, TextIOWrapper

__all__ = ["MiniFieldStorage", "FieldStorage", "parse", "parse_multipart",
           "parse_header", "test", "print_exception", "print_environ",
           "print_form", "print_directory", "print_arguments",
           "print_environ_usage"]

warnings.warn("'cgi' is deprecated and slated for removal in Python 3.13",
              DeprecationWarning, stacklevel=2)

# -- logging (deprecated since 3.10)

logfile = ""
logfp = None


def initlog(*allargs):
    """Log a message to logfile/logfp if set (then log becomes dolog), else
    switch logging off (log becomes nolog)."""
    global log, logfp
    warnings.warn("cgi.log() is deprecated as of 3.10. Use logging instead",
                  DeprecationWarning, stacklevel=2)
    if logfile and not logfp:
        try:
            logfp = open(logfile, "a", encoding="locale")
        except OSError:
            pass
    log = dolog if logfp else nolog
    log(*allargs)


def dolog(fmt, *args):
    logfp.write(fmt % args + "\n")


def nolog(*allargs):
    pass


def closelog():
    global log, logfile, logfp
    logfile = ''
    if logfp:
        logfp.close()
        logfp = None
    log = initlog


log = initlog

maxlen = 0


# -- parsing

def parse(fp=None, environ=os.environ, keep_blank_values=0,
          strict_parsing=0, separator='&'):
    """The query of the request environ describes (from QUERY_STRING, or
    read from fp for a POST) as a dict of lists, as urllib.parse.parse_qs."""
    if fp is None:
        fp = sys.stdin
    encoding = fp.encoding if hasattr(fp, 'encoding') else 'latin-1'
    if isinstance(fp, TextIOWrapper):
        fp = fp.buffer
    if 'REQUEST_METHOD' not in environ:
        environ['REQUEST_METHOD'] = 'GET'
    if environ['REQUEST_METHOD'] == 'POST':
        ctype, pdict = parse_header(environ['CONTENT_TYPE'])
        if ctype == 'multipart/form-data':
            return parse_multipart(fp, pdict, separator=separator)
        if ctype == 'application/x-www-form-urlencoded':
            clength = int(environ['CONTENT_LENGTH'])
            if maxlen and clength > maxlen:
                raise ValueError('Maximum content length exceeded')
            qs = fp.read(clength).decode(encoding)
        else:
            qs = ''
        extra = environ.get('QUERY_STRING')
        if extra is None and sys.argv[1:]:
            extra = sys.argv[1]
        if extra is not None:
            qs = qs + '&' + extra if qs else extra
        environ['QUERY_STRING'] = qs
    elif 'QUERY_STRING' in environ:
        qs = environ['QUERY_STRING']
    else:
        qs = sys.argv[1] if sys.argv[1:] else ""
        environ['QUERY_STRING'] = qs
    return urllib.parse.parse_qs(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, separator=separator)


def parse_multipart(fp, pdict, encoding="utf-8", errors="replace", separator='&'):
    """A multipart/form-data body as a dict of lists of values (str for
    plain fields, bytes for files)."""
    boundary = pdict['boundary'].decode('ascii')
    headers = Message()
    headers.set_type("multipart/form-data; boundary={}".format(boundary))
    if 'CONTENT-LENGTH' in pdict:
        headers['Content-Length'] = pdict['CONTENT-LENGTH']
    fs = FieldStorage(fp, headers=headers, encoding=encoding, errors=errors,
                      environ={'REQUEST_METHOD': 'POST'}, separator=separator)
    return {k: fs.getlist(k) for k in fs}


def _parseparam(s):
    """The ';'-separated parts of s (which starts with ';'), a ';' inside
    quotes not counting."""
    while s[:1] == ';':
        s = s[1:]
        end = s.find(';')
        while end > 0 and (s.count('"', 0, end) - s.count('\\"', 0, end)) % 2:
            end = s.find(';', end + 1)
        if end < 0:
            end = len(s)
        yield s[:end].strip()
        s = s[end:]


def parse_header(line):
    """A Content-Type-like header: (main value, dict of parameters)."""
    parts = _parseparam(';' + line)
    key = next(parts)
    pdict = {}
    for p in parts:
        i = p.find('=')
        if i >= 0:
            name = p[:i].strip().lower()
            value = p[i + 1:].strip()
            if len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1].replace('\\\\', '\\').replace('\\"', '"')
            pdict[name] = value
    return key, pdict


class MiniFieldStorage:
    """A field of an urlencoded form: just a name and a value."""

    filename = None
    list = None
    type = None
    file = None
    type_options = {}
    disposition = None
    disposition_options = {}
    headers = {}

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return "MiniFieldStorage(%r, %r)" % (self.name, self.value)


def _parse_headers(text):
    from email.parser import HeaderParser
    return HeaderParser().parsestr(text)


class FieldStorage:
    """A form (or, inside a multipart form, one part of it): a mapping of
    field names to MiniFieldStorage/FieldStorage items (a list of them for a
    repeated name), or, for a single part, its value/file/filename."""

    FieldStorageClass = None
    bufsize = 8 * 1024

    def __init__(self, fp=None, headers=None, outerboundary=b'',
                 environ=os.environ, keep_blank_values=0, strict_parsing=0,
                 limit=None, encoding='utf-8', errors='replace',
                 max_num_fields=None, separator='&'):
        method = 'GET'
        self.keep_blank_values = keep_blank_values
        self.strict_parsing = strict_parsing
        self.max_num_fields = max_num_fields
        self.separator = separator
        if 'REQUEST_METHOD' in environ:
            method = environ['REQUEST_METHOD'].upper()
        self.qs_on_post = None
        if method in ('GET', 'HEAD'):
            if 'QUERY_STRING' in environ:
                qs = environ['QUERY_STRING']
            elif sys.argv[1:]:
                qs = sys.argv[1]
            else:
                qs = ""
            fp = BytesIO(qs.encode(locale.getpreferredencoding(), 'surrogateescape'))
            if headers is None:
                headers = {'content-type': "application/x-www-form-urlencoded"}
        if headers is None:
            headers = {}
            if method == 'POST':
                headers['content-type'] = "application/x-www-form-urlencoded"
            if 'CONTENT_TYPE' in environ:
                headers['content-type'] = environ['CONTENT_TYPE']
            if 'QUERY_STRING' in environ:
                self.qs_on_post = environ['QUERY_STRING']
            if 'CONTENT_LENGTH' in environ:
                headers['content-length'] = environ['CONTENT_LENGTH']
        elif not isinstance(headers, (Mapping, Message)):
            raise TypeError("headers must be mapping or an instance of "
                            "email.message.Message")
        self.headers = headers
        if fp is None:
            self.fp = sys.stdin.buffer
        elif isinstance(fp, TextIOWrapper):
            self.fp = fp.buffer
        else:
            if not (hasattr(fp, 'read') and hasattr(fp, 'readline')):
                raise TypeError("fp must be file pointer")
            self.fp = fp
        self.encoding = encoding
        self.errors = errors
        if not isinstance(outerboundary, bytes):
            raise TypeError('outerboundary must be bytes, not %s'
                            % type(outerboundary).__name__)
        self.outerboundary = outerboundary
        self.bytes_read = 0
        self.limit = limit

        cdisp, pdict = "", {}
        if 'content-disposition' in self.headers:
            cdisp, pdict = parse_header(self.headers['content-disposition'])
        self.disposition = cdisp
        self.disposition_options = pdict
        self.name = pdict.get('name')
        self.filename = pdict.get('filename')
        self._binary_file = self.filename is not None

        if 'content-type' in self.headers:
            ctype, pdict = parse_header(self.headers['content-type'])
        elif self.outerboundary or method != 'POST':
            ctype, pdict = "text/plain", {}
        else:
            ctype, pdict = 'application/x-www-form-urlencoded', {}
        self.type = ctype
        self.type_options = pdict
        if 'boundary' in pdict:
            self.innerboundary = pdict['boundary'].encode(self.encoding, self.errors)
        else:
            self.innerboundary = b""

        clen = -1
        if 'content-length' in self.headers:
            try:
                clen = int(self.headers['content-length'])
            except ValueError:
                pass
            if maxlen and clen > maxlen:
                raise ValueError('Maximum content length exceeded')
        self.length = clen
        if self.limit is None and clen >= 0:
            self.limit = clen

        self.list = self.file = None
        self.done = 0
        if ctype == 'application/x-www-form-urlencoded':
            self.read_urlencoded()
        elif ctype[:10] == 'multipart/':
            self.read_multi(environ, keep_blank_values, strict_parsing)
        else:
            self.read_single()

    def __del__(self):
        try:
            self.file.close()
        except AttributeError:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.file.close()

    def __repr__(self):
        return "FieldStorage(%r, %r, %r)" % (self.name, self.filename, self.value)

    def __iter__(self):
        return iter(self.keys())

    def __getattr__(self, name):
        if name != 'value':
            raise AttributeError(name)
        if self.file:
            self.file.seek(0)
            value = self.file.read()
            self.file.seek(0)
            return value
        return self.list

    def _indexable(self, what="not indexable"):
        if self.list is None:
            raise TypeError(what)

    def __getitem__(self, key):
        self._indexable()
        found = [item for item in self.list if item.name == key]
        if not found:
            raise KeyError(key)
        return found[0] if len(found) == 1 else found

    def getvalue(self, key, default=None):
        """The value (or list of values) of field key, else default."""
        if key not in self:
            return default
        value = self[key]
        if isinstance(value, list):
            return [x.value for x in value]
        return value.value

    def getfirst(self, key, default=None):
        """The first value of field key, else default."""
        if key not in self:
            return default
        value = self[key]
        return value[0].value if isinstance(value, list) else value.value

    def getlist(self, key):
        """The values of field key (empty if none)."""
        if key not in self:
            return []
        value = self[key]
        if isinstance(value, list):
            return [x.value for x in value]
        return [value.value]

    def keys(self):
        self._indexable()
        return list(set(item.name for item in self.list))

    def __contains__(self, key):
        self._indexable()
        return any(item.name == key for item in self.list)

    def __len__(self):
        return len(self.keys())

    def __bool__(self):
        self._indexable("Cannot be converted to bool.")
        return bool(self.list)

    def _query(self, qs):
        return urllib.parse.parse_qsl(
            qs, self.keep_blank_values, self.strict_parsing,
            encoding=self.encoding, errors=self.errors,
            max_num_fields=self.max_num_fields, separator=self.separator)

    def read_urlencoded(self):
        qs = self.fp.read(self.length)
        if not isinstance(qs, bytes):
            raise ValueError("%s should return bytes, got %s"
                             % (self.fp, type(qs).__name__))
        qs = qs.decode(self.encoding, self.errors)
        if self.qs_on_post:
            qs += '&' + self.qs_on_post
        self.list = [MiniFieldStorage(k, v) for k, v in self._query(qs)]
        self.skip_lines()

    def read_multi(self, environ, keep_blank_values, strict_parsing):
        ib = self.innerboundary
        if not valid_boundary(ib):
            raise ValueError('Invalid boundary in multipart form: %r' % (ib,))
        self.list = []
        if self.qs_on_post:
            self.list.extend(MiniFieldStorage(k, v)
                             for k, v in self._query(self.qs_on_post))
        klass = self.FieldStorageClass or self.__class__
        first_line = self.fp.readline()
        if not isinstance(first_line, bytes):
            raise ValueError("%s should return bytes, got %s"
                             % (self.fp, type(first_line).__name__))
        self.bytes_read += len(first_line)
        while first_line.strip() != b"--" + self.innerboundary and first_line:
            first_line = self.fp.readline()
            self.bytes_read += len(first_line)
        max_num_fields = self.max_num_fields
        if max_num_fields is not None:
            max_num_fields -= len(self.list)
        while True:
            hdr_text = b""
            while True:
                data = self.fp.readline()
                hdr_text += data
                if not data.strip():
                    break
            if not hdr_text:
                break
            self.bytes_read += len(hdr_text)
            headers = _parse_headers(hdr_text.decode(self.encoding, self.errors))
            if 'content-length' in headers:
                del headers['content-length']
            limit = None if self.limit is None else self.limit - self.bytes_read
            part = klass(self.fp, headers, ib, environ, keep_blank_values,
                         strict_parsing, limit, self.encoding, self.errors,
                         max_num_fields, self.separator)
            if max_num_fields is not None:
                max_num_fields -= 1
                if part.list:
                    max_num_fields -= len(part.list)
                if max_num_fields < 0:
                    raise ValueError('Max number of fields exceeded')
            self.bytes_read += part.bytes_read
            self.list.append(part)
            if part.done or self.bytes_read >= self.length > 0:
                break
        self.skip_lines()

    def read_single(self):
        if self.length >= 0:
            self.read_binary()
            self.skip_lines()
        else:
            self.read_lines()
        self.file.seek(0)

    def read_binary(self):
        self.file = self.make_file()
        todo = self.length
        while todo > 0:
            data = self.fp.read(min(todo, self.bufsize))
            if not isinstance(data, bytes):
                raise ValueError("%s should return bytes, got %s"
                                 % (self.fp, type(data).__name__))
            self.bytes_read += len(data)
            if not data:
                self.done = -1
                break
            self.file.write(data)
            todo -= len(data)

    def read_lines(self):
        # small values stay in memory; past 1000 bytes they go to make_file()
        self.file = self._small = BytesIO() if self._binary_file else StringIO()
        if self.outerboundary:
            self.read_lines_to_outerboundary()
        else:
            self.read_lines_to_eof()

    def _write(self, line):
        if self._small is not None and self._small.tell() + len(line) > 1000:
            self.file = self.make_file()
            self.file.write(self._small.getvalue())
            self._small = None
        if self._binary_file:
            self.file.write(line)
        else:
            self.file.write(line.decode(self.encoding, self.errors))

    def read_lines_to_eof(self):
        while True:
            line = self.fp.readline(1 << 16)
            self.bytes_read += len(line)
            if not line:
                self.done = -1
                break
            self._write(line)

    def read_lines_to_outerboundary(self):
        """Copy lines up to the next boundary, leaving out the line end just
        before it (which belongs to the boundary)."""
        next_boundary = b"--" + self.outerboundary
        last_boundary = next_boundary + b"--"
        delim = b""
        last_line_lfend = True
        read = 0
        while True:
            if self.limit is not None and 0 <= self.limit <= read:
                break
            line = self.fp.readline(1 << 16)
            self.bytes_read += len(line)
            read += len(line)
            if not line:
                self.done = -1
                break
            if delim == b"\r":
                line = delim + line
                delim = b""
            if line.startswith(b"--") and last_line_lfend:
                stripped = line.rstrip()
                if stripped == next_boundary:
                    break
                if stripped == last_boundary:
                    self.done = 1
                    break
            odelim = delim
            for end in (b"\r\n", b"\n", b"\r"):
                if line.endswith(end):
                    delim = end
                    line = line[:-len(end)]
                    last_line_lfend = end != b"\r"
                    break
            else:
                delim = b""
                last_line_lfend = False
            self._write(odelim + line)

    def skip_lines(self):
        if not self.outerboundary or self.done:
            return
        next_boundary = b"--" + self.outerboundary
        last_boundary = next_boundary + b"--"
        last_line_lfend = True
        while True:
            line = self.fp.readline(1 << 16)
            self.bytes_read += len(line)
            if not line:
                self.done = -1
                break
            if line.endswith(b"--") and last_line_lfend:
                stripped = line.strip()
                if stripped == next_boundary:
                    break
                if stripped == last_boundary:
                    self.done = 1
                    break
            last_line_lfend = line.endswith(b'\n')

    def make_file(self):
        """A temporary file for a part's data (binary for files)."""
        if self._binary_file:
            return tempfile.TemporaryFile("wb+")
        return tempfile.TemporaryFile("w+", encoding=self.encoding, newline='\n')


# -- the test script and its HTML dumps

def test(environ=os.environ):
    """Print HTTP headers and an HTML dump of the request."""
    global maxlen
    print("Content-type: text/html")
    print()
    sys.stderr = sys.stdout
    try:
        form = FieldStorage()
        print_directory()
        print_arguments()
        print_form(form)
        print_environ(environ)
        print_environ_usage()

        def f():
            exec("testing print_exception() -- <I>italics?</I>")

        def g(f=f):
            f()
        print("<H3>What follows is a test, not an actual exception:</H3>")
        g()
    except:
        print_exception()
    print("<H1>Second try with a small maxlen...</H1>")
    maxlen = 50
    try:
        form = FieldStorage()
        print_directory()
        print_arguments()
        print_form(form)
        print_environ(environ)
    except:
        print_exception()


def print_exception(type=None, value=None, tb=None, limit=None):
    if type is None:
        type, value, tb = sys.exc_info()
    import traceback
    print()
    print("<H3>Traceback (most recent call last):</H3>")
    lines = traceback.format_tb(tb, limit) + traceback.format_exception_only(type, value)
    print("<PRE>%s<B>%s</B></PRE>" % (html.escape("".join(lines[:-1])),
                                      html.escape(lines[-1])))


def print_environ(environ=os.environ):
    """Dump the environment as HTML."""
    print()
    print("<H3>Shell Environment:</H3>")
    print("<DL>")
    for key in sorted(environ.keys()):
        print("<DT>", html.escape(key), "<DD>", html.escape(environ[key]))
    print("</DL>")
    print()


def print_form(form):
    """Dump a form as HTML."""
    keys = sorted(form.keys())
    print()
    print("<H3>Form Contents:</H3>")
    if not keys:
        print("<P>No form fields.")
    print("<DL>")
    for key in keys:
        print("<DT>" + html.escape(key) + ":", end=' ')
        value = form[key]
        print("<i>" + html.escape(repr(type(value))) + "</i>")
        print("<DD>" + html.escape(repr(value)))
    print("</DL>")
    print()


def print_directory():
    """Dump the working directory as HTML."""
    print()
    print("<H3>Current Working Directory:</H3>")
    try:
        pwd = os.getcwd()
    except OSError as msg:
        print("OSError:", html.escape(str(msg)))
    else:
        print(html.escape(pwd))
    print()


def print_arguments():
    print()
    print("<H3>Command Line Arguments:</H3>")
    print()
    print(sys.argv)
    print()


_VARIABLES = ("AUTH_TYPE CONTENT_LENGTH CONTENT_TYPE DATE_GMT DATE_LOCAL "
              "DOCUMENT_NAME DOCUMENT_ROOT DOCUMENT_URI GATEWAY_INTERFACE "
              "LAST_MODIFIED PATH PATH_INFO PATH_TRANSLATED QUERY_STRING "
              "REMOTE_ADDR REMOTE_HOST REMOTE_IDENT REMOTE_USER REQUEST_METHOD "
              "SCRIPT_NAME SERVER_NAME SERVER_PORT SERVER_PROTOCOL SERVER_ROOT "
              "SERVER_SOFTWARE").split()
_HEADERS = ("HTTP_ACCEPT HTTP_CONNECTION HTTP_HOST HTTP_PRAGMA HTTP_REFERER "
            "HTTP_USER_AGENT").split()


def print_environ_usage():
    """List the CGI environment variables as HTML."""
    print("\n<H3>These environment variables could have been set:</H3>\n<UL>\n"
          + "".join("<LI>%s\n" % v for v in _VARIABLES)
          + "</UL>\nIn addition, HTTP headers sent by the server may be passed in the\n"
          "environment as well.  Here are some common variable names:\n<UL>\n"
          + "".join("<LI>%s\n" % v for v in _HEADERS) + "</UL>\n")


def valid_boundary(s):
    import re
    pattern = b"^[ -~]{0,200}[!-~]$" if isinstance(s, bytes) else "^[ -~]{0,200}[!-~]$"
    return re.match(pattern, s)


if __name__ == '__main__':
    test()
