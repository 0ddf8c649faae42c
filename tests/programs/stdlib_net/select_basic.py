# select.select, poll, epoll and selectors over socketpairs.
import select
import selectors
import socket

a, b = socket.socketpair()
print(select.select([a, b], [], [], 0))
r, w, x = select.select([a, b], [a], [], 0)
print(r, w == [a], x)
a.send(b"hi")
r, w, x = select.select([a, b.fileno()], [], [], 1.0)
print(r == [b.fileno()], w, x)
print(b.recv(10))

for args in [([], [], [], -1), ([], [], [], "x"), (["x"], [], [], 0), ([-1], [], [], 0),
             (1, [], [], 0)]:
    try:
        select.select(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
c, d = socket.socketpair()
fd = c.fileno()
c.close()
try:
    select.select([fd], [], [], 0)
except OSError as e:
    print(type(e).__name__, e.errno)
d.close()

p = select.poll()
p.register(a, select.POLLIN)
p.register(b.fileno(), select.POLLIN | select.POLLOUT)
print(sorted(p.poll(0)))
a.send(b"x")
print(sorted(p.poll(100)))
p.modify(b, select.POLLIN)
print(p.poll(0))
p.unregister(b)
print(p.poll(0))
for f in (lambda: p.modify(99, 1), lambda: p.unregister(99), lambda: p.register("x")):
    try:
        f()
    except (OSError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(b.recv(10))

ep = select.epoll()
print(ep.closed, ep.fileno() > 2)
ep.register(b, select.EPOLLIN)
print(ep.poll(0))
a.send(b"yz")
print(ep.poll(1) == [(b.fileno(), select.EPOLLIN)])
ep.unregister(b)
print(ep.poll(0))
ep.close()
print(ep.closed)
try:
    ep.poll()
except ValueError as e:
    print(e)
print(b.recv(10))
with select.epoll() as e2:
    print(e2.closed)
print(e2.closed)

# selectors
sel = selectors.DefaultSelector()
print(type(sel).__name__)
key = sel.register(a, selectors.EVENT_READ, data="a-data")
print(key.fd == a.fileno(), key.events, key.data, key.fileobj is a)
sel.register(b, selectors.EVENT_READ | selectors.EVENT_WRITE, "b-data")
events = sel.select(0)
print([(k.data, ev) for k, ev in events])
b.send(b"ping")
events = sorted((k.data, ev) for k, ev in sel.select(1))
print(events)
print(a.recv(10))
sel.modify(b, selectors.EVENT_READ, "b2")
print(sel.get_key(b).data, sel.get_key(b).events)
print(len(sel.get_map()), sorted(sel.get_map()) == sorted([a.fileno(), b.fileno()]))
for f in (lambda: sel.register(a, selectors.EVENT_READ), lambda: sel.register(d, 0),
          lambda: sel.register("x", 1), lambda: sel.register(-1, 1)):
    try:
        f()
    except (KeyError, ValueError) as e:
        print(type(e).__name__)
k = sel.unregister(a)
print(k.data)
try:
    sel.get_key(a)
except KeyError:
    print("KeyError not registered")
sel.close()

for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    with cls() as s:
        s.register(b, selectors.EVENT_READ, cls.__name__)
        a.send(b"!")
        print([(k.data, ev) for k, ev in s.select(1)])
        b.recv(1)
        print(s.select(0))
print(issubclass(selectors.DefaultSelector, selectors.BaseSelector))
a.close()
b.close()
