"""Mock objects for tests: Mock, MagicMock, AsyncMock, PropertyMock, call, ANY, sentinel,
patch (as decorator, context manager and start/stop), patch.object, patch.dict,
patch.multiple, mock_open, create_autospec and seal, with CPython 3.11's behaviour and
assertion messages.

Every mock gets a class of its own (a subclass made at creation), so that magic methods set
on one mock live on its type, where the interpreter looks them up."""

import asyncio
import builtins
import functools
import importlib
import inspect
import sys

__all__ = [
    "Mock", "MagicMock", "NonCallableMock", "NonCallableMagicMock", "AsyncMock",
    "PropertyMock", "patch", "sentinel", "DEFAULT", "ANY", "call", "create_autospec",
    "FILTER_DIR", "mock_open", "seal",
]

FILTER_DIR = True


# -- sentinels -----------------------------------------------------------------------------

class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "sentinel." + self.name

    def __reduce__(self):
        return "sentinel." + self.name


class _Sentinel:
    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        if name == "__bases__":
            raise AttributeError(name)
        return self._made.setdefault(name, _SentinelObject(name))

    def __reduce__(self):
        return "sentinel"


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _AnyType:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return "<ANY>"

    __hash__ = None


ANY = _AnyType()


# -- call objects ----------------------------------------------------------------------------

def _format_args(args, kwargs):
    parts = [repr(a) for a in args]
    parts += ["%s=%r" % (k, v) for k, v in kwargs.items()]
    return ", ".join(parts)


def _format_call(name, args, kwargs):
    return "%s(%s)" % (name, _format_args(args, kwargs))


def _split(value):
    """(name or None, args, kwargs) of a call given as a _Call or a plain tuple."""
    if isinstance(value, _Call):
        return value._name, value._args, value._kwargs
    n = len(value)
    if n == 3:
        return value
    if n == 2:
        first, second = value
        if isinstance(first, str):
            if isinstance(second, tuple):
                return first, second, {}
            return first, (), second
        return None, first, second
    if n == 1:
        (only,) = value
        if isinstance(only, str):
            return only, (), {}
        if isinstance(only, tuple):
            return None, only, {}
        return None, (), only
    return None, (), {}


class _Call(tuple):
    """A recorded or expected call: `call(1, k=2)`, `call.method(3)`, `call().attr()`.
    Two-element calls (call_args) compare without a name; three-element ones (mock_calls)
    compare names too."""

    def __new__(cls, value=(), name=None, two=False):
        n, args, kwargs = _split(value) if value else (None, (), {})
        if name is None:
            name = n if n is not None else ""
        args, kwargs = tuple(args), dict(kwargs)
        if two:
            self = tuple.__new__(cls, (args, kwargs))
        else:
            self = tuple.__new__(cls, (name, args, kwargs))
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._two = two
        return self

    def __init__(self, value=(), name=None, two=False):
        pass

    @property
    def args(self):
        return self._args

    @property
    def kwargs(self):
        return self._kwargs

    def __eq__(self, other):
        try:
            if not isinstance(other, tuple):
                return NotImplemented
            oname, oargs, okwargs = _split(other)
        except (TypeError, ValueError):
            return NotImplemented
        if isinstance(other, _Call):
            if other._two:
                oname = None
        elif len(other) < 3 and not (len(other) and isinstance(other[0], str)):
            oname = None
        if not self._two and oname is not None and oname != self._name:
            return False
        return (oargs, okwargs) == (self._args, self._kwargs)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self is call:
            return _Call(("", args, kwargs))
        if getattr(self, "_pending", False):
            return _Call((self._name, args, kwargs))
        name = self._name
        return _Call(((name + "()") if name else "()", args, kwargs))

    def __getattr__(self, attr):
        if attr.startswith("_"):
            raise AttributeError(attr)
        if self is call:
            return _pending(attr)
        if getattr(self, "_pending", False):
            return _pending(self._name + "." + attr)
        name = self._name
        return _pending(((name + "()") if name else "()") + "." + attr)

    def __repr__(self):
        if self._two:
            return _format_call("call", self._args, self._kwargs)
        name = self._name
        if name == "":
            head = "call"
        elif name.startswith("()"):
            head = "call" + name
        else:
            head = "call." + name
        if getattr(self, "_pending", False):
            return head
        return _format_call(head, self._args, self._kwargs)

    def call_list(self):
        """The chain of calls this one stands for: call(1).foo(2) is [call(1), call().foo(2)]."""
        out = [self]
        return _CallList(out)


def _pending(name):
    """`call.name` before it is called: calling it makes the call."""
    c = _Call((name, (), {}), name=name)
    c._pending = True
    return c


call = _Call(("", (), {}))
call._pending = True


class _CallList(list):
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(len(self) - n + 1):
            if self[i:i + n] == value:
                return True
        return False

    def __repr__(self):
        return repr(list(self))


