"""Response classes of urllib: a file object with the headers and URL beside it."""

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase:
    """A wrapper of a file object that closes it on exit."""

    def __init__(self, fp):
        self.fp = fp
        self.file = fp
        self.closed = False

    def __getattr__(self, name):
        fp = self.__dict__.get('fp')
        if fp is None:
            raise AttributeError(name)
        return getattr(fp, name)

    def __repr__(self):
        return '<%s at %r whose fp = %r>' % (self.__class__.__name__, id(self), self.fp)

    def read(self, *args):
        return self.fp.read(*args)

    def readline(self, *args):
        return self.fp.readline(*args)

    def readlines(self, *args):
        return self.fp.readlines(*args)

    def __iter__(self):
        return iter(self.fp)

    def __enter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def close(self):
        if not self.closed:
            self.closed = True
            if self.fp is not None and hasattr(self.fp, 'close'):
                self.fp.close()


class addclosehook(addbase):
    """Calls a hook when closed."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            closehook = self.closehook
            hookargs = self.hookargs
            if closehook:
                self.closehook = None
                self.hookargs = None
                closehook(*hookargs)
        finally:
            super().close()


class addinfo(addbase):
    """With headers: info()."""

    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """With headers, URL and status: geturl(), getcode()."""

    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url = url
        self.code = code

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url
