"""Container datatypes: namedtuple, deque, defaultdict, Counter, OrderedDict, and (made on
first use, as they are built on collections.abc) ChainMap, UserDict, UserList, UserString."""

import operator as _operator
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from keyword import iskeyword as _iskeyword

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

# Made by collections/_abc_based.py when first asked for (PEP 562).
_LAZY = ('ChainMap', 'UserDict', 'UserList', 'UserString')

# Ids of the OrderedDicts and deques whose repr is being built (self-reference shows "...").
_repr_running = set()


def __getattr__(name):
    # CPython's start-up has imported collections.abc before any program runs, so
    # programs may use it after a bare `import collections`.
    if name == 'abc':
        import collections.abc
        return collections.abc
    if name in _LAZY:
        from collections import _abc_based
        value = getattr(_abc_based, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'collections' has no attribute '{name}'")


class OrderedDict(dict):
    """A dict whose order matters: equality with another OrderedDict compares order too,
    and entries can be moved to either end."""

    def move_to_end(self, key, last=True):
        """Moves an existing key to the end (or, last=False, to the front)."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    def popitem(self, last=True):
        """Removes and returns the last (key, value) pair, or the first with last=False."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def __reversed__(self):
        return reversed(dict.keys(self))

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (), None, None, iter(self.items())

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        # A dict holding itself shows '...' there, as CPython's.
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%r)' % (self.__class__.__name__, list(self.items()))
        finally:
            _repr_running.discard(key)

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self


