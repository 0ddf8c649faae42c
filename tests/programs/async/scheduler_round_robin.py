# A round-robin scheduler: tasks yield control with a sleep-like awaitable.
class Yield:
    def __await__(self):
        yield self

class Task:
    def __init__(self, coro, name):
        self.coro = coro
        self.name = name
        self.result = None
        self.error = None

class Scheduler:
    def __init__(self):
        self.queue = []
        self.trace = []

    def spawn(self, coro, name):
        t = Task(coro, name)
        self.queue.append(t)
        return t

    def run(self):
        while self.queue:
            t = self.queue.pop(0)
            try:
                t.coro.send(None)
            except StopIteration as e:
                t.result = e.value
                self.trace.append("%s done" % t.name)
                continue
            except Exception as e:
                t.error = e
                self.trace.append("%s failed: %s" % (t.name, e))
                continue
            self.queue.append(t)

async def count(name, n, log):
    for i in range(n):
        log.append("%s%d" % (name, i))
        await Yield()
    return name * n

async def fails(log):
    log.append("f0")
    await Yield()
    raise ValueError("task failure")

log = []
s = Scheduler()
a = s.spawn(count("a", 3, log), "a")
b = s.spawn(count("b", 2, log), "b")
c = s.spawn(fails(log), "c")
s.run()
print(log)
print(s.trace)
print(a.result, b.result, repr(c.error))
