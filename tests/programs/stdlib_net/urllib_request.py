# urllib.request against a local http.server, plus data: and file: URLs.
import http.server
import os
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request

seen = []


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        seen.append((self.command, self.path, self.headers.get("User-Agent"),
                     self.headers.get("X-Extra")))
        if self.path == "/old":
            self.send_response(302)
            self.send_header("Location", "/new")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/forbidden":
            self.send_error(403)
            return
        body = ("path=%s" % self.path).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        n = int(self.headers["Content-Length"])
        data = self.rfile.read(n)
        seen.append((self.command, self.path, self.headers.get("Content-Type"), data))
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data[::-1])


server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
base = "http://127.0.0.1:%d" % server.server_port
t = threading.Thread(target=server.serve_forever, daemon=True)
t.start()

with urllib.request.urlopen(base + "/hello?a=1") as r:
    print(r.status, r.reason, r.getcode(), r.url == base + "/hello?a=1")
    print(r.headers.get_content_type(), r.headers.get_content_charset())
    print(r.read().decode())

req = urllib.request.Request(base + "/req", headers={"X-Extra": "yes"})
print(req.get_method(), req.type, req.host == "127.0.0.1:%d" % server.server_port,
      req.selector, req.has_header("X-extra"), req.get_header("X-extra"))
with urllib.request.urlopen(req) as r:
    print(r.read())

data = urllib.parse.urlencode({"name": "kestrel", "n": 3}).encode()
with urllib.request.urlopen(base + "/post", data=data) as r:
    print(r.read())
req = urllib.request.Request(base + "/put", data=b"raw", method="POST",
                             headers={"Content-Type": "application/octet-stream"})
print(req.get_method())
print(urllib.request.urlopen(req).read())

with urllib.request.urlopen(base + "/old") as r:
    print(r.status, r.url.endswith("/new"), r.read())

try:
    urllib.request.urlopen(base + "/forbidden")
except urllib.error.HTTPError as e:
    print(type(e).__name__, e.code, e.reason, str(e), e.headers["Content-Type"])
    print(len(e.read()) > 0)

server.shutdown()
server.server_close()
for entry in seen:
    print(entry)

with urllib.request.urlopen("data:text/plain;base64,SGVsbG8sIFdvcmxkIQ==") as r:
    print(r.read(), r.headers["Content-type"], r.headers["Content-length"])
print(urllib.request.urlopen("data:,A%20brief%20note").read())

fd, path = tempfile.mkstemp(suffix=".txt")
os.write(fd, b"file contents\n")
os.close(fd)
with urllib.request.urlopen("file://" + urllib.request.pathname2url(path)) as r:
    print(r.read(), r.headers["Content-length"])
os.remove(path)
try:
    urllib.request.urlopen("file:///nonexistent/file.txt")
except urllib.error.URLError as e:
    print(type(e).__name__, type(e.reason).__name__)

for bad in ["nourl", "foo://x"]:
    try:
        urllib.request.urlopen(bad)
    except (ValueError, urllib.error.URLError) as e:
        print(type(e).__name__, e)
e = urllib.error.URLError("why")
print(e, e.reason, isinstance(e, OSError))