# -- names and helpers -------------------------------------------------------------------------

def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


def _is_magic(name):
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


def _is_instance_mock(obj):
    return issubclass(type(obj), NonCallableMock)


def _mock_name(m):
    """The dotted name a mock shows in its repr and messages: 'mock.a.b', 'mock().c'."""
    parts = []
    seen = set()
    node = m
    last = m
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        last = node
        new_name = node._mock_new_name
        if node._mock_new_parent is None:
            break
        parts.append(new_name)
        node = node._mock_new_parent
    root = last._mock_name if last._mock_new_parent is None else None
    parts.reverse()
    name = root or "mock"
    for p in parts:
        name += p if p.startswith("()") else "." + p
    return name


_ASSERT_TYPOS = ("assert", "assret", "asert", "aseert", "assrt")

_magics = (
    "lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof "
    "enter exit divmod rdivmod neg pos abs invert complex int float index round trunc "
    "floor ceil bool next fspath aiter"
)
_numerics = "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow"
_inplace = " ".join("i%s" % n for n in _numerics.split())
_right = " ".join("r%s" % n for n in _numerics.split())
_all_magic_names = set("__%s__" % n for n in " ".join([_magics, _numerics, _inplace, _right]).split())
_all_magic_names |= {"__aenter__", "__aexit__", "__anext__", "__call__", "__repr__", "__dir__",
                     "__format__", "__get__", "__set__", "__delete__", "__reversed__",
                     "__missing__", "__reduce__", "__reduce_ex__", "__getinitargs__",
                     "__getnewargs__", "__getstate__", "__setstate__", "__getformat__",
                     "__class_getitem__", "__subclasses__", "__init__", "__new__",
                     "__prepare__", "__instancecheck__", "__subclasscheck__", "__del__",
                     "__bytes__"}
_unsupported_magics = {"__getattr__", "__setattr__", "__init__", "__new__", "__prepare__",
                       "__instancecheck__", "__subclasscheck__", "__del__"}
# The magic methods a MagicMock supports out of the box.
_magic_defaults_names = set("__%s__" % n for n in " ".join([_magics, _numerics, _inplace, _right]).split())
_magic_defaults_names -= {"__aiter__"}
_async_magics = {"__aenter__", "__aexit__", "__anext__", "__aiter__"}

_return_values = {
    "__hash__": lambda self: object.__hash__(self),
    "__str__": lambda self: object.__str__(self),
    "__sizeof__": lambda self: object.__sizeof__(self),
    "__fspath__": lambda self: "%s/%s" % (type(self).__name__, id(self)),
}
_fixed_returns = {
    "__lt__": NotImplemented, "__gt__": NotImplemented, "__le__": NotImplemented,
    "__ge__": NotImplemented, "__int__": 1, "__contains__": False, "__len__": 0,
    "__exit__": False, "__complex__": 1j, "__float__": 1.0, "__bool__": True,
    "__index__": 1, "__aexit__": False,
}


def _set_magic_default(parent, name, child):
    """Gives the magic child `child` (of `parent`) CPython's default behaviour."""
    if name in _fixed_returns:
        child.return_value = _fixed_returns[name]
    elif name in _return_values:
        fn = _return_values[name]
        child.side_effect = lambda *a, **k: fn(parent) if child._mock_return_value is DEFAULT else DEFAULT
    elif name == "__eq__":
        def eq(other):
            if child._mock_return_value is not DEFAULT:
                return child._mock_return_value
            return True if parent is other else NotImplemented
        child.side_effect = eq
    elif name == "__ne__":
        def ne(other):
            if child._mock_return_value is not DEFAULT:
                return DEFAULT
            return False if parent is other else NotImplemented
        child.side_effect = ne
    elif name == "__iter__":
        def it():
            rv = child._mock_return_value
            if rv is DEFAULT:
                return iter([])
            return iter(rv)
        child.side_effect = it
    elif name == "__aiter__":
        def ait():
            rv = child._mock_return_value
            return _AsyncIterator(iter([] if rv is DEFAULT else rv))
        child.side_effect = ait


class _AsyncIterator:
    def __init__(self, it):
        self.it = it

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.it)
        except StopIteration:
            raise StopAsyncIteration


def _magic_slot(name):
    """A function for the mock's own class that calls the mock's child for `name` (made
    on first use), so `len(m)` records `call.__len__()`."""
    def method(self, *args, **kwargs):
        return self._mock_magic_child(name)(*args, **kwargs)
    method.__name__ = name
    return method


def _plain_slot(name, fn):
    def method(self, *args, **kwargs):
        return fn(self, *args, **kwargs)
    method.__name__ = name
    return method


def _child_slot(name):
    """A magic method of a plain Mock set to a mock: called without the instance."""
    def method(self, *args, **kwargs):
        return self._mock_children[name](*args, **kwargs)
    method.__name__ = name
    return method


