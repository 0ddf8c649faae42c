"""Data classes: generate __init__, __repr__, __eq__ and friends from class annotations."""

import copy as _copy_module

__all__ = [
    "dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
    "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass",
]


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KwOnlyType()


class _InitVarMeta(type):
    def __getitem__(self, params):
        return InitVar(params)


class InitVar(metaclass=_InitVarMeta):
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, "__name__", None) or repr(self.type)
        return f"dataclasses.InitVar[{name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD = "_FIELD"
_FIELD_CLASSVAR = "_FIELD_CLASSVAR"
_FIELD_INITVAR = "_FIELD_INITVAR"
_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"


class Field:
    __slots__ = (
        "name", "type", "default", "default_factory", "repr", "hash", "init", "compare",
        "metadata", "kw_only", "_field_type",
    )

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (
            "Field("
            f"name={self.name!r},"
            f"type={self.type!r},"
            f"default={self.default!r},"
            f"default_factory={self.default_factory!r},"
            f"init={self.init!r},"
            f"repr={self.repr!r},"
            f"hash={self.hash!r},"
            f"compare={self.compare!r},"
            f"metadata={self.metadata!r},"
            f"kw_only={self.kw_only!r},"
            f"_field_type={self._field_type})"
        )

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return (
            f"_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},"
            f"order={self.order!r},unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})"
        )


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith("ClassVar") or tp.startswith("typing.ClassVar")
    return getattr(tp, "__origin__", None) is not None and repr(getattr(tp, "__origin__")) == "typing.ClassVar" or repr(tp) == "typing.ClassVar"


def _is_initvar(tp):
    if isinstance(tp, str):
        return tp.startswith("InitVar") or tp.startswith("dataclasses.InitVar")
    return tp is InitVar or isinstance(tp, InitVar)


def _is_kw_only(tp):
    if isinstance(tp, str):
        return tp in ("KW_ONLY", "dataclasses.KW_ONLY")
    return tp is KW_ONLY


