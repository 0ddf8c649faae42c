# http.server in a thread (serve_forever) and http.client in the main thread.
import http.client
import http.server
import json
import threading
from http import HTTPStatus

log = []


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        log.append(format % args)

    def do_GET(self):
        if self.path == "/hello":
            body = b"hello world"
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Multi", "one")
            self.send_header("X-Multi", "two")
            self.end_headers()
            self.wfile.write(body)
        elif self.path.startswith("/json"):
            body = json.dumps({"path": self.path, "agent": self.headers.get("User-Agent"),
                               "host": self.headers["Host"] is not None}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/nolength":
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"until the connection closes")
        else:
            self.send_error(HTTPStatus.NOT_FOUND, "No such page")

    def do_POST(self):
        n = int(self.headers["Content-Length"])
        data = self.rfile.read(n)
        self.send_response(201, "Made")
        self.send_header("Content-Length", str(len(data) + 6))
        self.end_headers()
        self.wfile.write(b"got: " + data + b"!")


server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
port = server.server_address[1]
print(server.server_address[0], server.server_port == port)
t = threading.Thread(target=server.serve_forever)
t.start()

conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
conn.request("GET", "/hello")
r = conn.getresponse()
print(r.status, r.reason, r.version, r.getheader("Content-Type"), r.getheader("X-Multi"))
print(r.getheader("Missing"), r.getheader("Missing", "dflt"), r.headers.get_all("X-Multi"))
print(r.read(5), r.read(), r.isclosed())
print(r.headers["content-length"], "Server" in r.headers, r.getheader("Server").split("/")[0])

conn.request("GET", "/json?x=1", headers={"User-Agent": "kestrel-test"})
r = conn.getresponse()
print(r.status, json.loads(r.read()))

conn.request("POST", "/submit", body=b"payload")
r = conn.getresponse()
print(r.status, r.reason, r.read())

conn.request("POST", "/submit", body="text body")
r = conn.getresponse()
print(r.status, r.read())

conn.request("GET", "/missing")
r = conn.getresponse()
print(r.status, r.reason, r.getheader("Content-Type"))
page = r.read().decode()
print([line.strip() for line in page.splitlines() if "Error code" in line or "Message" in line])

conn.request("GET", "/nolength")
r = conn.getresponse()
print(r.status, r.getheader("Content-Length"), r.read())

conn.request("DELETE", "/x")
r = conn.getresponse()
print(r.status, r.reason, len(r.read()) > 0)

# raw request line errors
import socket
for raw in [b"GARBAGE\r\n\r\n", b"GET / HTTP/2.0\r\n\r\n", b"GET / HTTP/x.y\r\n\r\n"]:
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(raw)
        data = b""
        while True:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
        print(data.split(b"\r\n")[0])
conn.close()
server.shutdown()
server.server_close()
t.join()
print(t.is_alive())
print(log[0], len(log))
for entry in log:
    if entry.startswith("code"):
        print(entry)

# state errors
c = http.client.HTTPConnection("127.0.0.1", port)
try:
    c.getresponse()
except http.client.ResponseNotReady as e:
    print("ResponseNotReady", e)
c.putrequest("GET", "/")
try:
    c.putrequest("GET", "/")
except http.client.CannotSendRequest as e:
    print("CannotSendRequest", e)
try:
    http.client.HTTPConnection("host:port")
except http.client.InvalidURL as e:
    print(e)
print(http.client.HTTPConnection("example.com:8080").port, http.client.HTTPConnection("[::1]").host)
print(http.client.responses[404], http.client.OK, http.client.NOT_FOUND)
print(issubclass(http.client.RemoteDisconnected, ConnectionResetError))
print(repr(http.client.IncompleteRead(b"abc", 5)))
