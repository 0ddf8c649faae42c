# A special method set to None declares the operation unsupported: iter(), `in`,
# unpacking and the natives that consume iterables raise CPython's TypeError instead of
# calling None.

class NotIterable:
    __iter__ = None

    def __getitem__(self, i):  # would make it iterable were __iter__ not blocked
        if i < 3:
            return i
        raise IndexError


class NotContainer:
    __contains__ = None

    def __iter__(self):
        return iter([1, 2])


class NotReversible:
    __reversed__ = None

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


class Unhashable:
    __hash__ = None


def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("iter", lambda: iter(NotIterable()))
attempt("list", lambda: list(NotIterable()))
attempt("tuple", lambda: tuple(NotIterable()))
attempt("star", lambda: [*NotIterable()])
attempt("sorted", lambda: sorted(NotIterable()))
attempt("fromkeys", lambda: dict.fromkeys(NotIterable()))
attempt("in-iter", lambda: 1 in NotIterable())
attempt("in-container", lambda: 1 in NotContainer())
attempt("not-in-container", lambda: 1 not in NotContainer())
attempt("reversed", lambda: reversed(NotReversible()))
attempt("hash", lambda: hash(Unhashable()))
attempt("set", lambda: {Unhashable()})


def loop():
    for x in NotIterable():
        return x


attempt("for", loop)


def unpack():
    a, b = NotIterable()
    return a, b


attempt("unpack", unpack)

# Still usable through what is not blocked.
print(list(NotContainer()), NotIterable()[1], len(NotReversible()))


# A subclass can re-enable what its base blocked.
class Iterable(NotIterable):
    def __iter__(self):
        return iter("ab")


print(list(Iterable()), "a" in Iterable())