# -- the mock classes ----------------------------------------------------------------------------

class NonCallableMock:
    """A mock that records attribute access; calling it is a TypeError."""

    def __new__(cls, *args, **kw):
        own = type(cls.__name__, (cls,), {"__doc__": cls.__doc__, "_mock_own_class": True})
        return object.__new__(own)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name="", _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        d = self.__dict__
        d["_mock_parent"] = parent
        d["_mock_name"] = name
        d["_mock_new_name"] = _new_name
        d["_mock_new_parent"] = _new_parent
        d["_mock_sealed"] = False
        d["_mock_unsafe"] = unsafe
        d["_mock_wraps"] = wraps
        d["_mock_children"] = {}
        d["_mock_return_value"] = DEFAULT
        d["_mock_side_effect"] = None
        d["_spec_class"] = None
        d["_spec_set"] = None
        d["_mock_methods"] = None
        d["_spec_signature"] = None
        d["method_calls"] = _CallList()
        d["mock_calls"] = _CallList()
        d["called"] = False
        d["call_count"] = 0
        d["call_args"] = None
        d["call_args_list"] = _CallList()
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        self._mock_add_spec(spec, spec_set, _spec_as_instance)
        self.configure_mock(**kwargs)

    # configuration ------------------------------------------------------------------------

    def _mock_add_spec(self, spec, spec_set, as_instance=False):
        d = self.__dict__
        spec_class = None
        methods = None
        signature = None
        if spec is not None and not isinstance(spec, list):
            spec_class = spec if isinstance(spec, type) else type(spec)
            methods = dir(spec)
            if callable(spec):
                try:
                    signature = inspect.signature(spec)
                except (TypeError, ValueError):
                    signature = None
        elif spec is not None:
            methods = list(spec)
        d["_spec_class"] = spec_class
        d["_spec_set"] = spec_set
        d["_mock_methods"] = methods
        d["_spec_signature"] = signature

    def mock_add_spec(self, spec, spec_set=False):
        """Restricts the mock's attributes to those of `spec`."""
        self._mock_add_spec(spec, spec_set)

    def configure_mock(self, **kwargs):
        """Sets attributes from keyword arguments: `configure_mock(**{'a.b.return_value': 3})`."""
        for arg, val in sorted(kwargs.items(), key=lambda kv: kv[0].count(".")):
            parts = arg.split(".")
            final = parts.pop()
            obj = self
            for p in parts:
                obj = getattr(obj, p)
            setattr(obj, final, val)

    def attach_mock(self, mock, attribute):
        """Makes `mock` this mock's attribute `attribute`, its calls recorded here."""
        inner = mock
        inner.__dict__["_mock_parent"] = None
        inner.__dict__["_mock_new_parent"] = None
        inner.__dict__["_mock_name"] = ""
        inner.__dict__["_mock_new_name"] = None
        setattr(self, attribute, mock)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forgets all calls, here and in every child mock."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        d["called"] = False
        d["call_args"] = None
        d["call_count"] = 0
        d["mock_calls"] = _CallList()
        d["call_args_list"] = _CallList()
        d["method_calls"] = _CallList()
        if return_value:
            d["_mock_return_value"] = DEFAULT
        if side_effect:
            d["_mock_side_effect"] = None
        for child in list(self._mock_children.values()):
            if _is_instance_mock(child) and child is not _deleted:
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        rv = d["_mock_return_value"]
        if _is_instance_mock(rv) and rv is not self:
            rv.reset_mock(visited)

    # return_value / side_effect --------------------------------------------------------------

    def __get_return_value(self):
        rv = self._mock_return_value
        if rv is DEFAULT:
            rv = self._get_child_mock(_new_parent=self, _new_name="()")
            self.__dict__["_mock_return_value"] = rv
        return rv

    def __set_return_value(self, value):
        self.__dict__["_mock_return_value"] = value
        if _is_instance_mock(value) and value._mock_new_parent is None and value._mock_name is None:
            value.__dict__["_mock_new_parent"] = self
            value.__dict__["_mock_new_name"] = "()"

    return_value = property(__get_return_value, __set_return_value)

    def __get_side_effect(self):
        return self._mock_side_effect

    def __set_side_effect(self, value):
        if value is not None and not _is_exception(value) and not callable(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        self.__dict__["_mock_side_effect"] = value

    side_effect = property(__get_side_effect, __set_side_effect)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    # attributes -------------------------------------------------------------------------------

    def _get_child_mock(self, **kw):
        """A new mock for an attribute or the return value: of the mock's own kind."""
        klass = type(self)
        if klass.__dict__.get("_mock_own_class"):
            klass = klass.__mro__[1]
        if issubclass(klass, AsyncMock):
            klass = MagicMock
        elif issubclass(klass, NonCallableMagicMock):
            klass = MagicMock
        elif issubclass(klass, NonCallableMock) and not issubclass(klass, CallableMixin):
            klass = Mock
        if self._mock_sealed:
            name = kw.get("name")
            attr = "." + name if name else "()"
            raise AttributeError(_mock_name(self) + attr)
        return klass(**kw)

    def __getattr__(self, name):
        if name in ("_mock_methods", "_mock_unsafe", "_mock_children", "_spec_class"):
            raise AttributeError(name)
        methods = self.__dict__.get("_mock_methods")
        if methods is not None:
            if name not in methods or name in _all_magic_names:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not methods or name not in methods):
            if name.startswith(_ASSERT_TYPOS):
                raise AttributeError(
                    "%r is not a valid assertion. Use a spec for the mock if %r is meant "
                    "to be an attribute." % (name, name))
        children = self._mock_children
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        if name in ("return_value", "side_effect") or name.startswith("_mock_"):
            return object.__setattr__(self, name, value)
        if (self._spec_set and self._mock_methods is not None
                and name not in self._mock_methods and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError("Attempting to set unsupported magic method %r." % name)
        if name in _all_magic_names:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if _is_instance_mock(value):
                _adopt(self, value, None, name)
                self._mock_children[name] = value
                setattr(type(self), name, _child_slot(name))
            else:
                setattr(type(self), name, _plain_slot(name, value))
                self._mock_children.pop(name, None)
            return None
        if name == "__class__":
            self.__dict__["_spec_class"] = value
            return None
        if _adopt(self, value, name, name):
            self._mock_children[name] = value
            return None
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError("Cannot set %s.%s" % (_mock_name(self), name))
        self._mock_children.pop(name, None)
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magic_names and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                self._mock_children[name] = _deleted
                return
        obj = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        self._mock_children[name] = _deleted

    def __dir__(self):
        extras = self._mock_methods or []
        own = [k for k in type(self).__dict__]
        kids = [k for k, v in self._mock_children.items() if v is not _deleted]
        base = [k for k in dir(type(self)) if not k.startswith("_")] if not FILTER_DIR else \
            [k for k in dir(type(self)) if not k.startswith("_")]
        return sorted(set(extras + kids + base + [k for k in self.__dict__ if not k.startswith("_")]
                          + [k for k in own if not k.startswith("_")]))

    def __repr__(self):
        name = _mock_name(self)
        name_part = "" if name in ("mock", "mock.") else " name=%r" % name
        spec_part = ""
        if self._spec_class is not None:
            spec_part = " spec=%r" if not self._spec_set else " spec_set=%r"
            spec_part = spec_part % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_part, spec_part, id(self))

    # assertions ---------------------------------------------------------------------------------

    def _call_repr(self, args, kwargs):
        return _format_call(self._mock_name or "mock", args, kwargs)

    def _display_name(self):
        return self._mock_name or "mock"

    def _matches(self, expected, actual):
        """Whether call tuples match, binding both to the spec's signature when there is one."""
        sig = self._spec_signature
        if sig is not None:
            try:
                e = sig.bind(*expected[0], **expected[1])
                a = sig.bind(*actual[0], **actual[1])
                return (e.args, e.kwargs) == (a.args, a.kwargs)
            except TypeError:
                pass
        return tuple(expected) == tuple(actual)

    def assert_not_called(self):
        """Fails if the mock was called."""
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._display_name(), self.call_count, self._calls_repr()))

    def assert_called(self):
        """Fails unless the mock was called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._display_name())

    def assert_called_once(self):
        """Fails unless the mock was called exactly once."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._display_name(), self.call_count, self._calls_repr()))

    def assert_called_with(self, *args, **kwargs):
        """Fails unless the last call had these arguments."""
        if self.call_args is None:
            expected = self._call_repr(args, kwargs)
            raise AssertionError("expected call not found.\nExpected: %s\n  Actual: not called."
                                 % expected)
        if not self._matches((args, kwargs), (self.call_args.args, self.call_args.kwargs)):
            expected = self._call_repr(args, kwargs)
            actual = self._call_repr(self.call_args.args, self.call_args.kwargs)
            raise AssertionError("expected call not found.\nExpected: %s\n  Actual: %s"
                                 % (expected, actual))

    def assert_called_once_with(self, *args, **kwargs):
        """Fails unless the mock was called exactly once, with these arguments."""
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._display_name(), self.call_count, self._calls_repr()))
        self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, *args, **kwargs):
        """Fails unless some call had these arguments."""
        for c in self.call_args_list:
            if self._matches((args, kwargs), (c.args, c.kwargs)):
                return
        raise AssertionError("%s call not found" % self._call_repr(args, kwargs))

    def assert_has_calls(self, calls, any_order=False):
        """Fails unless `calls` appear in mock_calls (in order, consecutively, unless
        any_order)."""
        expected = list(calls)
        actual = list(self.mock_calls)
        if not any_order:
            n = len(expected)
            for i in range(len(actual) - n + 1):
                if actual[i:i + n] == expected:
                    return
            if not expected:
                return
            raise AssertionError("Calls not found.\nExpected: %r\n  Actual: %r"
                                 % (_CallList(expected), _CallList(actual)))
        remaining = list(actual)
        missing = []
        for c in expected:
            try:
                remaining.remove(c)
            except ValueError:
                missing.append(c)
        if missing:
            raise AssertionError("%r does not contain all of %r in its call list, found %r instead"
                                 % (self._mock_name or "mock", tuple(missing), actual))

    def _calls_repr(self):
        if not self.mock_calls:
            return ""
        return "\nCalls: %r." % (_CallList(self.mock_calls),)


