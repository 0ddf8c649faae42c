# gi_suspended / cr_suspended through a generator's and a coroutine's life.
class S:
    def __await__(self):
        yield "s"

def g():
    print("inside", it.gi_suspended, it.gi_running)
    yield 1

async def c():
    print("inside", co.cr_suspended, co.cr_running)
    await S()

it = g()
print(it.gi_suspended)
next(it)
print(it.gi_suspended)
list(it)
print(it.gi_suspended, it.gi_running)

co = c()
print(co.cr_suspended, co.cr_origin)
co.send(None)
print(co.cr_suspended)
try:
    co.send(None)
except StopIteration:
    print("done", co.cr_suspended, co.cr_await)
