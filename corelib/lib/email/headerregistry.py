"""Structured header values: Address and Group (what EmailMessage headers are made of).
Kestrel's EmailMessage keeps header values as strings; these format as CPython's."""

__all__ = ['Address', 'Group']

_SPECIALS = set('()<>@,:;.\\"[]')
_WSP = set(' \t')
_DOT_ATOM_ENDS = (_SPECIALS | _WSP) - set('.')


def _quote_string(value):
    return '"' + str(value).replace('\\', '\\\\').replace('"', r'\"') + '"'


class Address:
    """An address: display name, username and domain (or a whole addr_spec)."""

    def __init__(self, display_name='', username='', domain='', addr_spec=None):
        inputs = ''.join(filter(None, (display_name, username, domain, addr_spec)))
        if '\r' in inputs or '\n' in inputs:
            raise ValueError("invalid arguments; address parts cannot contain CR or LF")
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or domain also "
                                "specified")
            username, sep, domain = addr_spec.rpartition('@')
            if not sep:
                username, domain = addr_spec, ''
        self._display_name = display_name
        self._username = username
        self._domain = domain

    @property
    def display_name(self):
        return self._display_name

    @property
    def username(self):
        return self._username

    @property
    def domain(self):
        return self._domain

    @property
    def addr_spec(self):
        lp = self.username
        if not _DOT_ATOM_ENDS.isdisjoint(lp):
            lp = _quote_string(lp)
        if self.domain:
            return lp + '@' + self.domain
        if not lp:
            return '<>'
        return lp

    def __repr__(self):
        return "{}(display_name={!r}, username={!r}, domain={!r})".format(
            self.__class__.__name__, self.display_name, self.username, self.domain)

    def __str__(self):
        disp = self.display_name
        if not _SPECIALS.isdisjoint(disp):
            disp = _quote_string(disp)
        if disp:
            addr_spec = '' if self.addr_spec == '<>' else self.addr_spec
            return "{} <{}>".format(disp, addr_spec)
        return self.addr_spec

    def __eq__(self, other):
        if not isinstance(other, Address):
            return NotImplemented
        return (self.display_name == other.display_name and
                self.username == other.username and self.domain == other.domain)

    def __hash__(self):
        return hash((self.display_name, self.username, self.domain))


class Group:
    """A named group of addresses."""

    def __init__(self, display_name=None, addresses=None):
        self._display_name = display_name
        self._addresses = tuple(addresses) if addresses else tuple()

    @property
    def display_name(self):
        return self._display_name

    @property
    def addresses(self):
        return self._addresses

    def __repr__(self):
        return "{}(display_name={!r}, addresses={!r}".format(
            self.__class__.__name__, self.display_name, self.addresses)

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        disp = self.display_name
        if disp is not None and not _SPECIALS.isdisjoint(disp):
            disp = _quote_string(disp)
        adrstr = ", ".join(str(x) for x in self.addresses)
        adrstr = ' ' + adrstr if adrstr else adrstr
        return "{}:{};".format(disp, adrstr)

    def __eq__(self, other):
        if not isinstance(other, Group):
            return NotImplemented
        return (self.display_name == other.display_name and
                self.addresses == other.addresses)
