# async with on objects lacking the protocol, and non-awaitable __aenter__/__aexit__ results.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

async def use(m):
    async with m as v:
        return v

class Nothing:
    pass

class OnlyEnter:
    async def __aenter__(self):
        return 1

class SyncEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass

class SyncExit:
    async def __aenter__(self):
        return "entered"
    def __aexit__(self, *a):
        return False

class SyncCM:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        pass

print(run(use(Nothing())))
print(run(use(OnlyEnter())))
print(run(use(SyncEnter())))
print(run(use(SyncExit())))
print(run(use(SyncCM())))
print(run(use(5)))
