# socketserver: TCP and UDP servers with stream and datagram handlers.
import socket
import socketserver
import threading


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            if line.strip() == b"quit":
                break
            self.wfile.write(line.upper())


with socketserver.TCPServer(("127.0.0.1", 0), Echo) as server:
    host, port = server.server_address
    print(host, server.socket.type == socket.SOCK_STREAM, server.fileno() > 2)
    t = threading.Thread(target=server.handle_request)
    t.start()
    with socket.create_connection((host, port)) as c:
        c.sendall(b"one\ntwo\nquit\n")
        data = b""
        while True:
            chunk = c.recv(100)
            if not chunk:
                break
            data += chunk
        print(data)
    t.join()


class Upper(socketserver.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        self.wfile.write(data.upper() + b" from " + self.client_address[0].encode())


with socketserver.UDPServer(("127.0.0.1", 0), Upper) as server:
    t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    t.start()
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for word in (b"a", b"bc"):
        u.sendto(word, server.server_address)
        print(u.recvfrom(100)[0])
    u.close()
    server.shutdown()
    t.join()


events = []


class Counting(socketserver.BaseRequestHandler):
    count = 0

    def setup(self):
        events.append(("setup", type(self.request).__name__))

    def handle(self):
        Counting.count += 1
        self.request.sendall(b"%d" % Counting.count)

    def finish(self):
        events.append("finish")


server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Counting)
server.daemon_threads = False
t = threading.Thread(target=server.serve_forever)
t.start()
for i in range(3):
    with socket.create_connection(server.server_address) as c:
        print(c.recv(10))
server.shutdown()
server.server_close()
t.join()
print(Counting.count, sorted(map(str, events)))


class Boom(socketserver.BaseRequestHandler):
    def handle(self):
        raise ValueError("handler failed")


server = socketserver.TCPServer(("127.0.0.1", 0), Boom)
server.handle_error = lambda request, addr: print("handle_error", addr[0])
t = threading.Thread(target=server.handle_request)
t.start()
with socket.create_connection(server.server_address) as c:
    print(c.recv(10))
t.join()
server.server_close()

server = socketserver.TCPServer(("127.0.0.1", 0), Boom)
server.timeout = 0.05
server.handle_timeout = lambda: print("timed out")
server.handle_request()
server.server_close()
print(issubclass(socketserver.ThreadingTCPServer, socketserver.TCPServer))
