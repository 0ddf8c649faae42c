import ipaddress, pickle
for a, b in (("192.168.1.5/24", "192.168.1.6/24"), ("2001:db8::1/64", "2001:db8::1/65"), ("fe80::1%eth0/64", "fe80::1%eth0/64")):
    x, y = ipaddress.ip_interface(a), ipaddress.ip_interface(b)
    print(repr(x), str(x), x.ip, x.network, x.netmask, x.hostmask, x.with_prefixlen, x.with_netmask, x.with_hostmask)
    print(x == y, x < y, y < x, hash(x) == hash(pickle.loads(pickle.dumps(x))), pickle.loads(pickle.dumps(x)) == x)
    print(x == x.ip, type(x.ip).__name__)
print(ipaddress.IPv6Interface("::1/128").is_loopback, ipaddress.IPv6Interface("::/128").is_unspecified)
print(sorted([ipaddress.ip_interface("10.0.0.2/8"), ipaddress.ip_interface("10.0.0.1/16")]))
