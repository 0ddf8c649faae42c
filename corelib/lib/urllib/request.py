"""Opening URLs: urlopen() and Request, over an OpenerDirector whose handlers serve the
http, file and data schemes (https needs `ssl`, which Kestrel does not have), follow
redirects and turn error statuses into HTTPError."""

import base64
import email
import email.utils
import http.client
import io
import os
import posixpath
import socket
import sys
import time

from urllib.error import URLError, HTTPError
from urllib.parse import (urlparse, urlsplit, urljoin, unquote, unquote_to_bytes, quote,
                          unwrap, urlunparse)
from urllib.response import addinfourl, addclosehook

__all__ = [
    'Request', 'OpenerDirector', 'BaseHandler', 'HTTPDefaultErrorHandler',
    'HTTPRedirectHandler', 'HTTPCookieProcessor', 'ProxyHandler', 'HTTPHandler',
    'FileHandler', 'DataHandler', 'UnknownHandler', 'HTTPErrorProcessor',
    'urlopen', 'install_opener', 'build_opener', 'pathname2url', 'url2pathname',
    'getproxies', 'urlretrieve', 'urlcleanup',
]

__version__ = '%d.%d' % sys.version_info[:2]

_opener = None


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *, cafile=None,
            capath=None, cadefault=False, context=None):
    """Opens a URL (a string or a Request); returns a response with read(), headers,
    status and url."""
    global _opener
    if cafile or capath or cadefault or context is not None:
        raise URLError('https is not supported: Kestrel has no ssl module')
    if _opener is None:
        _opener = build_opener()
    return _opener.open(url, data, timeout)


def install_opener(opener):
    global _opener
    _opener = opener


def _splittype(url):
    scheme, sep, rest = url.partition(':')
    if sep and scheme and all(c.isalnum() or c in '+-.' for c in scheme) \
            and scheme[0].isalpha():
        return scheme.lower(), rest
    return None, url


def _splithost(url):
    if url[:2] != '//':
        return None, url
    rest = url[2:]
    for i, c in enumerate(rest):
        if c in '/?#':
            path = rest[i:]
            if path and path[0] != '/':
                path = '/' + path
            return rest[:i], path
    return rest, ''


def _splittag(url):
    path, delim, tag = url.rpartition('#')
    if delim:
        return path, tag
    return url, None


def request_host(request):
    """The host of a request's URL, lower-cased and without its port."""
    url = request.full_url
    host = urlparse(url)[1]
    if host == "":
        host = request.get_header("Host", "")
    return host.rsplit(':', 1)[0].lower() if ']' not in host else host.lower()


