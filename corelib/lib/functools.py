"""Higher-order functions and operations on callable objects: wraps, partial, caches,
total_ordering, reduce, cmp_to_key and single dispatch."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes `wrapper` look like `wrapped` (name, doc, ...), records `wrapped` as
    `wrapper.__wrapped__`, and returns `wrapper`."""
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
        # Entry by entry: a function's __dict__ may be read as a snapshot here.
        for key, value in getattr(wrapped, attr, {}).items():
            if attr == '__dict__':
                setattr(wrapper, key, value)
            else:
                getattr(wrapper, attr)[key] = value
    # Set last, so a __wrapped__ copied from wrapped's __dict__ does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper: `@wraps(f)` on the wrapper."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


_initial_missing = object()


def reduce(*args):
    """reduce(function, iterable[, initial]): folds the items from the left, so
    reduce(f, [a, b, c]) is f(f(a, b), c)."""
    if len(args) < 2:
        raise TypeError(f"reduce expected at least 2 arguments, got {len(args)}")
    if len(args) > 3:
        raise TypeError(f"reduce expected at most 3 arguments, got {len(args)}")
    function, sequence = args[0], args[1]
    initial = args[2] if len(args) == 3 else _initial_missing
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
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


# --- total_ordering ------------------------------------------------------------------

def _derive(root, name):
    """The comparison `name` computed from the class's `root` comparison and ==, passing
    NotImplemented through."""
    def from_lt(self, other):
        r = type(self).__lt__(self, other)
        if r is NotImplemented:
            return r
        if name == '__gt__':
            return not r and self != other
        if name == '__le__':
            return r or self == other
        return not r

    def from_le(self, other):
        r = type(self).__le__(self, other)
        if r is NotImplemented:
            return r
        if name == '__ge__':
            return not r or self == other
        if name == '__lt__':
            return r and self != other
        return not r

    def from_gt(self, other):
        r = type(self).__gt__(self, other)
        if r is NotImplemented:
            return r
        if name == '__lt__':
            return not r and self != other
        if name == '__ge__':
            return r or self == other
        return not r

    def from_ge(self, other):
        r = type(self).__ge__(self, other)
        if r is NotImplemented:
            return r
        if name == '__le__':
            return not r or self == other
        if name == '__gt__':
            return r and self != other
        return not r

    f = {'__lt__': from_lt, '__le__': from_le, '__gt__': from_gt, '__ge__': from_ge}[root]
    f.__name__ = name
    f.__qualname__ = name
    return f


