# Future: states, results, exceptions, callbacks, InvalidStateError, await.
import asyncio


def show(f):
    print(repr(f), f.done(), f.cancelled())


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    show(f)
    print(asyncio.isfuture(f), asyncio.isfuture(1), f.get_loop() is loop)
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.set_result(42)
    show(f)
    print(f.result(), f.exception())
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(f.cancel())

    g = asyncio.Future()
    g.set_exception(ValueError("oops"))
    show(g)
    print(repr(g.exception()))
    try:
        g.result()
    except ValueError as e:
        print("raised", e)

    h = loop.create_future()
    h.set_exception(KeyError)
    print(repr(h.exception()))
    try:
        loop.create_future().set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)

    # callbacks run soon, in registration order, with the future as argument
    k = loop.create_future()
    calls = []
    def cb1(fut):
        calls.append(("cb1", fut.result()))
    def cb2(fut):
        calls.append(("cb2", fut.result()))
    k.add_done_callback(cb1)
    k.add_done_callback(cb2)
    k.add_done_callback(cb1)
    print(k.remove_done_callback(cb1))
    print(k.remove_done_callback(cb1))
    k.set_result("v")
    print(calls)
    await asyncio.sleep(0)
    print(calls)
    k.add_done_callback(cb1)
    print(calls)
    await asyncio.sleep(0)
    print(calls)

    # await a future completed later
    w = loop.create_future()
    loop.call_later(0.01, w.set_result, "later")
    print(await w)
    e = loop.create_future()
    loop.call_soon(e.set_exception, RuntimeError("late error"))
    try:
        await e
    except RuntimeError as ex:
        print("awaited", repr(ex))

    # cancel
    c = loop.create_future()
    print(c.cancel("why"), c.cancel())
    show(c)
    try:
        c.result()
    except asyncio.CancelledError as ex:
        print("CancelledError", ex.args)
    try:
        c.exception()
    except asyncio.CancelledError as ex:
        print("CancelledError", ex.args)
    try:
        await c
    except asyncio.CancelledError as ex:
        print("await cancelled", ex.args)
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))
    print(asyncio.TimeoutError is TimeoutError)
    print(issubclass(asyncio.InvalidStateError, Exception))

asyncio.run(main())
