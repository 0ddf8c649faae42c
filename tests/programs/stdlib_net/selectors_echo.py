# A single-threaded selectors echo server driving non-blocking sockets, with clients in
# the same loop.
import selectors
import socket

sel = selectors.DefaultSelector()
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", 0))
server.listen()
server.setblocking(False)
print(server.getblocking(), server.gettimeout())
sel.register(server, selectors.EVENT_READ, "accept")

clients = []
for i in range(3):
    c = socket.socket()
    c.setblocking(False)
    err = c.connect_ex(server.getsockname())
    print("connect_ex", err in (0, 115))
    clients.append(c)

echoed = {}
pending = {c: ("msg%d" % i).encode() for i, c in enumerate(clients)}
for c in clients:
    sel.register(c, selectors.EVENT_WRITE, "client")

done = 0
rounds = 0
while done < len(clients) and rounds < 100:
    rounds += 1
    for key, mask in sel.select(timeout=2):
        if key.data == "accept":
            conn, addr = server.accept()
            conn.setblocking(False)
            sel.register(conn, selectors.EVENT_READ, "echo")
        elif key.data == "echo":
            data = key.fileobj.recv(100)
            if data:
                key.fileobj.sendall(data.upper())
            else:
                sel.unregister(key.fileobj)
                key.fileobj.close()
        elif key.data == "client":
            sock = key.fileobj
            if mask & selectors.EVENT_WRITE and sock in pending:
                sock.send(pending.pop(sock))
                sel.modify(sock, selectors.EVENT_READ, "client")
            elif mask & selectors.EVENT_READ:
                echoed[clients.index(sock)] = sock.recv(100)
                sel.unregister(sock)
                sock.close()
                done += 1
print(sorted(echoed.items()))
try:
    server.accept()
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
sel.close()
server.close()