def total_ordering(cls):
    """Class decorator that fills in the missing rich comparisons from one of them."""
    ops = ('__lt__', '__le__', '__gt__', '__ge__')
    roots = [op for op in ops if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for name in ops:
        if name != root and name not in roots:
            setattr(cls, name, _derive(root, name))
    return cls


class _KeyWrapper:
    """What cmp_to_key returns, and what calling that returns: one type, as CPython's,
    so wrappers from different cmp_to_key calls compare (with the left one's cmp)."""

    __slots__ = ('cmp', 'obj')

    def __init__(self, cmp, obj=None):
        self.cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return _KeyWrapper(self.cmp, obj)

    def _other(self, other):
        if type(other) is not _KeyWrapper:
            raise TypeError('other argument must be K instance')
        return other.obj

    def __lt__(self, other):
        return self.cmp(self.obj, self._other(other)) < 0

    def __gt__(self, other):
        return self.cmp(self.obj, self._other(other)) > 0

    def __eq__(self, other):
        return self.cmp(self.obj, self._other(other)) == 0

    def __le__(self, other):
        return self.cmp(self.obj, self._other(other)) <= 0

    def __ge__(self, other):
        return self.cmp(self.obj, self._other(other)) >= 0

    __hash__ = None


_KeyWrapper.__name__ = _KeyWrapper.__qualname__ = "KeyWrapper"


def cmp_to_key(mycmp):
    """Turns an old-style cmp(a, b) function into a key= function."""
    return _KeyWrapper(mycmp)


# --- partial -------------------------------------------------------------------------


class partial:
    """A callable that calls `func` with these arguments in front of (and keywords
    merged under) the ones it is called with."""

    __slots__ = ('_func', '_args', '_keywords', '__dict__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self._func = func
        self._args = tuple(args)
        self._keywords = keywords
        return self

    @property
    def func(self):
        """function object to use in future partial calls"""
        return self._func

    @property
    def args(self):
        """tuple of arguments to future partial calls"""
        return self._args

    @property
    def keywords(self):
        """dictionary of keyword arguments to future partial calls"""
        return self._keywords

    def __call__(self, /, *args, **keywords):
        keywords = {**self._keywords, **keywords}
        return self._func(*self._args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self._func)]
        parts.extend(repr(x) for x in self._args)
        parts.extend(f'{k}={v!r}' for k, v in self._keywords.items())
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        return f"{name}({', '.join(parts)})"

    def __reduce__(self):
        return (type(self), (self._func,),
                (self._func, self._args, self._keywords, self.__dict__ or None))

    def __copy__(self):
        new = type(self)(self._func, *self._args, **self._keywords)
        new.__dict__.update(self.__dict__)
        return new

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)(deepcopy(self._func, memo), *deepcopy(self._args, memo),
                         **deepcopy(self._keywords, memo))
        memo[id(self)] = new
        new.__dict__.update(deepcopy(self.__dict__, memo))
        return new

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError(f"expected 4 items in state, got {len(state)}")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict)) or
                (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        self._func = func
        self._args = tuple(args)
        self._keywords = dict(kwds) if kwds is not None else {}
        if namespace:
            self.__dict__.update(namespace)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class partialmethod:
    """partial for methods: the bound object (or class) goes before the stored arguments."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        return f"functools.partialmethod({', '.join(parts)})"

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None and not isinstance(self.func, partial):
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


# --- caches --------------------------------------------------------------------------

_CacheInfo = None


def _cache_info_type():
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"],
                                module="functools")
    return _CacheInfo


_kwd_mark = (object(),)
_fast_types = {int, str}


def _make_key(args, kwds, typed):
    """The cache key of a call: the arguments (and keywords, in call order), plus their
    types when `typed`; a lone int or str argument is its own key."""
    key = args
    if kwds:
        key += _kwd_mark
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _fast_types:
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Decorator keeping the results of the most recent `maxsize` calls (all of them when
    maxsize is None); `typed` caches equal arguments of different types apart."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]  # hits, misses
    missing = _initial_missing
    make_key = _make_key

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = make_key(args, kwds, typed)
            result = cache.get(key, missing)
            if result is not missing:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = make_key(args, kwds, typed)
            result = cache.pop(key, missing)
            if result is not missing:
                # Re-inserted: the dict's order is the recency order.
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            if len(cache) > maxsize:
                del cache[next(iter(cache))]
            return result

    def cache_info():
        """Report cache statistics"""
        return _cache_info_type()(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    """Unbounded cache of a function's results (lru_cache(maxsize=None))."""
    return lru_cache(maxsize=None)(user_function)


_NOT_FOUND = object()


class cached_property:
    """A method computed once per instance, then kept in the instance's __dict__ (which
    shadows this non-data descriptor from then on)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = getattr(func, '__module__', None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                   f"instance to cache {self.attrname!r} property.")
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = (f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                       f"does not support item assignment for caching {self.attrname!r} "
                       "property.")
                raise TypeError(msg) from None
        return val

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


# --- single dispatch -----------------------------------------------------------------


def _is_union_type(cls):
    import types
    from typing import Union, get_origin
    return get_origin(cls) in (Union, types.UnionType)


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    if not (type(cls).__name__ in ('UnionType', '_UnionGenericAlias')):
        return False
    from typing import get_args
    return _is_union_type(cls) and all(isinstance(arg, type) for arg in get_args(cls))


def _find_impl(cls, registry):
    """The registered implementation for `cls`: the registered class that comes first in
    cls's MRO, where an ABC that cls only implements (register, __subclasshook__) counts
    as sitting just before the first base of cls that does not implement it."""
    mro = cls.__mro__
    best = None
    best_rank = None
    for t in registry:
        if t in mro:
            rank = mro.index(t)
        else:
            try:
                if not issubclass(cls, t):
                    continue
            except TypeError:
                continue
            rank = len(mro) - 0.5
            for i, base in enumerate(mro):
                if not issubclass(base, t):
                    rank = i - 0.5
                    break
        if best is None or rank < best_rank:
            best, best_rank = t, rank
        elif rank == best_rank and best not in mro and t not in mro:
            if issubclass(t, best):
                best = t
            elif not issubclass(best, t):
                raise RuntimeError(f"Ambiguous dispatch: {best} or {t}")
    return registry.get(best)


def singledispatch(func):
    """Makes a function dispatch on the type of its first argument: implementations are
    added with `@f.register(cls)` (or `@f.register` on a function whose first parameter
    is annotated), and the closest one along the argument's MRO is called."""
    import types
    from abc import get_cache_token

    registry = {}
    dispatch_cache = {}
    cache_token = [None]

    def dispatch(cls):
        """The implementation chosen for arguments of class `cls`."""
        if cache_token[0] is not None:
            current = get_cache_token()
            if cache_token[0] != current:
                dispatch_cache.clear()
                cache_token[0] = current
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = registry.get(cls)
        if impl is None:
            impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Registers `func` (or the decorated function) for `cls`."""
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                                f"{cls!r} is not a class or union type.")
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function.")
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(f"Invalid annotation for {argname!r}. "
                                    f"{cls!r} not all arguments are classes.")
                raise TypeError(f"Invalid annotation for {argname!r}. "
                                f"{cls!r} is not a class.")
        if _is_union_type(cls):
            from typing import get_args
            for arg in get_args(cls):
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token[0] is None and hasattr(cls, '__abstractmethods__'):
            cache_token[0] = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the type of the first argument after
    self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Registers `method` (or the decorated method) for `cls`."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