class Request:
    """A URL request: the URL, data to send, headers and method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.full_url = url
        self.headers = {}
        self.unredirected_hdrs = {}
        self._data = None
        self.data = data
        self._tunnel_host = None
        for key, value in headers.items():
            self.add_header(key, value)
        if origin_req_host is None:
            origin_req_host = request_host(self)
        self.origin_req_host = origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '{}#{}'.format(self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url = unwrap(url)
        self._full_url, self.fragment = _splittag(self._full_url)
        self._parse()

    @full_url.deleter
    def full_url(self):
        self._full_url = None
        self.fragment = None
        self.selector = ''

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if data != self._data:
            self._data = data
            if self.has_header("Content-length"):
                self.remove_header("Content-length")

    @data.deleter
    def data(self):
        self.data = None

    def _parse(self):
        self.type, rest = _splittype(self._full_url)
        if self.type is None:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.host, self.selector = _splithost(rest)
        if self.host:
            self.host = unquote(self.host)

    def get_method(self):
        default_method = "POST" if self.data is not None else "GET"
        return getattr(self, 'method', default_method)

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        if self.type == 'https' and not self._tunnel_host:
            self._tunnel_host = self.host
        else:
            self.type = type
            self.selector = self.full_url
        self.host = host

    def has_proxy(self):
        return self.selector == self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name,
                                self.unredirected_hdrs.get(header_name, default))

    def remove_header(self, header_name):
        self.headers.pop(header_name, None)
        self.unredirected_hdrs.pop(header_name, None)

    def header_items(self):
        hdrs = {**self.unredirected_hdrs, **self.headers}
        return list(hdrs.items())


class OpenerDirector:
    """Opens URLs through its handlers: <scheme>_request() methods prepare a request,
    <scheme>_open() ones open it, <scheme>_response() ones look at the response, and
    http_error_<code>() ones handle error statuses."""

    def __init__(self):
        client_version = "Python-urllib/%s" % __version__
        self.addheaders = [('User-agent', client_version)]
        self.handlers = []

    def add_handler(self, handler):
        if not hasattr(handler, "add_parent"):
            raise TypeError("expected BaseHandler instance, got %r" % type(handler))
        self.handlers.append(handler)
        self.handlers.sort()
        handler.add_parent(self)

    def close(self):
        pass

    def _methods(self, name):
        return [getattr(h, name) for h in self.handlers if hasattr(h, name)]

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        if isinstance(fullurl, str):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.data = data
        req.timeout = timeout
        protocol = req.type
        for meth in self._methods(protocol + "_request"):
            req = meth(req)
        response = self._open(req, data)
        for meth in self._methods(protocol + "_response"):
            response = meth(req, response)
        return response

    def _open(self, req, data=None):
        for name in ('default_open', req.type + '_open', 'unknown_open'):
            for meth in self._methods(name):
                result = meth(req)
                if result:
                    return result
        return None

    def error(self, proto, *args):
        if proto in ('http', 'https'):
            code = args[2]
            for meth in self._methods('http_error_%s' % code):
                result = meth(*args)
                if result:
                    return result
            for meth in self._methods('http_error_default'):
                result = meth(*args)
                if result:
                    return result
            return None
        for meth in self._methods(proto + '_error'):
            result = meth(*args)
            if result:
                return result
        return None


def build_opener(*handlers):
    """An OpenerDirector with the default handlers; handler classes or instances given
    replace the defaults they derive from."""
    opener = OpenerDirector()
    default_classes = [ProxyHandler, UnknownHandler, HTTPHandler, HTTPDefaultErrorHandler,
                       HTTPRedirectHandler, FileHandler, HTTPErrorProcessor, DataHandler]
    skip = set()
    for klass in default_classes:
        for check in handlers:
            if isinstance(check, type):
                if issubclass(check, klass):
                    skip.add(klass)
            elif isinstance(check, klass):
                skip.add(klass)
    for klass in default_classes:
        if klass not in skip:
            opener.add_handler(klass())
    for h in handlers:
        if isinstance(h, type):
            h = h()
        opener.add_handler(h)
    return opener


class BaseHandler:
    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        if not hasattr(other, "handler_order"):
            return True
        return self.handler_order < other.handler_order


class HTTPErrorProcessor(BaseHandler):
    """Sends responses outside 2xx to the error handlers."""
    handler_order = 1000

    def http_response(self, request, response):
        code, msg, hdrs = response.code, response.msg, response.info()
        if not (200 <= code < 300):
            response = self.parent.error('http', request, response, code, msg, hdrs)
        return response

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    """Follows 301, 302, 303, 307 and 308 redirects (at most 10, no loops)."""
    max_repeats = 4
    max_redirections = 10

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        m = req.get_method()
        if (not (code in (301, 302, 303, 307, 308) and m in ("GET", "HEAD")
                 or code in (301, 302, 303) and m == "POST")):
            raise HTTPError(req.full_url, code, msg, headers, fp)
        newurl = newurl.replace(' ', '%20')
        CONTENT_HEADERS = ("content-length", "content-type")
        newheaders = {k: v for k, v in req.headers.items()
                      if k.lower() not in CONTENT_HEADERS}
        return Request(newurl, headers=newheaders, origin_req_host=req.origin_req_host,
                       unverifiable=True)

    def http_error_302(self, req, fp, code, msg, headers):
        if "location" in headers:
            newurl = headers["location"]
        elif "uri" in headers:
            newurl = headers["uri"]
        else:
            return
        urlparts = urlparse(newurl)
        if urlparts.scheme not in ('http', 'https', 'ftp', ''):
            raise HTTPError(newurl, code, "%s - Redirection to url '%s' is not allowed"
                            % (msg, newurl), headers, fp)
        if not urlparts.path and urlparts.netloc:
            urlparts = list(urlparts)
            urlparts[2] = "/"
        newurl = urlunparse(urlparts)
        newurl = quote(newurl, encoding="iso-8859-1", safe="!#$%&'()*+,/:;=?@[\\]^`{|}~")
        newurl = urljoin(req.full_url, newurl)
        new = self.redirect_request(req, fp, code, msg, headers, newurl)
        if new is None:
            return
        if hasattr(req, 'redirect_dict'):
            visited = new.redirect_dict = req.redirect_dict
            if (visited.get(newurl, 0) >= self.max_repeats or
                    len(visited) >= self.max_redirections):
                raise HTTPError(req.full_url, code, self.inf_msg + msg, headers, fp)
        else:
            visited = new.redirect_dict = req.redirect_dict = {}
        visited[newurl] = visited.get(newurl, 0) + 1
        fp.read()
        fp.close()
        return self.parent.open(new, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    inf_msg = "The HTTP server returned a redirect error that would " \
              "lead to an infinite loop.\n" \
              "The last 30x error message was:\n"


class ProxyHandler(BaseHandler):
    """Kestrel opens URLs directly: proxies from the environment are not used."""
    handler_order = 100

    def __init__(self, proxies=None):
        if proxies is not None:
            assert hasattr(proxies, 'keys'), "proxies must be a mapping"
        self.proxies = proxies or {}


class HTTPCookieProcessor(BaseHandler):
    def __init__(self, cookiejar=None):
        self.cookiejar = cookiejar


class AbstractHTTPHandler(BaseHandler):

    def __init__(self, debuglevel=None):
        self._debuglevel = debuglevel if debuglevel is not None else 0

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def do_request_(self, request):
        host = request.host
        if not host:
            raise URLError('no host given')
        if request.data is not None:
            data = request.data
            if isinstance(data, str):
                raise TypeError("POST data should be bytes, an iterable of bytes, or a "
                                "file object. It cannot be of type str.")
            if not request.has_header('Content-type'):
                request.add_unredirected_header('Content-type',
                                                'application/x-www-form-urlencoded')
            if (not request.has_header('Content-length')
                    and not request.has_header('Transfer-encoding')):
                content_length = http.client.HTTPConnection._get_content_length(
                    data, request.get_method())
                if content_length is not None:
                    request.add_unredirected_header('Content-length', str(content_length))
                else:
                    request.add_unredirected_header('Transfer-encoding', 'chunked')
        sel_host = host
        if request.has_proxy():
            sel_host = urlsplit(request.selector).netloc
        if not request.has_header('Host'):
            request.add_unredirected_header('Host', sel_host)
        for name, value in self.parent.addheaders:
            name = name.capitalize()
            if not request.has_header(name):
                request.add_unredirected_header(name, value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        host = req.host
        if not host:
            raise URLError('no host given')
        h = http_class(host, timeout=req.timeout, **http_conn_args)
        h.set_debuglevel(self._debuglevel)
        headers = dict(req.unredirected_hdrs)
        headers.update({k: v for k, v in req.headers.items() if k not in headers})
        headers["Connection"] = "close"
        headers = {name.title(): val for name, val in headers.items()}
        try:
            try:
                h.request(req.get_method(), req.selector, req.data, headers,
                          encode_chunked=req.has_header('Transfer-encoding'))
            except OSError as err:
                raise URLError(err)
            r = h.getresponse()
        except:
            h.close()
            raise
        if h.sock:
            h.sock.close()
            h.sock = None
        r.url = req.get_full_url()
        r.msg = r.reason
        return r


class HTTPHandler(AbstractHTTPHandler):

    def http_open(self, req):
        return self.do_open(http.client.HTTPConnection, req)

    http_request = AbstractHTTPHandler.do_request_


class UnknownHandler(BaseHandler):
    def unknown_open(self, req):
        type = req.type
        raise URLError('unknown url type: %s' % type)


def url2pathname(pathname):
    return unquote(pathname)


def pathname2url(pathname):
    return quote(pathname)


def _local_host(host):
    return host in ('', 'localhost', '127.0.0.1') or host == socket.gethostname()


class FileHandler(BaseHandler):
    """Opens file: URLs on this machine."""

    def file_open(self, req):
        url = req.selector
        if url[:2] == '//' and url[2:3] != '/' and (req.host and req.host != 'localhost'):
            raise URLError("file:// scheme is supported only on localhost")
        return self.open_local_file(req)

    def open_local_file(self, req):
        host = req.host
        filename = req.selector
        localfile = url2pathname(filename)
        try:
            stats = os.stat(localfile)
            size = stats.st_size
            modified = email.utils.formatdate(stats.st_mtime, usegmt=True)
            mtype = None
            try:
                import mimetypes
                mtype = mimetypes.guess_type(filename)[0]
            except ImportError:
                pass
            headers = email.message_from_string(
                'Content-type: %s\nContent-length: %d\nLast-modified: %s\n' %
                (mtype or 'text/plain', size, modified))
            if host:
                host, port = host.partition(':')[0], None
            if not host or _local_host(host):
                if host:
                    origurl = 'file://' + host + filename
                else:
                    origurl = 'file://' + filename
                return addinfourl(open(localfile, 'rb'), headers, origurl)
        except OSError as exp:
            raise URLError(exp)
        raise URLError('file not on local host')


class DataHandler(BaseHandler):
    """Opens data: URLs (RFC 2397)."""

    def data_open(self, req):
        url = req.full_url
        scheme, data = url.split(":", 1)
        mediatype, data = data.split(",", 1)
        if mediatype.endswith(";base64"):
            data = base64.decodebytes(unquote_to_bytes(data))
            mediatype = mediatype[:-7]
        else:
            data = unquote_to_bytes(data)
        if not mediatype:
            mediatype = "text/plain;charset=US-ASCII"
        headers = email.message_from_string("Content-type: %s\nContent-length: %d\n" %
                                            (mediatype, len(data)))
        return addinfourl(io.BytesIO(data), headers, url)


def getproxies():
    return {}


_url_tempfiles = []


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copies the URL's content to a file (a temporary one by default); returns
    (filename, headers)."""
    from urllib.error import ContentTooShortError
    with urlopen(url, data) as fp:
        headers = fp.info()
        if filename:
            tfp = open(filename, 'wb')
        else:
            import tempfile
            tfp = tempfile.NamedTemporaryFile(delete=False)
            filename = tfp.name
            _url_tempfiles.append(filename)
        with tfp:
            result = filename, headers
            bs = 1024 * 8
            size = -1
            read = 0
            blocknum = 0
            if "content-length" in headers:
                size = int(headers["Content-Length"])
            if reporthook:
                reporthook(blocknum, bs, size)
            while True:
                block = fp.read(bs)
                if not block:
                    break
                read += len(block)
                tfp.write(block)
                blocknum += 1
                if reporthook:
                    reporthook(blocknum, bs, size)
    if size >= 0 and read < size:
        raise ContentTooShortError("retrieval incomplete: got only %i out of %i bytes"
                                   % (read, size), result)
    return result


def urlcleanup():
    for temp_file in _url_tempfiles:
        try:
            os.unlink(temp_file)
        except OSError:
            pass
    del _url_tempfiles[:]
    global _opener
    if _opener:
        _opener = None
