"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique."""

__all__ = [
    "EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
    "auto", "unique", "EnumCheck", "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP",
]

_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


_FunctionType = type(_is_dunder)
_NATIVE_DESCRIPTORS = (_FunctionType, staticmethod, classmethod, property)


def _is_descriptor(obj):
    # Functions and the method wrappers may not expose __get__ here, so name them too.
    if isinstance(obj, _NATIVE_DESCRIPTORS):
        return True
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_private(cls_name, name):
    prefix = "_%s__" % cls_name.lstrip("_")
    return name.startswith(prefix) and not name.endswith("__")


class _EnumDict(dict):
    """The class namespace of an enum: records member names in order and expands auto()."""

    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name or "", key):
            pass
        elif _is_sunder(key):
            if key == "_generate_next_value_":
                self._generate_next_value = getattr(value, "__func__", value)
            elif key not in ("_order_", "_missing_", "_ignore_", "_numeric_repr_", "_new_member_", "_value_", "_name_"):
                raise ValueError("_sunder_ names, such as %r, are reserved for future Enum use" % (key,))
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif _is_descriptor(value):
            if key in self._member_names:
                raise TypeError("%r already defined as %r" % (key, self[key]))
        else:
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:]
                    )
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


def _find_data_type(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            return base
    return object


def _find_generate(bases):
    for chain in bases:
        for base in chain.__mro__:
            g = base.__dict__.get("_generate_next_value_")
            if g is not None:
                return getattr(g, "__func__", g)
    return None


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        d = _EnumDict()
        d._cls_name = cls
        gen = _find_generate(bases)
        if gen is None:
            gen = _default_generate
        d._generate_next_value = gen
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                kind = "flag" if _Flag is not None and issubclass(base, _Flag) else "enum"
                raise TypeError("<%s %r> cannot extend %r" % (kind, cls, base))
        return d

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        member_names = list(getattr(classdict, "_member_names", ()))
        ns = {}
        for k, v in classdict.items():
            if k not in member_names:
                ns[k] = v
        custom_new = ns.pop("__new__", None)
        member_type = _find_data_type(bases) if bases else object
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        type.__setattr__(enum_class, "_member_names_", [])
        type.__setattr__(enum_class, "_member_map_", {})
        type.__setattr__(enum_class, "_value2member_map_", {})
        type.__setattr__(enum_class, "_member_type_", member_type)
        if custom_new is None:
            for b in bases:
                custom_new = getattr(b, "_new_member_", None)
                if custom_new is not None:
                    break
        else:
            custom_new = getattr(custom_new, "__func__", custom_new)
        if custom_new is not None:
            type.__setattr__(enum_class, "_new_member_", staticmethod(custom_new))
        if boundary is None:
            for b in bases:
                boundary = getattr(b, "_boundary_", None)
                if boundary is not None:
                    break
        type.__setattr__(enum_class, "_boundary_", boundary)
        is_flag = _Flag is not None and issubclass(enum_class, _Flag)
        flag_mask = 0
        for name in member_names:
            value = classdict[name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if custom_new is not None:
                member = custom_new(enum_class, *args)
            elif member_type is object:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            if not hasattr(member, "_value_"):
                if member_type is object:
                    member._value_ = value
                else:
                    try:
                        member._value_ = member_type(*args)
                    except Exception:
                        member._value_ = value
            value = member._value_
            member._name_ = name
            member._sort_order_ = len(enum_class._member_names_)
            init = getattr(enum_class, "__init__", None)
            if init is not None and init is not object.__init__:
                member.__init__(*args)
            canonical = None
            for other in enum_class._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
            if canonical is not None:
                member = canonical
            else:
                is_single_bit = not is_flag or (isinstance(value, int) and value > 0 and value & (value - 1) == 0)
                if is_single_bit or not is_flag:
                    enum_class._member_names_.append(name)
                if is_flag and isinstance(value, int):
                    flag_mask |= value
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, member)
        if member_type is not object:
            _prefer_enum_methods(enum_class)
        if is_flag:
            type.__setattr__(enum_class, "_flag_mask_", flag_mask)
            type.__setattr__(enum_class, "_all_bits_", 2 ** flag_mask.bit_length() - 1 if flag_mask else 0)
        order = classdict.get("_order_")
        if order is not None:
            if isinstance(order, str):
                order = order.replace(",", " ").split()
            if order != enum_class._member_names_:
                raise TypeError(
                    "member order does not match _order_:\n  %r\n  %r"
                    % (enum_class._member_names_, order)
                )
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup_member_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start, boundary=boundary)

    def _lookup_member_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
            raise exc from e
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError(
            "error in %s._missing_: returned %r instead of None or a valid member"
            % (cls.__name__, result)
        )

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        classdict = cls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last = names, [], []
            for count, name in enumerate(original):
                value = classdict._generate_next_value(name, start, count, last[:])
                last.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        if module is None:
            module = "__main__"
        classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return EnumType.__new__(cls.__class__, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, cls.__class__.__qualname__)
            )
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if _Flag is not None and issubclass(cls, _Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


def _prefer_enum_methods(enum_class):
    # With a mixed-in data type (class X(int, Enum)) the data type's repr/str/format come
    # first in the MRO; the enum's own versions should win unless a class overrides them.
    for name in ("__repr__", "__str__", "__format__"):
        enum_method = None
        for base in enum_class.__mro__:
            if name in base.__dict__:
                if isinstance(base, EnumType):
                    enum_method = base.__dict__[name]
                    break
                enum_method = None
                for later in enum_class.__mro__:
                    if isinstance(later, EnumType) and name in later.__dict__:
                        enum_method = later.__dict__[name]
                        break
                if enum_method is not None:
                    type.__setattr__(enum_class, name, enum_method)
                break
_Flag = None


def _default_generate(name, start, count, last_values):
    # One more than the latest value that supports + 1, else the start value.
    for last in reversed(last_values):
        try:
            return last + 1
        except TypeError:
            pass
    return start


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        mt = self._member_type_
        v_repr = repr if mt is object else mt.__repr__
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


def _use_mixin_str(cls):
    mt = cls._member_type_
    cls_str = mt.__str__ if mt is not object else None
    return cls_str


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()

    def __repr__(self):
        return "<FlagBoundary.%s: %r>" % (self._name_, self._value_)


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class EnumCheck(StrEnum):
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


def _high_bit(value):
    return value.bit_length() - 1


class Flag(Enum, boundary=STRICT):
    """Support for flags."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high = _high_bit(last)
        except Exception:
            raise TypeError("invalid flag value %r" % last) from None
        return 2 ** (high + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        boundary = cls._boundary_
        neg = value < 0
        if neg:
            value = cls._all_bits_ + 1 + value
        if value < 0 or value & ~mask:
            if boundary is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError(
                    "%r invalid value %r\n    given %s\n  allowed %s"
                    % (cls, value, _bin(value, width), _bin(mask, width))
                )
            elif boundary is CONFORM:
                value = value & mask
            elif boundary is EJECT:
                return value
            elif boundary is not KEEP:
                raise ValueError("%r unknown flag boundary %r" % (cls, boundary))
        known = [m for m in cls if m._value_ & value == m._value_ and m._value_]
        extra = value
        for m in known:
            extra &= ~m._value_
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in known]
        if extra:
            names.append(hex(extra) if False else str(extra))
        pseudo._name_ = "|".join(names) if value else None
        pseudo._sort_order_ = -1
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, self.__class__.__qualname__)
            )
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__:
            if m._value_ and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return bin(self._value_).count("1")

    def __repr__(self):
        cls_name = self.__class__.__name__
        mt = self._member_type_
        v_repr = repr if mt is object else mt.__repr__
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._boundary_ is KEEP and self._member_type_ is not object:
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _bin(num, width):
    digits = bin(num)[2:]
    return "0b0 " + digits.rjust(width, "0") if width else "0b0"


_Flag = Flag
Flag._flag_mask_ = 0
Flag._all_bits_ = 0


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


def _simple_enum(*args, **kwargs):
    raise NotImplementedError("enum._simple_enum is not supported")


def global_enum(cls):
    raise NotImplementedError("enum.global_enum is not supported")