def _adopt(parent, value, name, new_name):
    """Makes the mock `value` a child of `parent` (for names and call recording) unless it
    already has a parent or a name. False for anything that is not a mock."""
    if not _is_instance_mock(value):
        return False
    if (value._mock_name or value._mock_new_name or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    inner = value
    while inner is not None:
        if inner is parent:
            return False
        inner = inner._mock_new_parent
    value.__dict__["_mock_new_parent"] = parent
    value.__dict__["_mock_new_name"] = new_name
    if name:
        value.__dict__["_mock_parent"] = parent
        value.__dict__["_mock_name"] = name
    return True


class CallableMixin:
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
                 name=None, spec_set=None, parent=None, _spec_state=None, _new_name="",
                 _new_parent=None, **kwargs):
        self.__dict__["_mock_return_value"] = return_value
        NonCallableMock.__init__(self, spec, wraps, name, spec_set, parent, _spec_state,
                                 _new_name, _new_parent, **kwargs)
        self.__dict__["_mock_return_value"] = DEFAULT
        if return_value is not DEFAULT:
            self.return_value = return_value
        self.side_effect = side_effect

    def __call__(self, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._mock_record(args, kwargs)
        return self._mock_execute(args, kwargs)

    def _mock_check_sig(self, *args, **kwargs):
        pass

    def _mock_record(self, args, kwargs):
        d = self.__dict__
        d["called"] = True
        d["call_count"] += 1
        this = _Call((args, kwargs), two=True)
        d["call_args"] = this
        self.call_args_list.append(this)
        self.mock_calls.append(_Call(("", args, kwargs)))
        # method_calls of the attribute parents: 'b' on m.a, 'a.b' on m
        name = self._mock_name
        parent = self._mock_parent
        seen = {id(self)}
        while parent is not None and id(parent) not in seen and name:
            seen.add(id(parent))
            parent.method_calls.append(_Call((name, args, kwargs)))
            if parent._mock_parent is None:
                break
            name = parent._mock_name + "." + name
            parent = parent._mock_parent
        # mock_calls of every parent, return values included: 'call().c(2)' on m
        name = self._mock_new_name
        parent = self._mock_new_parent
        seen = {id(self)}
        while parent is not None and id(parent) not in seen:
            seen.add(id(parent))
            parent.mock_calls.append(_Call((name, args, kwargs)))
            if parent._mock_new_parent is None:
                break
            pname = parent._mock_new_name
            name = pname + name if name.startswith("()") else pname + "." + name
            parent = parent._mock_new_parent

    def _mock_execute(self, args, kwargs):
        effect = self._mock_side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self._mock_return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: attributes and return values are mocks made on first use, and
    every call is recorded (call_args, call_args_list, mock_calls, method_calls)."""


class MagicMixin:
    def __init__(self, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        own = type(self)
        methods = self.__dict__.get("_mock_methods")
        names = _magic_defaults_names
        if methods is not None:
            names = names & set(methods)
            for n in list(own.__dict__):
                if n in _magic_defaults_names and n not in names:
                    delattr(own, n)
        for n in names:
            if n not in own.__dict__:
                setattr(own, n, _magic_slot(n))

    def _mock_magic_child(self, name):
        kids = self._mock_children
        child = kids.get(name)
        if child is None or child is _deleted:
            child = self._get_child_mock(parent=self, name=name, _new_name=name,
                                         _new_parent=self)
            kids[name] = child
            _set_magic_default(self, name, child)
        return child

    def __getattr__(self, name):
        if name in _magic_defaults_names and name in type(self).__dict__:
            return self._mock_magic_child(name)
        return super().__getattr__(name)

    def __setattr__(self, name, value):
        if name in _magic_defaults_names and _is_instance_mock(value):
            _adopt(self, value, None, name)
            self._mock_children[name] = value
            setattr(type(self), name, _child_slot(name))
            return None
        return super().__setattr__(name, value)

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable mock with the magic methods configured."""


class MagicMock(MagicMixin, Mock):
    """A Mock with magic methods configured: len() is 0, iteration is empty, it is a
    context manager, comparisons and arithmetic give mocks or NotImplemented."""


# magic children are attributes named after the method: reading m.__len__ gives the mock
def _magic_getattribute(self, name):
    if name in _magic_defaults_names and type(self).__dict__.get(name) is not None:
        kids = object.__getattribute__(self, "_mock_children")
        child = kids.get(name)
        if child is not None and child is not _deleted:
            return child
        slot = type(self).__dict__.get(name)
        if getattr(slot, "__name__", None) == name and slot.__qualname__.startswith("_magic_slot"):
            return object.__getattribute__(self, "_mock_magic_child")(name)
    return object.__getattribute__(self, name)


MagicMixin.__getattribute__ = _magic_getattribute


class PropertyMock(Mock):
    """A mock used as a property on a class: reading calls it with no arguments, setting
    calls it with the value."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


class AsyncMock(MagicMixin, Mock):
    """A mock whose call returns a coroutine; await_count, await_args and the
    assert_awaited_* methods record the awaits."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        d = self.__dict__
        d["await_count"] = 0
        d["await_args"] = None
        d["await_args_list"] = _CallList()

    def __call__(self, *args, **kwargs):
        self._mock_record(args, kwargs)
        this = _Call((args, kwargs), two=True)

        async def proxy():
            d = self.__dict__
            d["await_count"] += 1
            d["await_args"] = this
            self.await_args_list.append(this)
            effect = self._mock_side_effect
            if effect is not None:
                if _is_exception(effect):
                    raise effect
                if not callable(effect):
                    try:
                        result = next(effect)
                    except StopIteration:
                        raise StopAsyncIteration
                    if _is_exception(result):
                        raise result
                elif asyncio.iscoroutinefunction(effect):
                    result = await effect(*args, **kwargs)
                else:
                    result = effect(*args, **kwargs)
                if result is not DEFAULT:
                    return result
            if self._mock_return_value is not DEFAULT:
                return self._mock_return_value
            if self._mock_wraps is not None:
                r = self._mock_wraps(*args, **kwargs)
                if inspect.isawaitable(r):
                    r = await r
                return r
            return self.return_value

        return proxy()

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError("Expected %s to have been awaited." % (self._mock_name or "mock"))

    def assert_awaited_once(self):
        if self.await_count != 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._mock_name or "mock", self.await_count))

    def assert_awaited_with(self, *args, **kwargs):
        if self.await_args is None:
            raise AssertionError("Expected await: %s\nNot awaited" % self._call_repr(args, kwargs))
        if tuple(self.await_args) != (args, kwargs):
            raise AssertionError("expected await not found.\nExpected: %s\n  Actual: %s"
                                 % (self._call_repr(args, kwargs),
                                    self._call_repr(self.await_args.args, self.await_args.kwargs)))

    def assert_awaited_once_with(self, *args, **kwargs):
        if self.await_count != 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times."
                                 % (self._mock_name or "mock", self.await_count))
        self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, *args, **kwargs):
        if (args, kwargs) not in [tuple(c) for c in self.await_args_list]:
            raise AssertionError("%s await not found" % self._call_repr(args, kwargs))

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError("Expected %s to not have been awaited. Awaited %s times."
                                 % (self._mock_name or "mock", self.await_count))

    def reset_mock(self, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        d = self.__dict__
        d["await_count"] = 0
        d["await_args"] = None
        d["await_args_list"] = _CallList()


# -- autospec, seal, mock_open -----------------------------------------------------------------

class _SigCheckMixin:
    def _mock_check_sig(self, *args, **kwargs):
        sig = self._spec_signature
        if sig is not None:
            sig.bind(*args, **kwargs)


class _SpecMock(_SigCheckMixin, MagicMock):
    pass


class _SpecAsyncMock(_SigCheckMixin, AsyncMock):
    pass


# They show as the kinds of mock they are.
_SpecMock.__name__ = _SpecMock.__qualname__ = "MagicMock"
_SpecAsyncMock.__name__ = _SpecAsyncMock.__qualname__ = "AsyncMock"


def _instance_signature(spec_fn):
    """The signature of a method called on an instance (self dropped)."""
    try:
        sig = inspect.signature(spec_fn)
    except (TypeError, ValueError):
        return None
    params = list(sig.parameters.values())
    if params and params[0].kind in (params[0].POSITIONAL_ONLY, params[0].POSITIONAL_OR_KEYWORD):
        params = params[1:]
    return sig.replace(parameters=params)


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, **kwargs):
    """A mock shaped like `spec`: the same attributes, and calls checked against the
    signatures of its functions and methods (a wrong call raises TypeError)."""
    is_type = isinstance(spec, type)
    is_async = asyncio.iscoroutinefunction(spec)
    klass = _SpecAsyncMock if is_async else _SpecMock
    if not callable(spec) or instance and not callable(getattr(spec, "__call__", None)):
        klass = NonCallableMagicMock
    m = klass(spec=spec, spec_set=spec_set or None, name=_name, **kwargs) if _parent is None else \
        klass(spec=spec, parent=_parent, name=_name, _new_name=_name, _new_parent=_parent, **kwargs)
    if isinstance(m, CallableMixin):
        sig = None
        try:
            if is_type and not instance:
                sig = inspect.signature(spec)
            elif instance:
                sig = _instance_signature(type(spec).__call__) if not is_type else None
            else:
                sig = inspect.signature(spec)
        except (TypeError, ValueError):
            sig = None
        m.__dict__["_spec_signature"] = sig
    if is_type and not instance:
        rv = create_autospec(spec, spec_set, instance=True, _parent=m, _name="()")
        m.__dict__["_mock_return_value"] = rv
    if is_type or instance:
        for attr in dir(spec):
            if _is_magic(attr):
                continue
            try:
                original = inspect.getattr_static(spec, attr)
            except AttributeError:
                continue
            value = getattr(spec, attr, None)
            if isinstance(original, (staticmethod, classmethod)) or inspect.isfunction(original):
                child = _SpecAsyncMock(parent=m, name=attr, _new_name=attr, _new_parent=m) \
                    if asyncio.iscoroutinefunction(value) else \
                    _SpecMock(parent=m, name=attr, _new_name=attr, _new_parent=m)
                fn = original.__func__ if isinstance(original, (staticmethod, classmethod)) else original
                try:
                    sig = inspect.signature(fn)
                    if not isinstance(original, staticmethod):
                        params = list(sig.parameters.values())[1:]
                        sig = sig.replace(parameters=params)
                except (TypeError, ValueError):
                    sig = None
                child.__dict__["_spec_signature"] = sig
                m._mock_children[attr] = child
    return m


