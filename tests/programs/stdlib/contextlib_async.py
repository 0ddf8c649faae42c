from contextlib import asynccontextmanager, AsyncExitStack, nullcontext
@asynccontextmanager
async def acm(n):
    print("aenter", n)
    try:
        yield n * 10
    finally:
        print("aexit", n)
async def main():
    async with acm(1) as v:
        print("got", v)
    try:
        async with acm(2):
            raise ValueError("inner")
    except ValueError as e:
        print("caught", e)
    async with AsyncExitStack() as st:
        a = await st.enter_async_context(acm(3))
        st.callback(print, "sync cb")
        async def acb():
            print("async cb")
        st.push_async_callback(acb)
        print("a =", a)
    async with nullcontext(7) as n:
        print(n)
    return "ok"
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
