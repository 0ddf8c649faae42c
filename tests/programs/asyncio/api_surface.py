# The names asyncio exports, star import, and protocol classes a program may subclass.
import asyncio

print(sorted(asyncio.__all__))
print(hasattr(asyncio, "TaskGroup"), "TaskGroup" in asyncio.__all__)
ns = {}
exec("from asyncio import *", ns)
print(sorted(k for k in ns if not k.startswith("__")) == sorted(asyncio.__all__))


class Echo(asyncio.Protocol):
    def __init__(self):
        self.got = []

    def data_received(self, data):
        self.got.append(data)


p = Echo()
p.connection_made(None)
p.data_received(b"abc")
print(p.got, p.eof_received(), isinstance(p, asyncio.BaseProtocol))
t = asyncio.BaseTransport({"peername": ("h", 1)})
print(t.get_extra_info("peername"), t.get_extra_info("x", "default"))
print(issubclass(asyncio.Transport, asyncio.ReadTransport),
      issubclass(asyncio.Transport, asyncio.WriteTransport))
print(asyncio.SelectorEventLoop.__name__, asyncio.DefaultEventLoopPolicy.__name__)
policy = asyncio.get_event_loop_policy()
print(isinstance(policy, asyncio.AbstractEventLoopPolicy))
loop = policy.new_event_loop()
print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop))
loop.close()
print(asyncio.Future[int], asyncio.Task[str], asyncio.Queue[int])
print(asyncio.iscoroutinefunction(asyncio.sleep), asyncio.iscoroutinefunction(asyncio.gather))