def seal(mock):
    """Stops `mock` and its child mocks from making new attributes: reading an unknown one
    raises AttributeError."""
    mock.__dict__["_mock_sealed"] = True
    for child in list(mock._mock_children.values()):
        if _is_instance_mock(child) and child is not _deleted and child._mock_new_parent is mock:
            seal(child)
    rv = mock.__dict__.get("_mock_return_value")
    if _is_instance_mock(rv) and rv._mock_new_parent is mock:
        seal(rv)


def mock_open(mock=None, read_data=""):
    """A MagicMock standing for `open`: the handle reads `read_data` (read, readline,
    readlines, iteration) and records writes."""
    state = {"data": read_data}

    def lines():
        data = state["data"]
        sep = b"\n" if isinstance(data, bytes) else "\n"
        parts = data.split(sep)
        out = [p + sep for p in parts[:-1]]
        if parts[-1]:
            out.append(parts[-1])
        return out

    if mock is None:
        mock = MagicMock(name="open", spec=open)
    handle = MagicMock(spec=[
        "read", "readline", "readlines", "write", "writelines", "close", "flush", "seek",
        "tell", "fileno", "__enter__", "__exit__", "__iter__", "__next__", "closed", "name",
        "mode", "readable", "writable", "seekable",
    ])
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    cursor = {"lines": iter(lines())}

    def _read(*args):
        rest = list(cursor["lines"])
        cursor["lines"] = iter([])
        empty = b"" if isinstance(state["data"], bytes) else ""
        text = empty.join(rest)
        if args and args[0] is not None and args[0] >= 0:
            n = args[0]
            cursor["lines"] = iter([text[n:]] if text[n:] else [])
            return text[:n]
        return text

    def _readline(*args):
        empty = b"" if isinstance(state["data"], bytes) else ""
        return next(cursor["lines"], empty)

    def _readlines(*args):
        rest = list(cursor["lines"])
        cursor["lines"] = iter([])
        return rest

    def _iter():
        return cursor["lines"]

    def _next():
        return next(cursor["lines"])

    handle.read.side_effect = _read
    handle.readline.side_effect = _readline
    handle.readlines.side_effect = _readlines
    handle.__iter__.side_effect = _iter
    handle.__next__.side_effect = _next

    def reset(*args, **kwargs):
        cursor["lines"] = iter(lines())
        if handle.read.side_effect is _read:
            pass
        return DEFAULT

    mock.side_effect = reset
    mock.return_value = handle
    return mock


