# A tiny event loop: Future-like objects yield themselves from __await__.
class Future:
    def __init__(self, name):
        self.name = name
        self.result = None
        self.done = False

    def __await__(self):
        if not self.done:
            yield self
        return self.result


class Loop:
    def __init__(self):
        self.ready = []
        self.log = []

    def spawn(self, coro, name):
        self.ready.append((coro, None, name))

    def run(self):
        results = {}
        while self.ready:
            coro, value, name = self.ready.pop(0)
            try:
                fut = coro.send(value)
            except StopIteration as e:
                results[name] = e.value
                self.log.append(("done", name, e.value))
                continue
            self.log.append(("wait", name, fut.name))
            fut.result = fut.name.upper()
            fut.done = True
            self.ready.append((coro, fut.result, name))
        return results


async def fetch(what):
    r = await Future(what)
    return r + "!"


async def worker(n):
    out = []
    for i in range(n):
        out.append(await fetch("item%d" % i))
    return out


loop = Loop()
loop.spawn(worker(2), "a")
loop.spawn(worker(3), "b")
res = loop.run()
for entry in loop.log:
    print(entry)
print(res["a"], res["b"])
