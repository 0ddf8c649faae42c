//! Builtin types made on first use: the iterator classes that are builtin names (`map`,
//! `zip`, `filter`, `enumerate`, `reversed`) and the types of the builtin iterators
//! (`list_iterator`, `dict_keyiterator`, ...). Start-up makes none of them; `type_of` makes
//! one the first time an object of it is asked for its type.

use crate::heap::Gc;
use crate::object::*;
use crate::value::Value;
use crate::Vm;
use std::cell::{Cell, RefCell};

macro_rules! lazy_types {
    ($($v:ident = $n:literal),* $(,)?) => {
        /// A builtin type made on first use.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum LazyType { $($v),* }

        impl LazyType {
            pub const ALL: &'static [LazyType] = &[$(LazyType::$v),*];

            pub fn name(self) -> &'static str {
                match self { $(LazyType::$v => $n),* }
            }
        }
    };
}

lazy_types!(
    Map = "map",
    Zip = "zip",
    Filter = "filter",
    Enumerate = "enumerate",
    Reversed = "reversed",
    ListIterator = "list_iterator",
    ListReverseIterator = "list_reverseiterator",
    TupleIterator = "tuple_iterator",
    StrAsciiIterator = "str_ascii_iterator",
    StrIterator = "str_iterator",
    RangeIterator = "range_iterator",
    LongRangeIterator = "longrange_iterator",
    SetIterator = "set_iterator",
    DictKeyIterator = "dict_keyiterator",
    DictValueIterator = "dict_valueiterator",
    DictItemIterator = "dict_itemiterator",
    DictReverseKeyIterator = "dict_reversekeyiterator",
    DictReverseValueIterator = "dict_reversevalueiterator",
    DictReverseItemIterator = "dict_reverseitemiterator",
    CallableIterator = "callable_iterator",
    BytesIterator = "bytes_iterator",
    BytearrayIterator = "bytearray_iterator",
    MemoryIterator = "memory_iterator",
    ArrayIterator = "arrayiterator",
    GetSetDescriptor = "getset_descriptor",
    MethodDescriptor = "method_descriptor",
    WrapperDescriptor = "wrapper_descriptor",
    MethodWrapper = "method-wrapper",
);

pub const LAZY_TYPE_COUNT: usize = LazyType::ALL.len();

/// The types that are builtin names (and may be subclassed).
pub const LAZY_BUILTIN_TYPES: &[LazyType] = &[
    LazyType::Map,
    LazyType::Zip,
    LazyType::Filter,
    LazyType::Enumerate,
    LazyType::Reversed,
];

impl LazyType {
    pub fn is_builtin_name(self) -> bool {
        LAZY_BUILTIN_TYPES.contains(&self)
    }

    pub fn named(name: &str) -> Option<LazyType> {
        LazyType::ALL.iter().copied().find(|t| t.name() == name)
    }
}

/// What the core library gives a lazy type when it is made: its methods and its `__new__`.
pub struct LazyTypeAttrs {
    pub methods: &'static [(&'static str, NativeFnPtr)],
    pub new: Option<(&'static str, NativeFnPtr)>,
    pub class_methods: &'static [(&'static str, NativeFnPtr)],
}

fn no_attrs(_: LazyType) -> LazyTypeAttrs {
    LazyTypeAttrs {
        methods: &[],
        new: None,
        class_methods: &[],
    }
}

/// The lazy types made so far, and the core library's attribute table.
pub struct LazyTypes {
    made: [Cell<Option<Gc>>; LAZY_TYPE_COUNT],
    pub attrs: fn(LazyType) -> LazyTypeAttrs,
}

impl Default for LazyTypes {
    fn default() -> Self {
        LazyTypes {
            made: std::array::from_fn(|_| Cell::new(None)),
            attrs: no_attrs,
        }
    }
}

impl LazyTypes {
    /// The types made so far (collector roots).
    pub fn made(&self) -> impl Iterator<Item = Gc> + '_ {
        self.made.iter().filter_map(|c| c.get())
    }
}

impl Vm {
    /// The lazy type `t`, made now if it does not exist yet.
    #[inline]
    pub fn lazy_type(&self, t: LazyType) -> Gc {
        match self.lazy_types.made[t as usize].get() {
            Some(g) => g,
            None => self.make_lazy_type(t),
        }
    }

