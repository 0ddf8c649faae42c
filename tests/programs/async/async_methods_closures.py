# async methods, staticmethods, closures, nested coroutine functions, decorators.
class V:
    def __await__(self):
        yield "tick"
        return "v"

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Service:
    prefix = "svc"
    def __init__(self, n):
        self.n = n
    async def get(self, k):
        await V()
        return "%s:%s:%d" % (self.prefix, k, self.n)
    @staticmethod
    async def static(x):
        return x * 2
    @classmethod
    async def cls(cls):
        return cls.prefix

def make_adder(n):
    async def add(x):
        await V()
        return x + n
    return add

def logged(fn):
    async def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        r = await fn(*args, **kwargs)
        print("result", r)
        return r
    return wrapper

@logged
async def mul(a, b=3, *, c=1):
    return a * b * c

async def main():
    s = Service(7)
    out = [await s.get("key"), await Service.static(4), await Service.cls()]
    add5 = make_adder(5)
    out.append(await add5(10))
    out.append(await mul(2, c=10))
    async def local(y=out):
        return len(y)
    out.append(await local())
    return out

print(run(main()))
print(type(Service(1).get).__name__)
c = Service(1).get("x")
print(type(c).__name__)
c.close()
