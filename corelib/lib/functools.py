"""Higher-order functions and operations on callable objects."""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__annotations__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, attr, value)
            except (AttributeError, TypeError):
                pass
    for attr in updated:
        # `wrapper.<attr>.update(wrapped.<attr>)`, entry by entry (a function's __dict__
        # is read as a snapshot here).
        for key, value in getattr(wrapped, attr, {}).items():
            if attr == '__dict__':
                setattr(wrapper, key, value)
            else:
                getattr(wrapper, attr)[key] = value
    try:
        wrapper.__wrapped__ = wrapped
    except (AttributeError, TypeError):
        pass
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    """New function with partial application of the given arguments and keywords."""

    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        kw = dict(self.keywords)
        kw.update(keywords)
        return self.func(*self.args, *args, **kw)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        return 'functools.partial(%s)' % ', '.join(parts)


class _CacheInfo:
    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % (
            self.hits, self.misses, self.maxsize, self.currsize)

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __iter__(self):
        return iter((self.hits, self.misses, self.maxsize, self.currsize))


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if callable(maxsize) and not isinstance(maxsize, int):
        return lru_cache(128, typed)(maxsize)

    def decorating_function(user_function):
        cache = {}
        stats = [0, 0]

        def wrapper(*args, **kwds):
            key = args
            if kwds:
                key = args + (_kwd_mark,) + tuple(sorted(kwds.items()))
            if typed:
                key += tuple(type(v) for v in args)
            if key in cache:
                stats[0] += 1
                value = cache.pop(key)
                cache[key] = value
                return value
            stats[1] += 1
            value = user_function(*args, **kwds)
            cache[key] = value
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
            return value

        def cache_info():
            return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

        def cache_clear():
            cache.clear()
            stats[0] = stats[1] = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return update_wrapper(wrapper, user_function)

    return decorating_function


_kwd_mark = object()


def cache(user_function):
    """Simple unbounded cache (`lru_cache(maxsize=None)`)."""
    return lru_cache(maxsize=None)(user_function)


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    class K:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods."""
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__') if op in cls.__dict__]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = defined[0]
    if root == '__lt__':
        derived = {
            '__gt__': lambda self, other: not (self < other) and self != other,
            '__le__': lambda self, other: self < other or self == other,
            '__ge__': lambda self, other: not (self < other),
        }
    elif root == '__le__':
        derived = {
            '__ge__': lambda self, other: not (self <= other) or self == other,
            '__lt__': lambda self, other: self <= other and not self == other,
            '__gt__': lambda self, other: not (self <= other),
        }
    elif root == '__gt__':
        derived = {
            '__lt__': lambda self, other: not (self > other) and self != other,
            '__ge__': lambda self, other: self > other or self == other,
            '__le__': lambda self, other: not (self > other),
        }
    else:
        derived = {
            '__le__': lambda self, other: not (self >= other) or self == other,
            '__gt__': lambda self, other: self >= other and not self == other,
            '__lt__': lambda self, other: not (self >= other),
        }
    for name, func in derived.items():
        if name not in defined:
            setattr(cls, name, func)
    return cls


class cached_property:
    """A method computed once per instance, then kept as an ordinary instance attribute."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = self.func(instance)
        # The cached value shadows this (non-data) descriptor from now on.
        object.__setattr__(instance, self.attrname, val)
        return val