class defaultdict(dict):
    """A dict that makes missing values by calling default_factory."""

    def __init__(self, default_factory=None, /, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwds)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return self.__class__(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return self.__class__, args, None, None, iter(self.items())

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        else:
            frepr = repr(factory)
        return '%s(%s, %s)' % (self.__class__.__name__, frepr, dict.__repr__(self))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class Counter(dict):
    """A dict of counts: Counter('abca') is Counter({'a': 2, 'b': 1, 'c': 1}). Missing
    elements count zero; the operators keep only positive counts."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """The sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common elements and their counts, most common first (ties in
        insertion order); all of them when n is None."""
        items = sorted(self.items(), key=_operator.itemgetter(1), reverse=True)
        if n is None:
            return items
        if n == 1 or n >= len(items):
            return items[:n]
        range(0, -n, -1)  # n's type is checked as heapq.nlargest (CPython's route) does
        return items[:max(n, 0)]

    def elements(self):
        """An iterator over the elements, each repeated as often as its count (elements
        with counts below one are left out)."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Adds counts from an iterable of elements or a mapping of counts."""
        if iterable is not None:
            if isinstance(iterable, dict) or hasattr(iterable, 'items') and hasattr(iterable, 'keys'):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtracts counts (results may go to zero or below)."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, dict) or hasattr(iterable, 'items') and hasattr(iterable, 'keys'):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    # Comparisons treat missing elements as zero counts.
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


_NO_ITERABLE = object()
_MAXSIZE = 2**63 - 1


def _ssize(n):
    """An int that must fit a C ssize_t, as CPython's deque arguments."""
    if not -_MAXSIZE - 1 <= n <= _MAXSIZE:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return n


def _slice_bound(v):
    """A deque.index bound: an int or an __index__ object (not None), clamped."""
    if not hasattr(type(v), '__index__'):
        raise TypeError('slice indices must be integers or have an __index__ method')
    return _operator.index(v)


class deque:
    """A double-ended queue: appends and pops at either end in amortised constant time,
    optionally bounded by maxlen (appending to a full deque drops from the other end).

    The items live in a list from index `_head` on; `popleft` advances `_head` and
    `appendleft` uses free room in front of it, so neither shifts the whole list."""

    __slots__ = ('_items', '_head', '_maxlen')

    def __init__(self, *args, **kwargs):
        # Parsed by hand for CPython's argument errors (an explicit None iterable is
        # iterated, and fails, like any other non-iterable).
        if len(args) > 2:
            raise TypeError('deque() takes at most 2 arguments (%d given)' % len(args))
        iterable, maxlen = (args + (_NO_ITERABLE, None)[len(args):])[:2]
        for k, v in kwargs.items():
            if k == 'iterable' and len(args) < 1:
                iterable = v
            elif k == 'maxlen' and len(args) < 2:
                maxlen = v
            elif k in ('iterable', 'maxlen'):
                raise TypeError("argument for deque() given by name ('%s') and position (%d)"
                                % (k, 1 if k == 'iterable' else 2))
            else:
                raise TypeError("deque() got an unexpected keyword argument '%s'" % k)
        if maxlen is not None:
            if not isinstance(maxlen, int):
                if not hasattr(type(maxlen), '__index__'):
                    raise TypeError('an integer is required')
                maxlen = _operator.index(maxlen)
            maxlen = _ssize(maxlen)
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        self._head = 0
        if iterable is not _NO_ITERABLE and iterable is not self:
            self.extend(iterable)

    @property
    def maxlen(self):
        """Maximum size of a deque or None if unbounded."""
        return self._maxlen

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    def _compact(self):
        """The live items as a plain list (the room in front dropped)."""
        if self._head:
            del self._items[:self._head]
            self._head = 0
        return self._items

    def __len__(self):
        return len(self._items) - self._head

    def append(self, x):
        self._items.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        if self._maxlen == 0:
            return
        if not self._head:
            room = len(self._items) + 8
            self._items[:0] = [None] * room
            self._head = room
        self._head -= 1
        self._items[self._head] = x
        if self._maxlen is not None and len(self) > self._maxlen:
            self._items.pop()

    def pop(self):
        if not len(self):
            raise IndexError('pop from an empty deque')
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items.clear()
            self._head = 0
        return x

    def popleft(self):
        if not len(self):
            raise IndexError('pop from an empty deque')
        items = self._items
        x = items[self._head]
        items[self._head] = None
        self._head += 1
        if self._head == len(items):
            items.clear()
            self._head = 0
        elif self._head > 64 and self._head * 2 > len(items):
            self._compact()
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._items.clear()
        self._head = 0

    def copy(self):
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def _mutated(self, items, n):
        """Whether a comparison changed the deque (CPython checks its mutation count)."""
        return self._items is not items or len(items) != n or self._head

    def count(self, x):
        items = self._compact()
        n = len(items)
        c = items.count(x)
        if self._mutated(items, n):
            raise RuntimeError('deque mutated during iteration')
        return c

    def index(self, x, start=0, stop=_NO_ITERABLE):
        items = self._compact()
        n = len(items)
        start = _slice_bound(start)
        stop = n if stop is _NO_ITERABLE else _slice_bound(stop)
        for i in range(*slice(start, stop).indices(n)):
            v = items[i]
            found = v is x or v == x
            if self._mutated(items, n):
                raise RuntimeError('deque mutated during iteration')
            if found:
                return i
        raise ValueError(f'{x!r} is not in deque')

    def insert(self, i, x):
        i = _ssize(_operator.index(i))
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._compact().insert(i, x)

    def remove(self, value):
        items = self._compact()
        n = len(items)
        for i in range(n):
            v = items[i]
            found = v is value or v == value
            if self._mutated(items, n):
                raise IndexError('deque mutated during iteration')
            if found:
                del items[i]
                return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):
        self._compact().reverse()

    def rotate(self, n=1):
        n = _ssize(_operator.index(n))
        items = self._compact()
        if items:
            n %= len(items)
            if n:
                items[:] = items[-n:] + items[:-n]

    def _index(self, i):
        n = len(self)
        if not hasattr(type(i), '__index__'):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        i = _operator.index(i)
        if not -_MAXSIZE - 1 <= i <= _MAXSIZE:
            raise IndexError("cannot fit 'int' into an index-sized integer")
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        return self._head + i

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        del self._items[self._index(i)]

    def __iter__(self):
        items = self._items
        n = len(self)
        k = 0
        while True:
            if len(self) != n:
                raise RuntimeError('deque mutated during iteration')
            if k == n:
                return
            yield items[self._head + k]
            k += 1

    def __reversed__(self):
        return reversed(self._items[self._head:])

    def __contains__(self, x):
        items = self._compact()
        n = len(items)
        found = x in items
        if self._mutated(items, n):
            raise RuntimeError('deque mutated during iteration')
        return found

    def __bool__(self):
        return len(self._items) > self._head

    def _cmp(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._items[self._head:], other._items[other._head:])

    def __eq__(self, other):
        return self._cmp(other, _operator.eq)

    def __ne__(self, other):
        return self._cmp(other, _operator.ne)

    def __lt__(self, other):
        return self._cmp(other, _operator.lt)

    def __le__(self, other):
        return self._cmp(other, _operator.le)

    def __gt__(self, other):
        return self._cmp(other, _operator.gt)

    def __ge__(self, other):
        return self._cmp(other, _operator.ge)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _operator.index(n)
        if not -_MAXSIZE - 1 <= n <= _MAXSIZE:
            raise OverflowError("cannot fit 'int' into an index-sized integer")
        items = list(self)
        self.clear()
        if n <= 0 or not items:
            return self
        # A bounded deque keeps only the rightmost maxlen items: repeat no more than
        # needed to produce them (a huge count must not build the whole product).
        if self._maxlen is not None:
            n = min(n, self._maxlen // len(items) + 2)
        for _ in range(n):
            self.extend(items)
        return self

    def __reduce__(self):
        # As CPython's deque: the items come as an iterator (appended by the unpickler).
        d = getattr(self, '__dict__', None)
        state = dict(d) if d else None
        args = () if self._maxlen is None else ((), self._maxlen)
        return self.__class__, args, state, iter(self)

    def __deepcopy__(self, memo):
        from copy import deepcopy
        cls = self.__class__
        new = cls.__new__(cls)
        deque.__init__(new, (), self._maxlen)
        memo[id(self)] = new
        for x in self:
            new.append(deepcopy(x, memo))
        for k, v in getattr(self, '__dict__', {}).items():
            setattr(new, k, deepcopy(v, memo))
        return new

    def __repr__(self):
        # A deque holding itself shows '[...]' there, as CPython's.
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            items = self._items[self._head:]
            if self._maxlen is None:
                return '%s(%r)' % (self.__class__.__name__, items)
            return '%s(%r, maxlen=%d)' % (self.__class__.__name__, items, self._maxlen)
        finally:
            _repr_running.discard(key)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


deque.__module__ = 'collections'



def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new class with named fields, built on the sequence protocol."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)
    fields = tuple(field_names)
    nfields = len(fields)
    defaults = tuple(defaults) if defaults is not None else ()
    if len(defaults) > nfields:
        raise TypeError('Got more default values than field names')
    field_defaults = dict(zip(fields[nfields - len(defaults):], defaults))

    def __new__(cls, *args, **kwds):
        if len(args) > nfields:
            raise TypeError('%s.__new__() takes %d positional arguments but %d were given'
                            % (typename, nfields + 1, len(args) + 1))
        # As for a def'd __new__: bad keywords are reported before missing arguments.
        for name in kwds:
            if name not in fields:
                raise TypeError("%s.__new__() got an unexpected keyword argument '%s'"
                                % (typename, name))
            if fields.index(name) < len(args):
                raise TypeError("%s.__new__() got multiple values for argument '%s'"
                                % (typename, name))
        values = list(args)
        for name in fields[len(args):]:
            if name in kwds:
                values.append(kwds.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing = [n for n in fields[len(values):]
                           if n not in kwds and n not in field_defaults]
                if len(missing) == 1:
                    raise TypeError("%s.__new__() missing 1 required positional argument: '%s'"
                                    % (typename, missing[0]))
                quoted = ["'%s'" % n for n in missing]
                sep = ' and ' if len(quoted) == 2 else ', and '
                listed = ', '.join(quoted[:-1]) + sep + quoted[-1]
                raise TypeError('%s.__new__() missing %d required positional arguments: %s'
                                % (typename, len(missing), listed))
        return tuple.__new__(cls, values)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError('Expected %d arguments, got %d' % (nfields, len(result)))
        return result

    def __repr__(self):
        parts = ', '.join('%s=%r' % (n, v) for n, v in zip(fields, self))
        return '%s(%s)' % (self.__class__.__name__, parts)

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kwds):
        result = self._make([kwds.pop(n, v) for n, v in zip(fields, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
        '__module__': module if module is not None else '__main__',
    }
    for index, name in enumerate(fields):
        namespace[name] = _TupleField(index, 'Alias for field number %d' % index)
    return type(typename, (tuple,), namespace)


class _TupleField:
    """A named tuple's field: item `index` of the tuple, read-only."""

    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self.index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

