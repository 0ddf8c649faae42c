"""Functions creating iterators for efficient looping (count and repeat are classes, most
others generators behind eager argument checks, as CPython checks at the call)."""


def _number(x):
    """CPython's 'a number is required' check for count() arguments."""
    if isinstance(x, (int, float, complex)):
        return
    for name in ('__index__', '__int__', '__float__', '__complex__'):
        if hasattr(type(x), name):
            return
    raise TypeError('a number is required')


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        _number(start)
        _number(step)
        self._n = int(start) if type(start) is bool else start
        self._step = int(step) if type(step) is bool else step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, step)


def cycle(iterable):
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


_FOREVER = object()  # repeat()'s default times (an explicit None is a TypeError)


class repeat:
    """repeat(object[, times]): object over and over (times times, or forever)."""

    def __init__(self, object, times=_FOREVER):
        self._obj = object
        if times is _FOREVER:
            self._left = None
        else:
            times = _index(times)
            # CPython converts times to a C ssize_t.
            if not -2**63 <= times < 2**63:
                raise OverflowError('Python int too large to convert to C ssize_t')
            self._left = max(0, times)

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left is None:
            return self._obj
        if left <= 0:
            raise StopIteration
        self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError('len() of unsized object')
        return self._left

    def __repr__(self):
        if self._left is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._left)


def _index(x):
    try:
        return x.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__) from None


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


class chain:
    """chain(*iterables): yields the items of each iterable in turn."""

    def __init__(self, *iterables):
        self._its = iter(iterables)
        self._cur = iter(())

    @staticmethod
    def from_iterable(iterables):
        c = chain()
        c._its = iter(iterables)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            try:
                return next(self._cur)
            except StopIteration:
                self._cur = iter(next(self._its))


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    return _filterfalse(bool if predicate is None else predicate, iter(iterable))


def _filterfalse(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            yield x


class groupby:
    """groupby(iterable, key=None): consecutive keys and groups."""

    def __init__(self, iterable, key=None):
        self._keyfunc = key if key is not None else (lambda x: x)
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = object()
        self._id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey == self._tgtkey:
            self._currvalue = next(self._it)
            self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._currvalue = next(self._it)
            except StopIteration:
                return
            self._currkey = self._keyfunc(self._currvalue)


def islice(iterable, *args):
    if not 1 <= len(args) <= 3:
        if args:
            raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
        raise TypeError('islice expected at least 2 arguments, got 1')
    if len(args) == 1:
        start, stop, step = None, args[0], None
    else:
        start, stop, step = (args + (None,))[:3]
    if stop is not None:
        try:
            stop = stop.__index__()
        except AttributeError:
            stop = -1
        if not 0 <= stop <= 9223372036854775807:
            raise ValueError('Stop argument for islice() must be None or an integer: '
                             '0 <= x <= sys.maxsize.')
    if start is None:
        start = 0
    else:
        try:
            start = start.__index__()
        except AttributeError:
            start = -1
    if step is None:
        step = 1
    else:
        try:
            step = step.__index__()
        except AttributeError:
            step = -1
    if not 0 <= start <= 9223372036854775807 or not 0 <= step <= 9223372036854775807:
        raise ValueError('Indices for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
    if step == 0:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, stop, step)


def _islice(it, nexti, stop, step):
    # Consumes exactly what CPython's islice consumes: the items before the next index to
    # yield, which is clamped to the stop bound once stepping passes it.
    count = 0
    while True:
        while count < nexti:
            try:
                next(it)
            except StopIteration:
                return
            count += 1
        if stop is not None and count >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        count += 1
        yield item
        nexti += step
        if stop is not None and nexti > stop:
            nexti = stop


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def tee(iterable, n=2):
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mybuf):
        while True:
            if not mybuf:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(value)
            yield mybuf.pop(0)

    return tuple(gen(b) for b in buffers)


def zip_longest(*args, fillvalue=None):
    return _zip_longest([iter(it) for it in args], fillvalue)


def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def product(*args, repeat=1):
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    return _product([tuple(pool) for pool in args] * repeat)


def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    if r is not None:
        _check_r(r)
    return _permutations(pool, len(pool) if r is None else r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
