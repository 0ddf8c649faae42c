# socketpair, send/recv, sendall, recv_into, shutdown, makefile, timeouts, options.
import socket

a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM, a.proto)
print(repr(a.family), repr(a.type))
print(a.getsockname(), repr(b.getpeername()))
print(a.send(b"hello"))
print(b.recv(100))
a.sendall(b"x" * 10000)
got = b""
while len(got) < 10000:
    got += b.recv(4096)
print(len(got), set(got))

buf = bytearray(8)
a.send(b"abc")
n = b.recv_into(buf)
print(n, buf)
mv = memoryview(bytearray(10))
a.send(b"0123456789")
print(b.recv_into(mv, 4), bytes(mv))
print(b.recv(100))

# timeouts
print(b.gettimeout(), b.getblocking())
b.settimeout(0.05)
print(b.gettimeout(), b.getblocking())
try:
    b.recv(10)
except socket.timeout as e:
    print("timeout:", type(e).__name__, e)
b.setblocking(False)
print(b.gettimeout(), b.getblocking())
try:
    b.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
b.setblocking(True)
print(b.gettimeout())

for bad in ["x", -1]:
    try:
        b.settimeout(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# options
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM)
a.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))
print(len(a.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 4)))

# makefile
w = a.makefile("wb")
r = b.makefile("rb")
w.write(b"line one\nline two\nrest")
w.flush()
w.close()
print(r.readline())
print(r.readline())
a.shutdown(socket.SHUT_WR)
print(r.read())
r.close()

# text mode
c, d = socket.socketpair()
wf = c.makefile("w", encoding="utf-8")
rf = d.makefile("r", encoding="utf-8")
wf.write("héllo\nwörld\n")
wf.flush()
print(repr(rf.readline()), repr(rf.readline()))
wf.close(); rf.close()
c.close(); d.close()

# shutdown then recv gives b""
e, f = socket.socketpair()
e.shutdown(socket.SHUT_WR)
print(f.recv(10))
with e, f:
    pass
print(e.fileno(), f.fileno())
print(repr(e))
try:
    e.recv(1)
except OSError as ex:
    print(type(ex).__name__, ex.errno, ex)
try:
    e.send(b"x")
except OSError as ex:
    print(type(ex).__name__, ex)
a.close(); b.close()
a.close()

# datagram pair
g, h = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
g.send(b"one"); g.send(b"two")
print(h.recv(10), h.recv(10), h.type == socket.SOCK_DGRAM)
g.close(); h.close()

# errors
try:
    b.recv(-1)
except ValueError as ex:
    print(ex)
s = socket.socket()
try:
    s.recv(-1)
except ValueError as ex:
    print(ex)
s.close()
try:
    socket.socket(12345)
except OSError as ex:
    print(type(ex).__name__, ex)
