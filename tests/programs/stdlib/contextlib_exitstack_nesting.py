from contextlib import ExitStack, suppress
log = []
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        log.append("exit %s %s" % (self.name, et.__name__ if et else None))
        return self.swallow
with ExitStack() as st:
    st.enter_context(CM("a"))
    st.enter_context(CM("b", swallow=True))
    st.enter_context(CM("c"))
    raise ValueError
print(log)
log.clear()
try:
    with ExitStack() as st:
        st.enter_context(CM("outer"))
        def fail():
            raise KeyError("cb")
        st.callback(fail)
        st.enter_context(CM("inner"))
except KeyError as e:
    print("got", repr(e), log)
with ExitStack() as st:
    st.enter_context(suppress(ZeroDivisionError))
    1 / 0
print("suppressed by nested suppress")
def cb(*args, **kw):
    print("cb", args, kw)
with ExitStack() as st:
    r = st.callback(cb, 1, 2, k=3)
    print(r is cb)
