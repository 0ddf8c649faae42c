# Module-level functions of socket.
import socket

print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
for f in (socket.htons, socket.htonl):
    for v in (-1, 2 ** 40, "x"):
        try:
            f(v)
        except (OverflowError, TypeError) as e:
            print(f.__name__, type(e).__name__, e)

print(socket.inet_aton("127.0.0.1"), socket.inet_aton("127.1"), socket.inet_aton("0x7f.1"))
print(socket.inet_aton("10.1.2"), socket.inet_aton("1"))
for bad in ["1.2.3.256", "a.b.c.d", "", "1..2"]:
    try:
        socket.inet_aton(bad)
    except OSError as e:
        print(repr(bad), e)
print(socket.inet_ntoa(b"\xc0\xa8\x00\x01"))
try:
    socket.inet_ntoa(b"123")
except OSError as e:
    print(e)
print(socket.inet_pton(socket.AF_INET, "1.2.3.4"))
print(socket.inet_pton(socket.AF_INET6, "::1"))
print(socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, "fe80::1:2")))
print(socket.inet_ntop(socket.AF_INET, b"\x7f\x00\x00\x01"))
for fam, text in [(socket.AF_INET, "1.2.3"), (socket.AF_INET6, "1:::2")]:
    try:
        socket.inet_pton(fam, text)
    except OSError as e:
        print(e)
try:
    socket.inet_ntop(socket.AF_INET, b"12345")
except ValueError as e:
    print(e)

print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname("localhost"))
print(type(socket.gethostname()) is str and len(socket.gethostname()) > 0)
infos = socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM)
print(infos)
print(socket.getaddrinfo("127.0.0.1", "8080", type=socket.SOCK_DGRAM)[0][4])
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)[0][4])
try:
    socket.getaddrinfo("nonexistent.invalid", 80, proto=0, flags=socket.AI_NUMERICHOST)
except socket.gaierror as e:
    print("gaierror", e.errno, e)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
print(socket.timeout is TimeoutError, socket.error is OSError)
print(socket.gaierror, socket.herror)
print(socket.getservbyname("http", "tcp"), socket.getservbyport(80))
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
s = socket.socket()
print(s.gettimeout())
s.close()
socket.setdefaulttimeout(None)
print(socket.AF_INET, repr(socket.AF_INET), socket.SOCK_DGRAM.name, socket.AddressFamily(10))
print(repr(socket.MSG_PEEK), int(socket.SOMAXCONN) > 0)
print(socket.SocketType is socket.socket, socket.has_ipv6)
