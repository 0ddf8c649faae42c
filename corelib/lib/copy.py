"""Shallow and deep copy operations."""


class Error(Exception):
    pass


error = Error


def copy(x):
    cls = type(x)
    if cls in (int, float, bool, str, tuple, frozenset, type, range, bytes) or x is None:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set:
        return x.copy()
    c = getattr(cls, '__copy__', None)
    if c is not None:
        return c(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if cls in (int, float, bool, str, type, range, bytes) or x is None:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
        return y
    if cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        memo[d] = y
        return y
    if cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls is set:
        y = set(deepcopy(a, memo) for a in x)
        memo[d] = y
        return y
    c = getattr(cls, '__deepcopy__', None)
    if c is not None:
        return c(x, memo)
    return _reconstruct(x, memo)


def _reconstruct(x, memo):
    cls = type(x)
    # Instances of subclasses of builtin types are rebuilt through the type's __new__ (with
    # __getnewargs__ for immutable values), then refilled, as copyreg.__newobj__ does.
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs()
        if memo is not None:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    elif isinstance(x, (list, dict, set)):
        y = cls.__new__(cls)
    else:
        y = object.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    if isinstance(x, list):
        for a in x:
            list.append(y, a if memo is None else deepcopy(a, memo))
    elif isinstance(x, dict):
        for k, v in dict.items(x):
            if memo is not None:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            dict.__setitem__(y, k, v)
    elif isinstance(x, set):
        for a in x:
            set.add(y, a if memo is None else deepcopy(a, memo))
    state = getattr(x, '__dict__', {})
    for k, v in state.items():
        if memo is not None:
            v = deepcopy(v, memo)
        object.__setattr__(y, k, v)
    return y