# -- patch -----------------------------------------------------------------------------------------

def _importer(target):
    parts = target.split(".")
    name = parts.pop(0)
    thing = importlib.import_module(name)
    for p in parts:
        name += "." + p
        try:
            thing = getattr(thing, p)
        except AttributeError:
            importlib.import_module(name)
            thing = getattr(thing, p)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit(".", 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,))
    return (lambda: _importer(target)), attribute


_active_patches = []


class _patch:
    attribute_name = None

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.is_started = False

    def copy(self):
        p = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                   self.spec_set, self.autospec, self.new_callable, self.kwargs)
        p.attribute_name = self.attribute_name
        p.additional_patchers = [q.copy() for q in self.additional_patchers]
        return p

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if asyncio.iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not callable(attr_value):
                continue
            setattr(klass, attr, self.copy()(attr_value))
        return klass

    def decorate_callable(self, func):
        if hasattr(func, "patchings"):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        def patched(*args, **keywargs):
            extra_args = []
            entered = []
            try:
                for patching in patched.patchings:
                    arg = patching.__enter__()
                    entered.append(patching)
                    if patching.attribute_name is not None:
                        keywargs.update(arg)
                    elif patching.new is DEFAULT:
                        extra_args.append(arg)
                return func(*args, *extra_args, **keywargs)
            finally:
                info = sys.exc_info()
                for patching in reversed(entered):
                    patching.__exit__(*info)

        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, "patchings"):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        async def patched(*args, **keywargs):
            extra_args = []
            entered = []
            try:
                for patching in patched.patchings:
                    arg = patching.__enter__()
                    entered.append(patching)
                    if patching.attribute_name is not None:
                        keywargs.update(arg)
                    elif patching.new is DEFAULT:
                        extra_args.append(arg)
                return await func(*args, *extra_args, **keywargs)
            finally:
                info = sys.exc_info()
                for patching in reversed(entered):
                    patching.__exit__(*info)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = _missing
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, _missing)
        else:
            local = True
        if name in getattr(builtins, "__dict__", {}) and isinstance(target, type(sys)):
            self.create = True
        if not self.create and original is _missing:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None and spec_set is True:
                spec_set = spec
                spec = None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is _missing:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    inherit = True
            if new_callable is not None:
                klass = new_callable
            elif (spec is None and spec_set is None and asyncio.iscoroutinefunction(original)):
                klass = AsyncMock
            else:
                klass = MagicMock
            extra = {}
            if spec is not None:
                extra["spec"] = spec
            if spec_set is not None:
                extra["spec_set"] = spec_set
            if new_callable is None and not (spec is None and spec_set is None):
                this_spec = spec if spec is not None else spec_set
                if not callable(this_spec):
                    klass = NonCallableMagicMock
            if new_callable is None or issubclass(klass, NonCallableMock):
                extra["name"] = self.attribute
            extra.update(kwargs)
            new = klass(**extra)
            if inherit and _is_instance_mock(new):
                this_spec = spec if spec is not None else spec_set
                new.return_value = MagicMock(spec=this_spec, _new_parent=new, _new_name="()") \
                    if callable(new) else new.return_value
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec and new.")
            if original is _missing:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute, **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        setattr(self.target, self.attribute, new_attr)
        if self.attribute_name is not None:
            extra_args = {}
            if self.new is DEFAULT:
                extra_args[self.attribute_name] = new
            for patching in self.additional_patchers:
                arg = patching.__enter__()
                if patching.new is DEFAULT:
                    extra_args.update(arg)
            return extra_args
        return new

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not _missing:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ("__doc__", "__module__", "__defaults__",
                                                       "__annotations__", "__kwdefaults__")):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        for patcher in reversed(self.additional_patchers):
            patcher.__exit__(*exc_info)
        return False

    def start(self):
        """Activates the patch; stop() undoes it."""
        result = self.__enter__()
        _active_patches.append(self)
        return result

    def stop(self):
        """Undoes a patch activated with start()."""
        try:
            _active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replaces the object named by the dotted path `target` with a mock (or `new`) while
    a decorated function runs or a with block is active."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    if type(target) is str:
        raise TypeError("%r must be the actual object to be patched, not a str" % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError("Must supply at least one keyword argument with patch.multiple")
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, {})
        this.attribute_name = attribute
        patcher.additional_patchers.append(this)
    return patcher


class _patch_dict:
    """Sets keys of a dictionary (or the dict named by a dotted path) for the duration,
    restoring its whole previous content afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for attr in dir(f):
                if attr.startswith(patch.TEST_PREFIX) and callable(getattr(f, attr)):
                    setattr(f, attr, _patch_dict(self.in_dict, self.values, self.clear)(getattr(f, attr)))
            return f
        if asyncio.iscoroutinefunction(f):
            @functools.wraps(f)
            async def _inner_async(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
            return _inner_async

        @functools.wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(self.values)
        except AttributeError:
            for key in self.values:
                in_dict[key] = self.values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _active_patches.append(self)
        return result

    def stop(self):
        try:
            _active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stops every patch activated with start(), newest first."""
    for patch_ in reversed(list(_active_patches)):
        patch_.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = "test"
