# SimpleHTTPRequestHandler serving a temporary directory.
import functools
import http.client
import http.server
import os
import tempfile
import threading

root = tempfile.mkdtemp()
with open(os.path.join(root, "hello.txt"), "w") as f:
    f.write("hello from a file\n")
with open(os.path.join(root, "page.html"), "w") as f:
    f.write("<h1>page</h1>")
os.mkdir(os.path.join(root, "sub"))
with open(os.path.join(root, "sub", "data.json"), "w") as f:
    f.write('{"k": 1}')
os.mkdir(os.path.join(root, "withindex"))
with open(os.path.join(root, "withindex", "index.html"), "w") as f:
    f.write("index!")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


handler = functools.partial(Quiet, directory=root)
server = http.server.HTTPServer(("127.0.0.1", 0), handler)
t = threading.Thread(target=server.serve_forever)
t.start()


def get(path, method="GET"):
    conn = http.client.HTTPConnection("127.0.0.1", server.server_port)
    conn.request(method, path)
    r = conn.getresponse()
    body = r.read()
    conn.close()
    return r.status, r.getheader("Content-type"), r.getheader("Content-Length"), \
        r.getheader("Location"), body


print(get("/hello.txt"))
print(get("/page.html")[:3])
print(get("/sub/data.json"))
print(get("/hello.txt", "HEAD"))
print(get("/missing.txt")[:2])
print(get("/sub")[:4])
print(get("/withindex/"))
status, ctype, length, loc, body = get("/")
print(status, ctype)
print(body.decode())
print(get("/../../etc/passwd")[0])
print(get("/hello.txt?query=1#frag")[4])
server.shutdown()
server.server_close()
t.join()