def _get_field(cls, name, tp, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    if _is_classvar(tp):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(tp):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f"field {f.name} cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f"field {f.name} is a ClassVar but specifies kw_only")
    if f._field_type is _FIELD and _unhashable_type(type(f.default)):
        raise ValueError(
            f"mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory"
        )
    return f


def _unhashable_type(tp):
    # The test CPython uses (a class whose __hash__ is None), plus the builtin mutable
    # containers, whose __hash__ may not read as None here.
    return getattr(tp, "__hash__", None) is None or issubclass(tp, (list, dict, set, bytearray))


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    setattr(cls, name, value)
    return False


def _make_fn(name, args, body, globals_, locals_):
    # locals_ supply defaults and helpers to the generated source as closure-free globals.
    ns = dict(globals_)
    ns.update(locals_)
    src = f"def {name}({', '.join(args)}):\n" + "\n".join("    " + b for b in (body or ["pass"])) + "\n"
    out = {}
    exec(src, ns, out)
    return out[name]


def _field_init_line(f, self_name, frozen, slots):
    default_name = f"_dflt_{f.name}"
    if f.default_factory is not MISSING:
        if f.init:
            value = f"{default_name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}"
        else:
            value = f"{default_name}()"
    elif f.init:
        value = f.name
    elif f.default is not MISSING:
        value = default_name
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    if frozen:
        return f"__dataclass_builtins_object__.__setattr__({self_name}, {f.name!r}, {value})"
    return f"{self_name}.{f.name} = {value}"


class _HasDefaultFactory:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        return f.name
    if f.default is not MISSING:
        return f"{f.name}=_dflt_{f.name}"
    return f"{f.name}=_HAS_DEFAULT_FACTORY"


def _make_init(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, globals_, slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
    locals_ = {"_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY, "__dataclass_builtins_object__": object}
    for f in fields:
        if f.default_factory is not MISSING:
            locals_[f"_dflt_{f.name}"] = f.default_factory
        elif f.default is not MISSING:
            locals_[f"_dflt_{f.name}"] = f.default
    body = []
    for f in fields:
        line = _field_init_line(f, self_name, frozen, slots)
        if line:
            body.append(line)
    if has_post_init:
        params = ", ".join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f"{self_name}.__post_init__({params})")
    args = [self_name] + [_init_param(f) for f in std_fields]
    if kw_only_fields:
        args += ["*"] + [_init_param(f) for f in kw_only_fields]
    fn = _make_fn("__init__", args, body, globals_, locals_)
    # The parameters carry the fields' types, as inspect.signature() shows them.
    annotations = {f.name: f.type for f in std_fields}
    annotations.update((f.name, f.type) for f in kw_only_fields)
    annotations["return"] = None
    fn.__annotations__ = annotations
    return fn


def _format_type(t):
    """A field type as a signature shows it (inspect.formatannotation's rules)."""
    if getattr(t, "__module__", None) == "typing":
        return repr(t).replace("typing.", "")
    if isinstance(t, type) and not hasattr(t, "__origin__"):
        if t.__module__ == "builtins":
            return t.__qualname__
        return t.__module__ + "." + t.__qualname__
    if hasattr(t, "__origin__"):
        return str(t)
    return repr(t)


def _doc_param(f):
    text = f.name + ": " + _format_type(f.type)
    if f.default_factory is not MISSING:
        return text + " = <factory>"
    if f.default is not MISSING:
        return text + " = " + repr(f.default)
    return text


def _init_doc(cls, std_fields, kw_only_fields):
    """CPython's docstring for a dataclass without one: its name and __init__ signature."""
    params = [_doc_param(f) for f in std_fields]
    if kw_only_fields:
        params += ["*"] + [_doc_param(f) for f in kw_only_fields]
    return cls.__name__ + "(" + ", ".join(params) + ")"


def _tuple_of(fields, obj):
    return tuple(getattr(obj, f.name) for f in fields)


def _recursive_repr_guard(fn):
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            return fn(self)
        finally:
            running.discard(key)

    wrapper.__name__ = fn.__name__
    return wrapper


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True
    cls_annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw_only_seen = kw_only
    for name, tp in cls_annotations.items():
        if _is_kw_only(tp):
            if kw_only_seen is True and kw_only is not True:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_seen = True
            continue
        cls_fields.append(_get_field(cls, name, tp, kw_only_seen))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    setattr(cls, _FIELDS, fields)
    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))
    if order and not eq:
        raise ValueError("eq must be true if order is true")
    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_init = [f for f in all_init_fields if f.init and f.kw_only]
    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    import sys

    module = sys.modules.get(cls.__module__)
    globals_ = dict(module.__dict__) if module is not None and hasattr(module, "__dict__") else {}
    if init:
        has_post_init = hasattr(cls, "__post_init__")
        _set_new_attribute(
            cls, "__init__",
            _make_init(all_init_fields, std_init, kw_init, frozen, has_post_init,
                       "__dataclass_self__" if "self" in fields else "self", globals_, slots),
        )
    if repr:
        repr_fields = [f for f in field_list if f.repr]

        def __repr__(self):
            parts = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in repr_fields)
            return f"{self.__class__.__qualname__}({parts})"

        _set_new_attribute(cls, "__repr__", _recursive_repr_guard(__repr__))
    cmp_fields = [f for f in field_list if f.compare]
    if eq:

        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _tuple_of(cmp_fields, self) == _tuple_of(cmp_fields, other)
            return NotImplemented

        _set_new_attribute(cls, "__eq__", __eq__)
    if order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            fn = _make_order(name, op, cmp_fields)
            if _set_new_attribute(cls, name, fn):
                raise TypeError(
                    f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                    f"Consider using functools.total_ordering"
                )
    if frozen:
        frozen_names = tuple(f.name for f in fields.values())

        def __setattr__(self, name, value):
            if type(self) is cls or name in frozen_names:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in frozen_names:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)

        for name, fn in (("__setattr__", __setattr__), ("__delattr__", __delattr__)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
    hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(_tuple_of(hash_fields, self))

    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = __hash__
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = __hash__
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None
    if not getattr(cls, "__doc__", None):
        try:
            cls.__doc__ = _init_doc(cls, std_init, kw_init)
        except (TypeError, AttributeError):
            pass
    if match_args:
        _set_new_attribute_plain(cls, "__match_args__", tuple(f.name for f in std_init))
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _set_new_attribute_plain(cls, name, value):
    if name not in cls.__dict__:
        setattr(cls, name, value)


def _make_order(name, op, cmp_fields):
    src_fn = _make_fn(
        name, ["self", "other"],
        [
            "if other.__class__ is self.__class__:",
            f"    return _tuple_of(_cmp, self) {op} _tuple_of(_cmp, other)",
            "return NotImplemented",
        ],
        {}, {"_tuple_of": _tuple_of, "_cmp": cmp_fields},
    )
    return src_fn


def _add_slots(cls, is_frozen, weakref_slot):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for b in cls.__mro__[1:-1]:
        inherited.update(getattr(b, "__slots__", ()))
    cls_dict["__slots__"] = tuple(n for n in field_names if n not in inherited)
    if weakref_slot:
        cls_dict["__slots__"] += ("__weakref__",)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    # Methods generated for the old class refer to it (frozen checks): rebuild those.
    if is_frozen:
        frozen_names = field_names

        def __setattr__(self, name, value):
            if type(self) is new_cls or name in frozen_names:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(new_cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is new_cls or name in frozen_names:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(new_cls, self).__delattr__(name)

        new_cls.__setattr__ = __setattr__
        new_cls.__delattr__ = __delattr__
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy_module.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy_module.deepcopy(obj)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(
                    f"field {f.name} is declared with init=False, it cannot be specified with replace()"
                )
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    """Return a new dynamically created dataclass."""
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        annotations[name] = tp
    ns["__annotations__"] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
