"""ipaddress: IPv4 and IPv6 addresses, networks and interfaces.

An address is an integer (`_ip`) with a version; a network is a network address and a
netmask; an interface is an address that also knows the network it sits on. Parsing is
strict (no leading zeros in dotted quads, one '::' at most) and the error messages are
CPython 3.11's."""

__all__ = [
    "IPV4LENGTH", "IPV6LENGTH", "AddressValueError", "NetmaskValueError",
    "ip_address", "ip_network", "ip_interface", "v4_int_to_packed", "v6_int_to_packed",
    "summarize_address_range", "collapse_addresses", "get_mixed_type_key",
    "IPv4Address", "IPv4Network", "IPv4Interface",
    "IPv6Address", "IPv6Network", "IPv6Interface",
]

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value that cannot be an address."""


class NetmaskValueError(ValueError):
    """A value that cannot be a netmask."""


def ip_address(address):
    """The IPv4Address or IPv6Address that `address` (str, int or bytes) denotes."""
    for cls in (IPv4Address, IPv6Address):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f"{address!r} does not appear to be an IPv4 or IPv6 address")


def ip_network(address, strict=True):
    """The IPv4Network or IPv6Network that `address` denotes."""
    for cls in (IPv4Network, IPv6Network):
        try:
            return cls(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f"{address!r} does not appear to be an IPv4 or IPv6 network")


def ip_interface(address):
    """The IPv4Interface or IPv6Interface that `address` denotes."""
    for cls in (IPv4Interface, IPv6Interface):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f"{address!r} does not appear to be an IPv4 or IPv6 interface")


def v4_int_to_packed(address):
    try:
        return address.to_bytes(4, "big")
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4") from None


def v6_int_to_packed(address):
    try:
        return address.to_bytes(16, "big")
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6") from None


def _split_optional_netmask(address):
    parts = str(address).split("/")
    if len(parts) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return parts


def _low_zero_bits(n, bits):
    """How many of the low `bits` bits of `n` are zero, counted from the right."""
    if n == 0:
        return bits
    return min(bits, (n & -n).bit_length() - 1)


def _check_same_version(a, b):
    if a.version != b.version:
        raise TypeError(f"{a} and {b} are not of the same version")


def summarize_address_range(first, last):
    """Yields the fewest networks that cover the addresses first..last exactly."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError("first and last must be IP addresses, not networks")
    _check_same_version(first, last)
    if first > last:
        raise ValueError("last IP address must be greater than first")
    net_cls = IPv4Network if first.version == 4 else IPv6Network
    bits = first.max_prefixlen
    lo, hi = first._ip, last._ip
    while lo <= hi:
        size = min(_low_zero_bits(lo, bits), (hi - lo + 1).bit_length() - 1)
        yield net_cls((lo, bits - size))
        lo += 1 << size
        if lo - 1 == (1 << bits) - 1:
            break


def collapse_addresses(addresses):
    """Yields the fewest networks covering exactly the given addresses and networks."""
    ranges = []
    version = None
    first = None
    for item in addresses:
        if isinstance(item, _BaseAddress):
            if first is not None and item.version != first.version:
                raise TypeError(f"{item} and {first} are not of the same version")
            lo = hi = item._ip
        elif isinstance(item, _BaseNetwork):
            if first is not None and item.version != first.version:
                raise TypeError(f"{item} and {first} are not of the same version")
            lo, hi = item.network_address._ip, item.broadcast_address._ip
        else:
            raise TypeError(f"{item!r} is not an IP address or network")
        if first is None:
            first = item
        version = item.version
        ranges.append((lo, hi))
    if not ranges:
        return iter(())
    ranges.sort()
    merged = []
    for lo, hi in ranges:
        if merged and lo <= merged[-1][1] + 1:
            if hi > merged[-1][1]:
                merged[-1][1] = hi
        else:
            merged.append([lo, hi])
    addr_cls = IPv4Address if version == 4 else IPv6Address
    out = []
    for lo, hi in merged:
        out.extend(summarize_address_range(addr_cls(lo), addr_cls(hi)))
    return iter(out)


