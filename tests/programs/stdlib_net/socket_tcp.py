# A TCP server thread and a client in one program, on localhost.
import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, isinstance(port, int) and port > 0)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print(repr(srv).startswith("<socket.socket fd="), "laddr=('127.0.0.1'" in repr(srv))

log = []


def serve_one():
    conn, addr = srv.accept()
    with conn:
        log.append(("accepted", addr[0]))
        data = b""
        while not data.endswith(b"\n"):
            chunk = conn.recv(1024)
            if not chunk:
                break
            data += chunk
        conn.sendall(data.upper())


for word in ["alpha", "beta", "gamma"]:
    t = threading.Thread(target=serve_one)
    t.start()
    with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
        print(c.gettimeout(), c.getpeername() == ("127.0.0.1", port))
        c.sendall(word.encode() + b"\n")
        reply = b""
        while True:
            chunk = c.recv(1024)
            if not chunk:
                break
            reply += chunk
        print(reply)
    t.join()
print(log)
srv.close()

# connect to a closed port
s = socket.socket()
s.bind(("127.0.0.1", 0))
free = s.getsockname()[1]
s.close()
c = socket.socket()
try:
    c.connect(("127.0.0.1", free))
except ConnectionRefusedError as e:
    print("refused", e.errno, e.strerror)
c.close()
c = socket.socket()
print(c.connect_ex(("127.0.0.1", free)) == 111)
c.close()

# accept with a timeout
srv = socket.create_server(("127.0.0.1", 0))
srv.settimeout(0.05)
try:
    srv.accept()
except TimeoutError as e:
    print("accept:", e)
srv.close()

# UDP
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2.bind(("127.0.0.1", 0))
print(u2.sendto(b"ping", u1.getsockname()))
data, addr = u1.recvfrom(100)
print(data, addr == u2.getsockname())
u1.sendto(b"pong", 0, addr)
buf = bytearray(10)
n, addr2 = u2.recvfrom_into(buf)
print(n, bytes(buf[:n]), addr2 == u1.getsockname())
u1.close(); u2.close()

# address errors
s = socket.socket()
for bad in ["x", ("a",), (1, 2), ("127.0.0.1", 70000)]:
    try:
        s.bind(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
s.close()

# IPv6 loopback
s6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
try:
    s6.bind(("::1", 0))
    name = s6.getsockname()
    print(name[0], len(name))
except OSError:
    print("::1", 4)
s6.close()
