# cr_running, cr_await and names.
class Suspend:
    def __await__(self):
        yield "s"

async def inner():
    await Suspend()

async def outer():
    print("running inside:", c.cr_running)
    await inner()

c = outer()
print(c.cr_running, c.cr_await)
c.send(None)
print(c.cr_running, type(c.cr_await).__name__)
print(c.__name__, c.__qualname__)
c.close()
print(c.cr_await)

class K:
    async def meth(self):
        return 1

m = K().meth()
print(m.__qualname__)
m.close()
