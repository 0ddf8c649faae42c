# AF_UNIX stream and datagram sockets on a filesystem path; dup, fromfd, detach.
import os
import socket
import tempfile
import threading

d = tempfile.mkdtemp()
path = os.path.join(d, "sock")
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(path)
srv.listen(1)
print(srv.getsockname() == path, os.path.exists(path))


seen = []


def serve():
    conn, addr = srv.accept()
    with conn:
        seen.append(addr)
        data = conn.recv(100)
        conn.sendall(data[::-1])


t = threading.Thread(target=serve)
t.start()
c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
c.connect(path)
print(c.getpeername() == path, repr(c.getsockname()))
c.sendall(b"stressed")
print(c.recv(100))
t.join()
print("server saw", seen)
c.close()
srv.close()
os.remove(path)

try:
    socket.socket(socket.AF_UNIX).connect(path)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)

a, b = socket.socketpair()
a2 = a.dup()
print(a2.fileno() != a.fileno(), a2.family == a.family, a2.type == a.type)
a2.send(b"via dup")
print(b.recv(100))
f = socket.fromfd(b.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
a.send(b"via fromfd")
print(f.recv(100))
fd = f.detach()
print(f.fileno(), fd > 2)
os.close(fd)
g = socket.socket(fileno=os.dup(a.fileno()))
print(g.family == socket.AF_UNIX, g.type == socket.SOCK_STREAM, g.proto)
g.close()
for s in (a, a2, b):
    s.close()

dpath = os.path.join(d, "dgram")
r = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
r.bind(dpath)
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
print(s.sendto(b"datagram", dpath))
data, addr = r.recvfrom(100)
print(data, repr(addr))
r.close()
s.close()
os.remove(dpath)
os.rmdir(d)
