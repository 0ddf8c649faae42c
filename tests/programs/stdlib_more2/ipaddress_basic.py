import ipaddress
from ipaddress import (ip_address, ip_network, ip_interface, IPv4Address, IPv6Address,
                       IPv4Network, IPv6Network, IPv4Interface, IPv6Interface)

a = ip_address("192.168.1.10")
print(repr(a), str(a), int(a), a.version, a.max_prefixlen, a.packed)
print(a.is_private, a.is_global, a.is_loopback, a.is_multicast, a.is_reserved,
      a.is_link_local, a.is_unspecified)
print(a + 5, a - 10, a.reverse_pointer, a.exploded, a.compressed)
print(ip_address(3232235777), ip_address(b"\x7f\x00\x00\x01"), ip_address(2 ** 32))
for s in ["8.8.8.8", "127.0.0.1", "0.0.0.0", "224.0.0.1", "169.254.3.3", "100.64.1.1",
          "240.1.1.1", "255.255.255.255", "172.20.0.1"]:
    x = IPv4Address(s)
    print(s, x.is_private, x.is_global, x.is_loopback, x.is_multicast, x.is_reserved,
          x.is_link_local, x.is_unspecified)

b = ip_address("2001:db8::1")
print(repr(b), b, b.exploded, b.compressed, b.version, int(b))
print(b.reverse_pointer)
print(b.packed)
for s in ["::1", "::", "fe80::1", "ff02::1", "2001:4860:4860::8888", "::ffff:192.168.0.1",
          "fec0::1", "fc00::5", "2002:c000:0204::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2",
          "1:0:0:2:0:0:0:3", "0:0:1:0:0:0:0:0", "1:2:3:4:5:6:7:8", "1::", "abcd:ef01::"]:
    x = IPv6Address(s)
    print(s, "->", x, x.exploded, x.is_private, x.is_global, x.is_loopback, x.is_multicast,
          x.is_reserved, x.is_link_local, x.is_site_local, x.is_unspecified,
          x.ipv4_mapped, x.sixtofour, x.teredo)
print(IPv6Address("fe80::1%eth0"), IPv6Address("fe80::1%eth0").scope_id)
print(IPv6Address("fe80::1%eth0") == IPv6Address("fe80::1"))

bad = ["", "1.2.3", "1.2.3.4.5", "1.2.3.256", "1.2.3.01", "1..2.3", "1.2.3.a", "1.2.3.1234",
       "1.2.3.4/24", ":", "1:2", "1::2::3", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:",
       "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "12345::", "g::", "::1.2.3.300",
       "1:2:3:4:5:6:7::8", "1:2:3:4:5:6::7:8", "::1%", ":1::2"]
for s in bad:
    for cls in (IPv4Address, IPv6Address):
        try:
            cls(s)
        except ipaddress.AddressValueError as e:
            print(cls.__name__, repr(s), "->", e)
for v in [-1, 2 ** 128, "hello", b"\x01\x02"]:
    try:
        ip_address(v)
    except ValueError as e:
        print(type(e).__name__, e)
for v in [-1, 2 ** 32]:
    try:
        IPv4Address(v)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    IPv4Address(b"\x01\x02")
except ValueError as e:
    print(type(e).__name__, e)

# comparisons and sorting
addrs = [ip_address(s) for s in ["10.0.0.2", "10.0.0.1", "9.255.255.255", "10.0.0.10"]]
print(sorted(addrs), min(addrs), max(addrs))
print(a == IPv4Address("192.168.1.10"), a != IPv4Address("192.168.1.11"), a < a + 1, a >= a)
try:
    a < b
except TypeError as e:
    print("TypeError", e)
try:
    a < 5
except TypeError as e:
    print("TypeError", e)
print(a == "192.168.1.10", len({a, IPv4Address("192.168.1.10"), a + 1}))
print(format(a, "b"), format(a, "#x"), format(a, "_X"), format(a, "n"), f"{a:>20s}|")
try:
    format(a, ">20")
except TypeError as e:
    print("TypeError", e)
print(format(b, "#_x"), format(b, "n"))
try:
    ip_address("255.255.255.255") + 1
except ValueError as e:
    print(type(e).__name__, e)
print(ipaddress.v4_int_to_packed(1), ipaddress.v6_int_to_packed(1))
