from contextlib import ExitStack, contextmanager
@contextmanager
def res(n):
    print("enter", n)
    yield n
    print("exit", n)
with ExitStack() as stack:
    vals = [stack.enter_context(res(i)) for i in range(3)]
    stack.callback(print, "callback", "arg")
    print(vals)
stack = ExitStack()
stack.enter_context(res("x"))
moved = stack.pop_all()
stack.close()
print("popped")
moved.close()
def exit_cb(et, ev, tb):
    print("exit_cb saw", et.__name__ if et else None)
    return True
with ExitStack() as s:
    s.push(exit_cb)
    raise ValueError("gone")
print("suppressed by push")
try:
    with ExitStack() as s:
        s.callback(lambda: print("cleanup ran"))
        raise KeyError("kept")
except KeyError as e:
    print("propagated", e)
try:
    with ExitStack() as s:
        s.enter_context(object())
except TypeError as e:
    print(e)
try:
    with ExitStack() as s:
        def bad():
            raise IndexError("from callback")
        s.callback(bad)
except IndexError as e:
    print("callback raised", e)
