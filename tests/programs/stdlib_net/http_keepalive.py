# HTTP/1.1 keep-alive: several requests over one connection to a server thread, chunked
# responses, HEAD, and a threading server.
import http.client
import http.server
import threading

log = []


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        log.append(args[0] if args else format)

    def do_GET(self):
        if self.path == "/chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for piece in (b"alpha ", b"beta ", b"gamma"):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            self.wfile.write(b"0\r\n\r\n")
            return
        body = ("you asked for %s on %s" % (self.path, self.request_version)).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_HEAD(self):
        self.send_response(200)
        self.send_header("Content-Length", "1234")
        self.end_headers()


for server_class in (http.server.HTTPServer, http.server.ThreadingHTTPServer):
    server = server_class(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=server.serve_forever)
    t.start()
    conn = http.client.HTTPConnection("127.0.0.1", server.server_port)
    for path in ("/a", "/b", "/chunked", "/c"):
        conn.request("GET", path)
        r = conn.getresponse()
        print(r.status, r.version, r.chunked, r.will_close, r.read())
    conn.request("HEAD", "/h")
    r = conn.getresponse()
    print(r.status, r.getheader("Content-Length"), r.read())
    conn.request("GET", "/chunked")
    r = conn.getresponse()
    print(r.read(3), r.read(7), r.read())
    sock_before = conn.sock
    conn.request("GET", "/last")
    print(conn.sock is sock_before, conn.getresponse().read())
    conn.close()
    server.shutdown()
    server.server_close()
    t.join()
    print(server_class.__name__, t.is_alive(), len(log))
    log.clear()