    #[cold]
    #[inline(never)]
    fn make_lazy_type(&self, t: LazyType) -> Gc {
        let object = self.types.object;
        let cls = self.alloc(Obj::Class(Box::new(Class {
            name: RefCell::new(t.name().to_string()),
            qualname: RefCell::new(t.name().to_string()),
            bases: RefCell::new(vec![object]),
            mro: RefCell::new(Vec::new()),
            own_dict: RefCell::new(crate::dict::Dict::new()),
            methods_pending: Cell::new(false),
            kind: Cell::new(Kind::Other),
            is_builtin: true,
            lookup_cache: RefCell::new(hashbrown::HashMap::new()),
            cache_epoch: Cell::new(0),
            flags_cache: Cell::new((0, 0)),
            init_cache: Cell::new((0, Value::Empty)),
            meta: Cell::new(None),
            attr_hint: Cell::new(0),
            shared_keys: Default::default(),
            born: crate::object::class_serial(),
            c_name: RefCell::new(None),
        })));
        if let Obj::Class(c) = cls.obj() {
            *c.mro.borrow_mut() = vec![cls, object];
        }
        self.lazy_types.made[t as usize].set(Some(cls));
        let attrs = (self.lazy_types.attrs)(t);
        if let Some((name, f)) = attrs.new {
            let v = self.new_native(name, f);
            self.add_pending_value(cls, "__new__", v);
        }
        self.add_pending_methods(cls, attrs.methods);
        for &(name, f) in attrs.class_methods {
            self.add_pending_classmethod(cls, name, f);
        }
        crate::object::classes_changed();
        cls
    }

    /// The lazy type `t` if it has been made.
    pub fn lazy_type_made(&self, t: LazyType) -> Option<Gc> {
        self.lazy_types.made[t as usize].get()
    }

    /// The lazy type `g` is, if it is one.
    pub fn lazy_type_of_class(&self, g: Gc) -> Option<LazyType> {
        LazyType::ALL.iter().copied().find(|t| {
            self.lazy_types.made[*t as usize]
                .get()
                .is_some_and(|c| c.ptr_eq(g))
        })
    }

    /// A builtin type that cannot be subclassed: every lazy type but the builtin names.
    pub fn is_final_lazy_type(&self, g: Gc) -> bool {
        self.lazy_type_of_class(g)
            .is_some_and(|t| !t.is_builtin_name())
    }

    /// The type of a builtin iterator object.
    #[cold]
    #[inline(never)]
    pub fn iter_type(&self, cell: &RefCell<IterKind>) -> Gc {
        let Ok(k) = cell.try_borrow() else {
            return self.types.iterator;
        };
        let t = match &*k {
            IterKind::Range { .. } => LazyType::RangeIterator,
            IterKind::Seq { seq, .. } => match seq {
                Value::Obj(s) => match s.obj() {
                    Obj::List(_) => LazyType::ListIterator,
                    Obj::Tuple(_) => LazyType::TupleIterator,
                    Obj::Str(st) if st.is_ascii() => LazyType::StrAsciiIterator,
                    Obj::Str(_) => LazyType::StrIterator,
                    Obj::Bytes(_) => LazyType::BytesIterator,
                    Obj::ByteArray(_) => LazyType::BytearrayIterator,
                    Obj::MemoryView(_) => LazyType::MemoryIterator,
                    Obj::BigRange(_) => LazyType::LongRangeIterator,
                    Obj::Instance(i) => match i.native_data().and_then(|d| d.seq_iter_type()) {
                        Some(t) => t,
                        None => return self.types.iterator,
                    },
                    _ => return self.types.iterator,
                },
                _ => return self.types.iterator,
            },
            IterKind::Dict { dict, what, .. } => match (dict.obj(), what) {
                (Obj::Set(..), _) => LazyType::SetIterator,
                (_, 0) => LazyType::DictKeyIterator,
                (_, 1) => LazyType::DictValueIterator,
                _ => LazyType::DictItemIterator,
            },
            IterKind::Reversed { seq, from_dict, .. } => match (from_dict, seq) {
                (Some(0), _) => LazyType::DictReverseKeyIterator,
                (Some(1), _) => LazyType::DictReverseValueIterator,
                (Some(_), _) => LazyType::DictReverseItemIterator,
                (None, Value::Obj(s)) if matches!(s.obj(), Obj::List(_)) => {
                    LazyType::ListReverseIterator
                }
                _ => LazyType::Reversed,
            },
            IterKind::Enumerate { .. } => LazyType::Enumerate,
            IterKind::Zip { .. } => LazyType::Zip,
            IterKind::Map { .. } => LazyType::Map,
            IterKind::Filter { .. } => LazyType::Filter,
            IterKind::Callable { .. } => LazyType::CallableIterator,
            IterKind::Done(t) => *t,
        };
        self.lazy_type(t)
    }
}
