import ipaddress
from ipaddress import (ip_address, ip_network, ip_interface, IPv4Address, IPv6Address,
                       IPv4Network, IPv6Network, IPv4Interface, IPv6Interface)

n = ip_network("192.168.0.0/24")
print(repr(n), n, n.network_address, n.broadcast_address, n.netmask, n.hostmask)
print(n.prefixlen, n.num_addresses, n.with_prefixlen, n.with_netmask, n.with_hostmask)
print(n.exploded, n.compressed, n.version, n.max_prefixlen, n.is_private, n.is_global)
hosts = list(n.hosts())
print(len(hosts), hosts[0], hosts[-1], n[0], n[-1], n[5], n[-2])
for i in (256, -257):
    try:
        n[i]
    except IndexError as e:
        print("IndexError", e)
print(ip_address("192.168.0.77") in n, ip_address("192.168.1.1") in n,
      ip_address("::1") in n, ip_network("192.168.0.0/25") in n)
print(list(n.subnets()), list(n.subnets(prefixlen_diff=2)))
print(list(n.subnets(new_prefix=27))[:3], n.supernet(), n.supernet(new_prefix=16),
      n.supernet(prefixlen_diff=8))
print(ip_network("10.0.0.0/30").hosts, list(ip_network("10.0.0.0/30").hosts()))
print(list(ip_network("10.0.0.0/31").hosts()), list(ip_network("10.0.0.7/32").hosts()))
print(list(ip_network("10.0.0.0/30")))
print(ip_network("10.0.0.0/255.0.0.0"), ip_network("10.0.0.0/0.0.0.255"),
      ip_network(("10.1.0.0", 16)), ip_network((167772160, "8")), ip_network(3232235520))
print(ip_network("192.168.1.77/24", strict=False), IPv4Network("1.2.3.4/32"))
print(ip_network("10.0.0.0/8").overlaps(ip_network("10.5.0.0/16")),
      ip_network("10.0.0.0/8").overlaps(ip_network("11.0.0.0/8")))
a, b = ip_network("10.0.0.0/8"), ip_network("10.20.0.0/16")
print(b.subnet_of(a), a.subnet_of(b), a.supernet_of(b), a.compare_networks(b),
      b.compare_networks(a), a.compare_networks(a))
print(list(ip_network("192.0.2.0/28").address_exclude(ip_network("192.0.2.1/32"))))
print(sorted([ip_network("10.0.0.0/16"), ip_network("10.0.0.0/8"), ip_network("9.0.0.0/8")]))
print(a == ip_network("10.0.0.0/8"), a != b, a < b, len({a, ip_network("10.0.0.0/8")}))
print(list(ipaddress.collapse_addresses([ip_network("192.0.2.0/25"),
                                         ip_network("192.0.2.128/25"),
                                         ip_address("192.0.3.0"),
                                         ip_address("192.0.3.1")])))
print(list(ipaddress.summarize_address_range(ip_address("192.0.2.0"),
                                             ip_address("192.0.2.130"))))
print(list(ipaddress.summarize_address_range(ip_address("0.0.0.0"),
                                             ip_address("255.255.255.255"))))
print(list(ipaddress.summarize_address_range(ip_address("::"), ip_address("::ff"))))
print(sorted([ip_address("::1"), ip_network("1.0.0.0/8"), ip_address("1.2.3.4")],
             key=ipaddress.get_mixed_type_key))

bad = ["10.0.0.0/33", "10.0.0.0/255.0.255.0", "10.0.0.0/abc", "10.0.0.1/24",
       "10.0.0.0/8/8", "10.0.0.0/", "300.0.0.0/8", "10.0.0.0/-1"]
for s in bad:
    try:
        IPv4Network(s)
    except ValueError as e:
        print(type(e).__name__, e)
for s in ["hello/8", "10.0.0.1/24"]:
    try:
        ip_network(s)
    except ValueError as e:
        print(type(e).__name__, e)
for call in [lambda: list(n.subnets(new_prefix=20)), lambda: list(n.subnets(prefixlen_diff=9)),
             lambda: list(n.subnets(2, 26)), lambda: n.supernet(new_prefix=25),
             lambda: n.supernet(prefixlen_diff=25), lambda: list(n.subnets(-1)),
             lambda: list(a.address_exclude(ip_network("11.0.0.0/8"))),
             lambda: list(ipaddress.summarize_address_range(ip_address("1.1.1.2"),
                                                            ip_address("1.1.1.1"))),
             lambda: list(ipaddress.summarize_address_range(a, b)),
             lambda: list(ipaddress.collapse_addresses([ip_address("1.1.1.1"),
                                                        ip_address("::1")])),
             lambda: a < ip_network("::/0"), lambda: a.subnet_of(ip_network("::/0")),
             lambda: a < ip_address("1.1.1.1")]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

v6 = ip_network("2001:db8::/32")
print(repr(v6), v6.network_address, v6.broadcast_address, v6.netmask, v6.hostmask,
      v6.num_addresses, v6.with_netmask, v6.with_hostmask, v6.exploded)
print(list(ip_network("2001:db8::/126").hosts()), list(ip_network("2001:db8::/127").hosts()))
print(list(ip_network("2001:db8::/32").subnets(new_prefix=34)))
print(v6.supernet(), v6.is_private, v6.is_global, ip_network("fe80::/64").is_link_local,
      ip_network("fec0::/64").is_site_local, ip_network("ff00::/8").is_multicast)
for s in ["2001:db8::/129", "2001:db8::1/64", "2001:db8::/ffff::"]:
    try:
        IPv6Network(s)
    except ValueError as e:
        print(type(e).__name__, e)

i = ip_interface("192.168.5.77/24")
print(repr(i), i, i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask,
      i.with_hostmask, i.version, int(i), i.is_private, i.exploded, i.compressed)
print(i == IPv4Interface("192.168.5.77/24"), i == IPv4Interface("192.168.5.77/25"),
      i == ip_address("192.168.5.77"), i.ip == ip_address("192.168.5.77"),
      ip_interface("10.0.0.1"), ip_interface(("10.0.0.1", "255.255.0.0")))
print(sorted([IPv4Interface("10.0.0.2/8"), IPv4Interface("10.0.0.1/16"),
              IPv4Interface("10.0.0.1/8")]))
j = ip_interface("2001:db8::5/64")
print(repr(j), j, j.ip, j.network, j.with_prefixlen, j.with_netmask, j.exploded)
for s in ["1.2.3.4/40", "nonsense"]:
    try:
        ip_interface(s)
    except ValueError as e:
        print(type(e).__name__, e)
print(ip_network("0.0.0.0/0").supernet(), ip_network("1.2.3.4/32").subnets().__next__())
print(ip_network("100.64.0.0/10").is_global, ip_network("100.64.0.0/10").is_private,
      ip_network("127.0.0.0/8").is_loopback, ip_network("0.0.0.0/32").is_unspecified)