def get_mixed_type_key(obj):
    """A sort key that orders addresses and networks of both versions together."""
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


class _IPAddressBase:
    __slots__ = ()

    @property
    def exploded(self):
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    def _check_int_address(self, address):
        if address < 0:
            raise AddressValueError(
                f"{address} (< 0) is not permitted as an IPv{self._version} address")
        if address > self._ALL_ONES:
            raise AddressValueError(
                f"{address} (>= 2**{self._max_prefixlen}) is not permitted as an "
                f"IPv{self._version} address")

    def _check_packed_address(self, address, expected):
        if len(address) != expected:
            raise AddressValueError(
                f"{address!r} (len {len(address)} != {expected}) is not permitted as an "
                f"IPv{self._version} address")

    @classmethod
    def _report_invalid_netmask(cls, netmask_str):
        raise NetmaskValueError(f"{netmask_str!r} is not a valid netmask") from None

    @classmethod
    def _prefix_from_ip_int(cls, ip_int):
        zeros = _low_zero_bits(ip_int, cls._max_prefixlen)
        prefixlen = cls._max_prefixlen - zeros
        if ip_int >> zeros != (1 << prefixlen) - 1:
            raw = ip_int.to_bytes(cls._max_prefixlen // 8, "big")
            raise ValueError(f"Netmask pattern {raw!r} mixes zeroes & ones")
        return prefixlen

    @classmethod
    def _prefix_from_prefix_string(cls, text):
        if not (text.isascii() and text.isdigit()):
            cls._report_invalid_netmask(text)
        n = int(text)
        if not 0 <= n <= cls._max_prefixlen:
            cls._report_invalid_netmask(text)
        return n

    @classmethod
    def _prefix_from_ip_string(cls, text):
        try:
            ip_int = cls._ip_int_from_string(text)
        except AddressValueError:
            cls._report_invalid_netmask(text)
        try:
            return cls._prefix_from_ip_int(ip_int)
        except ValueError:
            pass
        try:
            return cls._prefix_from_ip_int(ip_int ^ cls._ALL_ONES)
        except ValueError:
            cls._report_invalid_netmask(text)

    @classmethod
    def _split_addr_prefix(cls, address):
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if not isinstance(address, tuple):
            address = _split_optional_netmask(address)
        if len(address) > 1:
            return address
        return address[0], cls._max_prefixlen

    def __reduce__(self):
        return self.__class__, (str(self),)


class _BaseAddress(_IPAddressBase):
    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._version != other._version:
            raise TypeError(f"{self} and {other} are not of the same version")
        return self._ip < other._ip

    def __gt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        return other.__lt__(self)

    def __le__(self, other):
        r = self.__gt__(other)
        return r if r is NotImplemented else not r

    def __ge__(self, other):
        r = self.__lt__(other)
        return r if r is NotImplemented else not r

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return f"{self.__class__.__name__}('{self}')"

    def __str__(self):
        return self._string_from_ip_int(self._ip)

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def _get_address_key(self):
        return (self._version, self)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == "s":
            return format(str(self), fmt)
        alternate = grouping = ""
        body = fmt
        if body.startswith("#"):
            alternate, body = "#", body[1:]
        if body.startswith("_"):
            grouping, body = "_", body[1:]
        if len(body) != 1 or body not in "bnxX":
            return super().__format__(fmt)
        base = body
        if base == "n":
            base = "b" if self._version == 4 else "x"
        padlen = self._max_prefixlen if base == "b" else self._max_prefixlen // 4
        if grouping:
            padlen += padlen // 4 - 1
        if alternate:
            padlen += 2
        return format(int(self), f"{alternate}0{padlen}{grouping}{base}")


class _BaseNetwork(_IPAddressBase):

    def __repr__(self):
        return f"{self.__class__.__name__}('{self}')"

    def __str__(self):
        return f"{self.network_address}/{self._prefixlen}"

    def hosts(self):
        lo, hi = int(self.network_address), int(self.broadcast_address)
        if self._prefixlen == self._max_prefixlen:
            return [self._address_class(lo)]
        if self._prefixlen == self._max_prefixlen - 1:
            return iter(self)
        return self._host_range(lo, hi)

    def __iter__(self):
        cls = self._address_class
        for x in range(int(self.network_address), int(self.broadcast_address) + 1):
            yield cls(x)

    def __getitem__(self, n):
        lo, hi = int(self.network_address), int(self.broadcast_address)
        if n >= 0:
            if lo + n > hi:
                raise IndexError("address out of range")
            return self._address_class(lo + n)
        n += 1
        if hi + n < lo:
            raise IndexError("address out of range")
        return self._address_class(hi + n)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._version != other._version:
            raise TypeError(f"{self} and {other} are not of the same version")
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __gt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        return other.__lt__(self)

    def __le__(self, other):
        r = self.__gt__(other)
        return r if r is NotImplemented else not r

    def __ge__(self, other):
        r = self.__lt__(other)
        return r if r is NotImplemented else not r

    def __eq__(self, other):
        try:
            return (self._version == other._version
                    and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if self._version != other._version:
            return False
        if isinstance(other, _BaseNetwork):
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def overlaps(self, other):
        return (self.network_address in other or self.broadcast_address in other
                or other.network_address in self or other.broadcast_address in self)

    @property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @property
    def hostmask(self):
        return self._address_class(int(self.netmask) ^ self._ALL_ONES)

    @property
    def with_prefixlen(self):
        return f"{self.network_address}/{self._prefixlen}"

    @property
    def with_netmask(self):
        return f"{self.network_address}/{self.netmask}"

    @property
    def with_hostmask(self):
        return f"{self.network_address}/{self.hostmask}"

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def prefixlen(self):
        return self._prefixlen

    def _explode_shorthand_ip_string(self):
        return f"{self.network_address.exploded}/{self._prefixlen}"

    def _reverse_pointer(self):
        return self.network_address._reverse_pointer_of(str(self))

    def address_exclude(self, other):
        """Yields the networks that cover this one less `other`, a subnet of it."""
        if not self._version == other._version:
            raise TypeError(f"{self} and {other} are not of the same version")
        if not isinstance(other, _BaseNetwork):
            raise TypeError(f"{other} is not a network object")
        if not other.subnet_of(self):
            raise ValueError(f"{other} not contained in {self}")
        if other == self:
            return
        other = other.__class__(f"{other.network_address}/{other.prefixlen}")
        s1, s2 = self.subnets()
        while s1 != other and s2 != other:
            if other.subnet_of(s1):
                yield s2
                s1, s2 = s1.subnets()
            elif other.subnet_of(s2):
                yield s1
                s1, s2 = s2.subnets()
            else:
                raise AssertionError(f"Error performing exclusion: s1: {s1} s2: {s2} other: {other}")
        if s1 == other:
            yield s2
        else:
            yield s1

    def compare_networks(self, other):
        if self._version != other._version:
            raise TypeError(f"{self} and {other} are not of the same version")
        if self.network_address < other.network_address:
            return -1
        if self.network_address > other.network_address:
            return 1
        if self.netmask < other.netmask:
            return -1
        if self.netmask > other.netmask:
            return 1
        return 0

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError("new prefix must be longer")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError("prefix length diff must be > 0")
        new_len = self._prefixlen + prefixlen_diff
        if new_len > self._max_prefixlen:
            raise ValueError(f"prefix length diff {new_len} is invalid for netblock {self}")
        start = int(self.network_address)
        end = int(self.broadcast_address) + 1
        step = 1 << (self._max_prefixlen - new_len)
        for x in range(start, end, step):
            yield self.__class__((x, new_len))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError("new prefix must be shorter")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = self._prefixlen - new_prefix
        new_len = self._prefixlen - prefixlen_diff
        if new_len < 0:
            raise ValueError(
                f"current prefixlen is {self._prefixlen}, cannot have a prefixlen_diff "
                f"of {prefixlen_diff}")
        return self.__class__(
            (int(self.network_address) & (int(self.netmask) << prefixlen_diff), new_len))

    def _is_subnet_of(self, a, b):
        try:
            if a._version != b._version:
                raise TypeError(f"{a} and {b} are not of the same version")
            return (b.network_address <= a.network_address
                    and b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment between {a} and {b}")

    def subnet_of(self, other):
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        return self._is_subnet_of(other, self)

    def _both(self, name):
        return (getattr(self.network_address, name)
                and getattr(self.broadcast_address, name))

    @property
    def is_reserved(self):
        return self._both("is_reserved")

    @property
    def is_link_local(self):
        return self._both("is_link_local")

    @property
    def is_multicast(self):
        return self._both("is_multicast")

    @property
    def is_private(self):
        return self._both("is_private")

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._both("is_unspecified")

    @property
    def is_loopback(self):
        return self._both("is_loopback")


def _in_any(ip, table):
    for lo, hi in table:
        if lo <= ip <= hi:
            return True
    return False


def _ranges(cls, texts):
    """(first, last) integer pairs of the networks named in `texts`, made on first use."""
    out = []
    for t in texts:
        addr, plen = t.split("/")
        base = cls._ip_int_from_string(addr)
        size = 1 << (cls._max_prefixlen - int(plen))
        out.append((base, base + size - 1))
    return out


class _BaseV4:
    __slots__ = ()
    _version = 4
    _ALL_ONES = (1 << IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH
    _netmask_cache = {}

    def _explode_shorthand_ip_string(self):
        return str(self)

    @classmethod
    def _make_netmask(cls, arg):
        if arg not in cls._netmask_cache:
            if isinstance(arg, int):
                prefixlen = arg
                if not 0 <= prefixlen <= cls._max_prefixlen:
                    cls._report_invalid_netmask(prefixlen)
            else:
                try:
                    prefixlen = cls._prefix_from_prefix_string(arg)
                except NetmaskValueError:
                    prefixlen = cls._prefix_from_ip_string(arg)
            mask = IPv4Address(cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen))
            cls._netmask_cache[arg] = mask, prefixlen
        return cls._netmask_cache[arg]

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError("Address cannot be empty")
        octets = ip_str.split(".")
        if len(octets) != 4:
            raise AddressValueError(f"Expected 4 octets in {ip_str!r}")
        value = 0
        for o in octets:
            try:
                value = (value << 8) | cls._parse_octet(o)
            except ValueError as exc:
                raise AddressValueError(f"{exc} in {ip_str!r}") from None
        return value

    @staticmethod
    def _parse_octet(text):
        if not text:
            raise ValueError("Empty octet not permitted")
        if not (text.isascii() and text.isdigit()):
            raise ValueError(f"Only decimal digits permitted in {text!r}")
        if len(text) > 3:
            raise ValueError(f"At most 3 characters permitted in {text!r}")
        if text != "0" and text[0] == "0":
            raise ValueError(f"Leading zeros are not permitted in {text!r}")
        n = int(text, 10)
        if n > 255:
            raise ValueError(f"Octet {n} (> 255) not permitted")
        return n

    @staticmethod
    def _string_from_ip_int(ip_int):
        return ".".join(str(b) for b in ip_int.to_bytes(4, "big"))

    def _reverse_pointer_of(self, text):
        return ".".join(reversed(text.split("."))) + ".in-addr.arpa"

    def _reverse_pointer(self):
        return self._reverse_pointer_of(str(self))


_V4_PRIVATE = ["0.0.0.0/8", "10.0.0.0/8", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
               "192.0.0.0/29", "192.0.0.170/31", "192.0.2.0/24", "192.168.0.0/16",
               "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4",
               "255.255.255.255/32"]
_v4_tables = {}


def _v4_table(name):
    t = _v4_tables.get(name)
    if t is None:
        texts = {
            "private": _V4_PRIVATE,
            "shared": ["100.64.0.0/10"],
        }[name]
        t = _v4_tables[name] = _ranges(_BaseV4, texts)
    return t


class IPv4Address(_BaseV4, _BaseAddress):
    """An IPv4 address, made from a dotted-quad string, an int or 4 packed bytes."""
    __slots__ = ("_ip", "__weakref__")

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 4)
            self._ip = int.from_bytes(address, "big")
            return
        text = str(address)
        if "/" in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = self._ip_int_from_string(text)

    @property
    def packed(self):
        return v4_int_to_packed(self._ip)

    @property
    def is_reserved(self):
        return 0xF0000000 <= self._ip <= 0xFFFFFFFF

    @property
    def is_private(self):
        return _in_any(self._ip, _v4_table("private"))

    @property
    def is_global(self):
        return not _in_any(self._ip, _v4_table("shared")) and not self.is_private

    @property
    def is_multicast(self):
        return 0xE0000000 <= self._ip <= 0xEFFFFFFF

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return 0x7F000000 <= self._ip <= 0x7FFFFFFF

    @property
    def is_link_local(self):
        return 0xA9FE0000 <= self._ip <= 0xA9FEFFFF


class _BaseInterface:
    """What IPv4Interface and IPv6Interface share: an address (the next class in the MRO)
    with the network it belongs to. `_network_class` is set once the network classes exist."""

    def __init__(self, address):
        addr, mask = self._split_addr_prefix(address)
        super().__init__(addr)
        self.network = self._network_class((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return f"{super().__str__()}/{self._prefixlen}"

    def __eq__(self, other):
        eq = super().__eq__(other)
        if eq is NotImplemented or not eq:
            return eq
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        less = super().__lt__(other)
        if less is NotImplemented:
            return NotImplemented
        try:
            return (self.network < other.network
                    or self.network == other.network and less)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return self._network_class._address_class(self._ip)

    @property
    def with_prefixlen(self):
        return f"{self._string_from_ip_int(self._ip)}/{self._prefixlen}"

    @property
    def with_netmask(self):
        return f"{self._string_from_ip_int(self._ip)}/{self.netmask}"

    @property
    def with_hostmask(self):
        return f"{self._string_from_ip_int(self._ip)}/{self.hostmask}"


class IPv4Interface(_BaseInterface, IPv4Address):
    """An IPv4 address with the network it belongs to ('192.168.1.5/24')."""


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: '192.168.0.0/24', '10.0.0.0/255.0.0.0', (address, prefix), int."""
    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = IPv4Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError(f"{self} has host bits set")
            self.network_address = IPv4Address(packed & int(self.netmask))

    def _host_range(self, lo, hi):
        for x in range(lo + 1, hi):
            yield IPv4Address(x)

    @property
    def is_global(self):
        shared = _v4_table("shared")
        return (not (_in_any(self.network_address._ip, shared)
                     and _in_any(self.broadcast_address._ip, shared))
                and not self.is_private)


IPv4Interface._network_class = IPv4Network


class _BaseV6:
    __slots__ = ()
    _version = 6
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _HEX_DIGITS = frozenset("0123456789ABCDEFabcdef")
    _max_prefixlen = IPV6LENGTH
    _netmask_cache = {}

    @classmethod
    def _make_netmask(cls, arg):
        if arg not in cls._netmask_cache:
            if isinstance(arg, int):
                prefixlen = arg
                if not 0 <= prefixlen <= cls._max_prefixlen:
                    cls._report_invalid_netmask(prefixlen)
            else:
                prefixlen = cls._prefix_from_prefix_string(arg)
            mask = IPv6Address(cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen))
            cls._netmask_cache[arg] = mask, prefixlen
        return cls._netmask_cache[arg]

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError("Address cannot be empty")
        parts = ip_str.split(":")
        if len(parts) < 3:
            raise AddressValueError(f"At least 3 parts expected in {ip_str!r}")
        if "." in parts[-1]:
            try:
                v4 = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError(f"{exc} in {ip_str!r}") from None
            parts.append("%x" % (v4 >> 16))
            parts.append("%x" % (v4 & 0xFFFF))
        if len(parts) > cls._HEXTET_COUNT + 1:
            raise AddressValueError(
                f"At most {cls._HEXTET_COUNT} colons permitted in {ip_str!r}")
        skip = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if skip is not None:
                    raise AddressValueError(f"At most one '::' permitted in {ip_str!r}")
                skip = i
        if skip is not None:
            hi = skip
            lo = len(parts) - skip - 1
            if not parts[0]:
                hi -= 1
                if hi:
                    raise AddressValueError(
                        f"Leading ':' only permitted as part of '::' in {ip_str!r}")
            if not parts[-1]:
                lo -= 1
                if lo:
                    raise AddressValueError(
                        f"Trailing ':' only permitted as part of '::' in {ip_str!r}")
            skipped = cls._HEXTET_COUNT - (hi + lo)
            if skipped < 1:
                raise AddressValueError(
                    f"Expected at most {cls._HEXTET_COUNT - 1} other parts with '::' "
                    f"in {ip_str!r}")
        else:
            if len(parts) != cls._HEXTET_COUNT:
                raise AddressValueError(
                    f"Exactly {cls._HEXTET_COUNT} parts expected without '::' in {ip_str!r}")
            if not parts[0]:
                raise AddressValueError(
                    f"Leading ':' only permitted as part of '::' in {ip_str!r}")
            if not parts[-1]:
                raise AddressValueError(
                    f"Trailing ':' only permitted as part of '::' in {ip_str!r}")
            hi, lo, skipped = len(parts), 0, 0
        try:
            value = 0
            for i in range(hi):
                value = (value << 16) | cls._parse_hextet(parts[i])
            value <<= 16 * skipped
            for i in range(-lo, 0):
                value = (value << 16) | cls._parse_hextet(parts[i])
            return value
        except ValueError as exc:
            raise AddressValueError(f"{exc} in {ip_str!r}") from None

    @classmethod
    def _parse_hextet(cls, text):
        if not cls._HEX_DIGITS.issuperset(text):
            raise ValueError(f"Only hex digits permitted in {text!r}")
        if len(text) > 4:
            raise ValueError(f"At most 4 characters permitted in {text!r}")
        return int(text, 16)

    @staticmethod
    def _compress_hextets(hextets):
        """Replaces the longest run (of two or more) of '0' hextets with '::'."""
        best_start, best_len = -1, 0
        start, run = -1, 0
        for i, h in enumerate(hextets):
            if h == "0":
                if run == 0:
                    start = i
                run += 1
                if run > best_len:
                    best_start, best_len = start, run
            else:
                run = 0
        if best_len > 1:
            end = best_start + best_len
            if end == len(hextets):
                hextets = hextets + [""]
            hextets = hextets[:best_start] + [""] + hextets[end:]
            if best_start == 0:
                hextets = [""] + hextets
        return hextets

    @classmethod
    def _string_from_ip_int(cls, ip_int=None):
        hextets = ["%x" % ((ip_int >> (16 * (7 - i))) & 0xFFFF) for i in range(8)]
        return ":".join(cls._compress_hextets(hextets))

    def _explode_shorthand_ip_string(self):
        ip_int = self._ip if isinstance(self, _BaseAddress) else None
        if ip_int is None:
            return _BaseNetwork._explode_shorthand_ip_string(self)
        text = ":".join("%04x" % ((ip_int >> (16 * (7 - i))) & 0xFFFF) for i in range(8))
        if isinstance(self, IPv6Interface):
            return f"{text}/{self._prefixlen}"
        return text

    def _reverse_pointer(self):
        if isinstance(self, _BaseNetwork):
            return self._reverse_pointer_of(str(self))
        digits = ("%032x" % self._ip)[::-1]
        return ".".join(digits) + ".ip6.arpa"

    def _reverse_pointer_of(self, text):
        return ".".join(text.replace(":", "")[::-1]) + ".ip6.arpa"

    @staticmethod
    def _split_scope_id(ip_str):
        addr, sep, scope = ip_str.partition("%")
        if not sep:
            scope = None
        elif not scope or "%" in scope:
            raise AddressValueError(f"Invalid IPv6 address: {repr(ip_str)!r}")
        return addr, scope


_V6_PRIVATE = ["::1/128", "::/128", "::ffff:0:0/96", "100::/64", "2001::/23", "2001:2::/48",
               "2001:db8::/32", "2001:10::/28", "fc00::/7", "fe80::/10"]
_V6_RESERVED = ["::/8", "100::/8", "200::/7", "400::/6", "800::/5", "1000::/4", "4000::/3",
                "6000::/3", "8000::/3", "a000::/3", "c000::/3", "e000::/4", "f000::/5",
                "f800::/6", "fe00::/9"]
_v6_tables = {}


def _v6_table(name):
    t = _v6_tables.get(name)
    if t is None:
        texts = {"private": _V6_PRIVATE, "reserved": _V6_RESERVED}[name]
        t = _v6_tables[name] = _ranges(_BaseV6, texts)
    return t


class IPv6Address(_BaseV6, _BaseAddress):
    """An IPv6 address, made from a string (with an optional '%scope'), an int or 16 bytes."""
    __slots__ = ("_ip", "_scope_id", "__weakref__")

    def __init__(self, address):
        self._scope_id = None
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 16)
            self._ip = int.from_bytes(address, "big")
            return
        text = str(address)
        if "/" in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        text, self._scope_id = self._split_scope_id(text)
        self._ip = self._ip_int_from_string(text)

    def __str__(self):
        s = self._string_from_ip_int(self._ip)
        return s if self._scope_id is None else f"{s}%{self._scope_id}"

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        eq = _BaseAddress.__eq__(self, other)
        if eq is NotImplemented or not eq:
            return eq
        return self._scope_id == getattr(other, "_scope_id", None)

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def packed(self):
        return v6_int_to_packed(self._ip)

    @property
    def is_multicast(self):
        return self._ip >> 120 == 0xFF

    @property
    def is_reserved(self):
        return _in_any(self._ip, _v6_table("reserved"))

    @property
    def is_link_local(self):
        return self._ip >> 118 == 0x3FA

    @property
    def is_site_local(self):
        return self._ip >> 118 == 0x3FB

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return _in_any(self._ip, _v6_table("private"))

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        if self._ip >> 32 != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        if self._ip >> 96 != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        if self._ip >> 112 != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


class IPv6Interface(_BaseInterface, IPv6Address):
    """An IPv6 address with the network it belongs to ('2001:db8::1/64')."""

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network: '2001:db8::/32', (address, prefix), int or bytes."""
    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = IPv6Address(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError(f"{self} has host bits set")
            self.network_address = IPv6Address(packed & int(self.netmask))

    def _host_range(self, lo, hi):
        for x in range(lo + 1, hi + 1):
            yield IPv6Address(x)

    @property
    def is_site_local(self):
        return self._both("is_site_local")


IPv6Interface._network_class = IPv6Network
