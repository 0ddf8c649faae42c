//! Heap object layouts. Interior mutability is `RefCell`/`Cell`: the interpreter is single
//! threaded, and a failed borrow (a container mutated while it is being iterated natively) is
//! reported as a Python RuntimeError by the code that borrows, never a panic.

use crate::dict::Dict;
use crate::heap::Gc;
use crate::strdata::StrData;
use crate::tupledata::TupleItems;
use crate::value::Value;
use crate::Vm;
use kestrel_compiler::CodeObject;
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};

pub type PyResult<T> = Result<T, Raised>;

/// Marker: an exception was raised and is parked in `Vm::raised`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Raised;

/// Keyword arguments passed to a native function: (interned name, value).
pub type Kwargs<'a> = &'a [(Value, Value)];

pub type NativeFnPtr = fn(&mut Vm, &[Value], Kwargs) -> PyResult<Value>;

pub struct NativeFn {
    pub name: &'static str,
    pub f: NativeFnPtr,
    /// Bound receiver for `obj.method` of builtin types when not called directly.
    pub bound: Value,
    /// A method of a builtin type: calling it with no receiver at all is a TypeError, not
    /// an out-of-range argument read.
    pub method: bool,
    /// The builtin class whose method this is: an unbound call checks its receiver against
    /// it (`list.append(1, 2)` is a TypeError, as in CPython). None: no check.
    pub owner: Option<Gc>,
}

pub struct PyStr {
    pub s: StrData,
    pub hash: Cell<u64>,
    /// Number of characters (code points).
    pub chars: usize,
}

impl PyStr {
    pub fn new(s: StrData) -> PyStr {
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            hash: Cell::new(0),
            chars,
        }
    }
    /// A str whose length in characters is known.
    #[inline]
    pub fn with_chars(s: StrData, chars: usize) -> PyStr {
        debug_assert!(s.len() > 4096 || chars == s.chars().count());
        PyStr {
            s,
            hash: Cell::new(0),
            chars,
        }
    }
    /// A str whose text is known to be ASCII (one character per byte).
    #[inline]
    pub fn ascii(s: StrData) -> PyStr {
        PyStr {
            chars: s.len(),
            s,
            hash: Cell::new(0),
        }
    }
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }
}

pub struct Function {
    pub code: &'static CodeObject,
    pub globals: Gc,
    /// The code's constant table (`Vm::consts_for`), or null until the first call: most
    /// functions a module defines at import are never called, and building their tables
    /// (interning every string constant) was most of an import's cost.
    pub consts: Cell<*const Value>,
    /// The code's quickened copy and adaptive counters (`Vm::quick_for`), or null until the
    /// first call.
    pub quick: Cell<*mut crate::quicken::QuickCode>,
    /// Positional defaults; `__defaults__` may be reassigned.
    pub defaults: RefCell<Vec<Value>>,
    pub kwdefaults: Cell<Value>,
    pub closure: Vec<Value>,
    /// `__name__` and `__qualname__`: Empty until first asked for (`Vm::func_name`).
    pub name: Cell<Value>,
    pub qualname: Cell<Value>,
    pub dict: RefCell<Dict>,
    /// `__annotations__`: a dict, or Empty until asked for (then an empty dict is made).
    pub annotations: Cell<Value>,
    /// Fast path: a call with exactly `argcount` positionals binds them in place (no
    /// `*args`, `**kwargs`, keyword-only parameters or generator; defaults go unused).
    pub simple: bool,
}

impl Function {
    /// A positional call with `n` arguments that only needs trailing defaults filled in: no
    /// `*args`, `**kwargs`, keyword-only parameters or generator.
    #[inline]
    pub fn positional_defaults_fit(&self, n: usize) -> bool {
        use kestrel_compiler::code::flags;
        let argc = self.code.argcount as usize;
        let nd = self.defaults.borrow().len();
        nd != 0
            && n < argc
            && n + nd >= argc
            && self.code.kwonlyargcount == 0
            && self.code.flags & (flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR) == 0
    }
}

pub struct Class {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<Gc>>,
    pub mro: RefCell<Vec<Gc>>,
    /// The class's own namespace. Read it through `Vm::class_dict`, which first adds any
    /// builtin methods still pending for the class.
    pub own_dict: RefCell<Dict>,
    /// Builtin methods registered for this class are waiting in `Vm::pending_methods`.
    pub methods_pending: Cell<bool>,
    /// The builtin layout instances of this class use.
    pub kind: Cell<Kind>,
    pub is_builtin: bool,
    /// MRO lookup results by interned-name address, valid while `cache_epoch` equals
    /// `CLASS_EPOCH` (bumped whenever any class's dict or MRO changes, and at each collection).
    pub lookup_cache: RefCell<hashbrown::HashMap<usize, Option<Value>>>,
    pub cache_epoch: Cell<u64>,
    /// `class_flags` result and the epoch it was computed at.
    pub flags_cache: Cell<(u64, u8)>,
    /// The simple Python `__init__` instantiation can call in the dispatch loop (or Empty),
    /// and the epoch it was found at.
    pub init_cache: Cell<(u64, Value)>,
    /// The metaclass when it is not `type` (a user class derived from `type`).
    pub meta: Cell<Option<Gc>>,
    /// For a Python-written class standing in for one of CPython's C types, that type's C
    /// name (`datetime.date`), which CPython's error messages show instead of `__name__`.
    pub c_name: RefCell<Option<String>>,
    /// The most attributes an instance of this class has been given (capped at
    /// `ATTR_HINT_MAX`): new instances allocate their dict at that size, so it neither grows
    /// step by step nor keeps the spare slots of a doubling vector.
    pub attr_hint: Cell<u8>,
    /// The attribute names instances keep inline (`Instance::inline`), in order; only ever
    /// appended to, so a position found for a name stays valid.
    pub shared_keys: [Cell<Option<Gc>>; INLINE_ATTRS],
    /// Creation order among classes (`__subclasses__` lists oldest first; the heap's pages
    /// keep no allocation order).
    pub born: u64,
}

/// The next class's `born` number.
pub fn class_serial() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

pub const ATTR_HINT_MAX: usize = 32;

impl Class {
    /// Notes that an instance's dict has grown to `len` attributes.
    #[inline]
    pub fn note_instance_attrs(&self, len: usize) {
        if len > self.attr_hint.get() as usize {
            self.attr_hint.set(len.min(ATTR_HINT_MAX) as u8);
        }
    }
}

/// Some class in the MRO defines a property (a data descriptor).
pub const HAS_DATA_DESCRIPTOR: u8 = 1;
/// Some class in the MRO defines `__setattr__` in Python.
pub const CUSTOM_SETATTR: u8 = 2;
/// Every Python class in the MRO declares `__slots__` (without `__dict__`): instances only
/// take the slot names as attributes.
pub const HAS_SLOTS: u8 = 4;
/// Some class in the MRO overrides `__getattribute__`: every lookup goes through it.
pub const CUSTOM_GETATTRIBUTE: u8 = 8;
/// Some class in the MRO defines `__del__`: instances are registered for finalization.
pub const HAS_FINALIZER: u8 = 16;
/// Some class in the MRO other than `object` defines `__eq__` or `__ne__` (or is a builtin
/// type, whose comparison is its own): `==` on instances is not plain identity.
pub const CUSTOM_EQ: u8 = 32;
/// Some class in the MRO defines `__bool__` or `__len__` (or is a builtin type other than
/// `object`): an instance's truth is not simply True.
pub const CUSTOM_TRUTH: u8 = 64;
/// Flags that rule out reading an attribute straight from the instance dict.
pub const SLOW_GETATTR: u8 = HAS_DATA_DESCRIPTOR | CUSTOM_GETATTRIBUTE;

/// Bumped by every change that could alter a class attribute lookup.
pub static CLASS_EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// Bumped by every change that could alter a class attribute lookup, but not by
/// collections: caches that keep what they name alive (in constant tables, which are roots)
/// stay valid across a collection (`LOAD_METHOD`'s specialized forms).
pub static CLASS_VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// Invalidates every class's lookup cache.
pub fn classes_changed() {
    CLASS_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    CLASS_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

/// A collection ran: caches keyed by addresses that may now be reused are stale.
pub fn collection_ran() {
    CLASS_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

/// Builtin type layouts (a class's `kind` is inherited from its builtin base).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Object,
    Exception,
    Type,
    Other,
    /// A user class deriving from `list`: instances carry a list in `Instance::base`.
    List,
    /// A user class deriving from `dict`: instances carry a dict in `Instance::base`.
    Dict,
    /// A user class deriving from `set`: instances carry a set in `Instance::base`.
    Set,
    /// A user class deriving from an immutable builtin (int, float, str, bytes, tuple,
    /// frozenset, ...): instances carry the builtin value its base type's `__new__` made.
    Value,
}

pub struct ExcData {
    pub args: Value,
    /// (code, pc) of each frame the exception passed through, innermost first.
    pub traceback: Vec<(&'static CodeObject, u32)>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

/// An instance of a Python class. Its attributes live inline while they are, in the order
/// they were set, the first of its class's shared keys (`Class::shared_keys`, at most
/// `INLINE_ATTRS`): then `inline[j]` holds the value of key `j` (Empty past the last), and the
/// instance costs its slot alone. Any other shape, `__dict__`, or extra data moves them to a
/// dict in `ext` for good (`instattrs.rs`).
pub struct Instance {
    pub class: Cell<Gc>,
    pub(crate) inline: [Cell<Value>; INLINE_ATTRS],
    /// The attribute dict and what else the instance carries, once it has either.
    pub(crate) ext: std::cell::OnceCell<Box<InstExt>>,
}

/// Attribute values an instance can keep in its own slot.
pub const INLINE_ATTRS: usize = 3;

/// An instance's dict and extra data (`Instance::ext`).
pub struct InstExt {
    pub dict: RefCell<Dict>,
    /// Exception data, or the builtin base object.
    pub extra: Option<Extra>,
}

/// What an instance carries besides its class and attributes.
pub enum Extra {
    /// The instance is an exception.
    Exc(RefCell<ExcData>),
    /// The builtin value (a list, dict, int, str, ...) holding the data of an instance of a
    /// class derived from that builtin type.
    Base(Value),
    /// The Rust data of an instance of a class a native module made (`array.array`,
    /// `hashlib` hashes, `struct.Struct`).
    Native(Box<dyn NativeData>),
}

/// Rust data carried by an instance (`Extra::Native`). It holds no `Value`s: the collector
/// does not look inside it.
pub trait NativeData: std::any::Any {
    /// The bytes the object exposes as a buffer (`bytes(x)`, `file.write(x)`), if it has one.
    fn buffer(&self) -> Option<Vec<u8>> {
        None
    }

    /// The struct format character of the buffer's items (`memoryview(x).format`), when the
    /// object can be viewed by a memoryview.
    fn buffer_format(&self) -> Option<u8> {
        None
    }

    /// Calls `f` with the buffer's bytes (memoryview reads).
    fn with_buffer(&self, _f: &mut dyn FnMut(&[u8])) {}

    /// Calls `f` with the buffer's bytes to change in place, never resizing them (memoryview
    /// writes); false when the buffer is read-only.
    fn with_buffer_mut(&self, _f: &mut dyn FnMut(&mut [u8])) -> bool {
        false
    }

    /// `self[key]` when it needs neither Python code nor an allocation (an array's number
    /// at an int index); None sends the subscription down the general `__getitem__` path.
    fn get_item(&self, _key: Value) -> Option<Value> {
        None
    }

    /// The `i`th item for iteration (which never goes through an overriding
    /// `__getitem__`): `Some(None)` past the end, None when the general path must fetch it.
    fn iter_item(&self, i: usize) -> Option<Option<Value>> {
        self.get_item(Value::Int(i as i64)).map(Some)
    }

    /// The type of the iterator `iter(self)` makes over its items (`arrayiterator`), when
    /// it is not the generic sequence iterator's.
    fn seq_iter_type(&self) -> Option<crate::lazytypes::LazyType> {
        None
    }

    /// `self[key] = v` under the same conditions; false when the general path must do it.
    fn set_item(&self, _key: Value, _v: Value) -> bool {
        false
    }
}

/// A native method the VM carries out itself when an instance's class has it (object's and
/// the builtin types' dunders, whose behaviour lives in the VM). Natives of classes made by
/// native modules (`array.array`) are named `"Class.method"` and are called like Python
/// methods.
pub fn is_vm_native(v: Value) -> bool {
    matches!(v, Value::Obj(g) if matches!(g.obj(), Obj::Native(n) if !n.name.contains('.')))
}

/// The builtin value behind `v`: an instance's `base` object (for instances of subclasses of
/// builtin containers), else `v` itself.
pub fn builtin_base(v: Value) -> Value {
    match v {
        Value::Obj(g) => match g.obj() {
            Obj::Instance(i) => i.base_value().unwrap_or(v),
            _ => v,
        },
        _ => v,
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Done,
    /// Suspended in a `yield from` as part of a flattened chain (`gen_inloop.rs`): it runs
    /// while the chain's leaf runs, and is suspended otherwise. Only the chain code may see
    /// this state; everything else asks `gen_inloop::gen_settle` first.
    Delegating,
}

/// A generator, coroutine or async generator. It lives in its heap slot (at most 64 bytes:
/// a generator is garbage soon after it finishes, and a boxed one cost a 128-byte block
/// more); what only some generators need waits in `more`, made when first set.
pub struct Generator {
    pub func: Gc,
    /// Its `__name__` (a str: the function's name when it was made).
    pub name: Gc,
    /// Its saved registers (`GenRegs`).
    pub regs: GenRegs,
    /// While it runs resumed past a chain of `yield from`s (`gen_inloop.rs`): the generator
    /// delegating to it, which continues when it returns or raises.
    pub flat_parent: Cell<Option<Gc>>,
    more: std::cell::OnceCell<Box<GenMore>>,
    pub pc: SmallIdx,
    /// Register receiving the value sent in (the YIELD's A), absolute within `regs`.
    pub send_reg: SmallIdx,
    /// Levels below the root of its flattened chain (counted against the recursion limit).
    pub flat_depth: Cell<u32>,
    pub state: Cell<GenState>,
    /// Generator, coroutine or async generator (from the code's flags).
    pub kind: GenKind,
    pub closed: Cell<bool>,
    /// Registered for finalization (closed when collected while suspended in a `try`).
    pub finalizable: Cell<bool>,
}

const _: () = assert!(std::mem::size_of::<Generator>() <= 64);

/// A generator's rarely needed state (`Generator::more`).
struct GenMore {
    /// The exception its code was handling when it last suspended.
    handled: Cell<Value>,
    /// Async generators: the finalizer hook recorded when the hooks were applied (or None).
    finalizer: Cell<Value>,
    /// The root of a flattened chain (`GenState::Delegating`, no `flat_parent`): its leaf when
    /// the chain last suspended, or a finished generator below the leaf (`chain_leaf`).
    flat_leaf: Cell<Option<Gc>>,
    /// Async generators: an `asend`/`athrow` awaitable is in progress.
    running_async: Cell<bool>,
    /// Async generators: the asyncgen hooks were applied (on the first `__anext__`,
    /// `asend`, `athrow` or `aclose`).
    hooks_applied: Cell<bool>,
}

/// A `usize` index kept in 32 bits; the sentinels `usize::MAX` and `usize::MAX - 1` stay
/// themselves.
pub struct SmallIdx(Cell<u32>);

impl SmallIdx {
    pub fn new(v: usize) -> SmallIdx {
        let s = SmallIdx(Cell::new(0));
        s.set(v);
        s
    }
    #[inline(always)]
    pub fn get(&self) -> usize {
        match self.0.get() {
            v if v >= u32::MAX - 1 => usize::MAX - (u32::MAX - v) as usize,
            v => v as usize,
        }
    }
    #[inline(always)]
    pub fn set(&self, v: usize) {
        self.0.set(if v >= usize::MAX - 1 {
            u32::MAX - (usize::MAX - v) as u32
        } else {
            v.min(u32::MAX as usize - 2) as u32
        });
    }
}

/// A generator's saved registers: a boxed slice in a `Cell` (16 bytes, where a
/// `RefCell<Vec>` took 32). `borrow`/`borrow_mut` take the slice out and put it back when
/// the guard drops; nothing runs meanwhile that could look at the same registers.
#[derive(Default)]
pub struct GenRegs(Cell<Box<[Value]>>);

impl GenRegs {
    pub fn new(v: Box<[Value]>) -> GenRegs {
        GenRegs(Cell::new(v))
    }
    #[inline]
    pub fn borrow(&self) -> RegsGuard<'_> {
        RegsGuard {
            cell: &self.0,
            regs: self.0.take(),
        }
    }
    #[inline]
    pub fn borrow_mut(&self) -> RegsGuard<'_> {
        self.borrow()
    }
    /// Takes the registers out for good (a finished generator's, for reuse).
    pub fn take(&self) -> Box<[Value]> {
        self.0.take()
    }
    /// Replaces the registers.
    pub fn set(&self, v: Box<[Value]>) {
        self.0.set(v);
    }
}

/// The registers taken out of a `GenRegs` until the guard drops.
pub struct RegsGuard<'a> {
    cell: &'a Cell<Box<[Value]>>,
    regs: Box<[Value]>,
}

impl std::ops::Deref for RegsGuard<'_> {
    type Target = [Value];
    #[inline]
    fn deref(&self) -> &[Value] {
        &self.regs
    }
}

impl std::ops::DerefMut for RegsGuard<'_> {
    #[inline]
    fn deref_mut(&mut self) -> &mut [Value] {
        &mut self.regs
    }
}

impl Drop for RegsGuard<'_> {
    #[inline]
    fn drop(&mut self) {
        self.cell.set(std::mem::take(&mut self.regs));
    }
}

impl Generator {
    pub fn new(func: Gc, name: Gc, regs: Box<[Value]>, kind: GenKind) -> Generator {
        Generator {
            func,
            name,
            regs: GenRegs::new(regs),
            flat_parent: Cell::new(None),
            more: std::cell::OnceCell::new(),
            pc: SmallIdx::new(0),
            send_reg: SmallIdx::new(usize::MAX),
            flat_depth: Cell::new(0),
            state: Cell::new(GenState::Created),
            kind,
            closed: Cell::new(false),
            finalizable: Cell::new(false),
        }
    }

    #[inline]
    fn more(&self) -> Option<&GenMore> {
        self.more.get().map(|m| &**m)
    }

    #[cold]
    fn more_made(&self) -> &GenMore {
        self.more.get_or_init(|| {
            Box::new(GenMore {
                handled: Cell::new(Value::None),
                finalizer: Cell::new(Value::None),
                flat_leaf: Cell::new(None),
                running_async: Cell::new(false),
                hooks_applied: Cell::new(false),
            })
        })
    }

    /// The exception its code was handling when it last suspended (None: none).
    #[inline]
    pub fn handled(&self) -> Value {
        self.more().map_or(Value::None, |m| m.handled.get())
    }
    #[inline]
    pub fn set_handled(&self, v: Value) {
        match self.more() {
            Some(m) => m.handled.set(v),
            None if v.is_none() => {}
            None => self.more_made().handled.set(v),
        }
    }
    #[inline]
    pub fn replace_handled(&self, v: Value) -> Value {
        let old = self.handled();
        self.set_handled(v);
        old
    }

    /// Async generators: the finalizer hook the hooks recorded (or None).
    pub fn finalizer(&self) -> Value {
        self.more().map_or(Value::None, |m| m.finalizer.get())
    }
    pub fn set_finalizer(&self, v: Value) {
        if !v.is_none() || self.more().is_some() {
            self.more_made().finalizer.set(v);
        }
    }

    /// The leaf of the flattened chain this generator is the root of.
    #[inline]
    pub fn flat_leaf(&self) -> Option<Gc> {
        self.more().and_then(|m| m.flat_leaf.get())
    }
    #[inline]
    pub fn set_flat_leaf(&self, v: Option<Gc>) {
        if v.is_some() || self.more().is_some() {
            self.more_made().flat_leaf.set(v);
        }
    }

    /// Async generators: an `asend`/`athrow` awaitable is in progress.
    pub fn running_async(&self) -> bool {
        self.more().is_some_and(|m| m.running_async.get())
    }
    pub fn set_running_async(&self, v: bool) {
        if v || self.more().is_some() {
            self.more_made().running_async.set(v);
        }
    }

    /// Async generators: the asyncgen hooks were applied.
    pub fn hooks_applied(&self) -> bool {
        self.more().is_some_and(|m| m.hooks_applied.get())
    }
    pub fn set_hooks_applied(&self, v: bool) {
        if v || self.more().is_some() {
            self.more_made().hooks_applied.set(v);
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

/// The awaitables that drive a coroutine or async generator step by step.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AwaitKind {
    /// `coroutine.__await__()`: iterates the coroutine `target`.
    Wrapper,
    /// `agen.asend(arg)` / `agen.__anext__()`.
    ASend,
    /// `agen.athrow(exc)` (the exception is `arg`).
    AThrow,
    /// `agen.aclose()`.
    AClose,
    /// `anext(it, default)`: awaits the iterator `target`, `arg` on StopAsyncIteration.
    ANextDefault,
}

pub struct Awaitable {
    pub kind: AwaitKind,
    pub target: Value,
    pub arg: Cell<Value>,
    /// 0: not started, 1: iterating, 2: finished.
    pub state: Cell<u8>,
}

pub enum IterKind {
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Index into a list, tuple or str.
    Seq {
        seq: Value,
        index: usize,
    },
    /// Index into a dict's entries: keys, values or items (0, 1, 2).
    Dict {
        dict: Gc,
        index: usize,
        what: u8,
        len: usize,
        /// Entries still to come; one found past that means the keys changed meanwhile.
        left: usize,
    },
    Reversed {
        seq: Value,
        index: usize,
        /// `reversed(d)` of a dict (or view): its keys/values/items (0, 1, 2) in a list.
        from_dict: Option<u8>,
    },
    Enumerate {
        it: Value,
        /// The next index: a small int, or a big int once past i64 (traced).
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        /// `zip(..., strict=True)`: unequal lengths raise ValueError.
        strict: bool,
    },
    Map {
        f: Value,
        its: Vec<Value>,
    },
    Filter {
        f: Value,
        it: Value,
    },
    /// `iter(callable, sentinel)`
    Callable {
        f: Value,
        sentinel: Value,
    },
    /// Exhausted for good; still of its type.
    Done(crate::lazytypes::LazyType),
}

/// A memoryview: `len` items of format `fmt` at bytes `start`, `start + step`, ... of the
/// buffer of `source` (a bytes or bytearray object, or an instance whose native data has a
/// buffer, like an array; views of views point at the original). `memview.rs` reads and
/// writes them.
pub struct MemView {
    pub source: Value,
    /// Byte offset of the first item.
    pub start: usize,
    /// Bytes from one item to the next.
    pub step: isize,
    pub len: usize,
    /// The struct format of the items: a native single character (`B`, `i`, `d`, ...).
    pub fmt: u8,
    pub released: Cell<bool>,
    /// Made by `toreadonly()` (or sliced from such a view): no writes even to a bytearray.
    pub readonly: Cell<bool>,
}

pub enum Obj {
    Str(PyStr),
    BigInt(BigInt),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    MemoryView(Box<MemView>),
    /// A complex number (real, imag).
    Complex(f64, f64),
    Tuple(TupleItems),
    List(RefCell<Vec<Value>>),
    Dict(RefCell<Dict>),
    /// A set (values unused); `frozen` for frozenset.
    Set(RefCell<Dict>, bool),
    Function(Box<Function>),
    Native(NativeFn),
    BoundMethod(Value, Value),
    Class(Box<Class>),
    Instance(Instance),
    Cell(Cell<Value>),
    Module(Gc, Value),
    Generator(Generator),
    Awaitable(Awaitable),
    Iter(RefCell<IterKind>),
    Range(i64, i64, i64),
    /// A range whose bounds or length need big ints.
    BigRange(Box<crate::bigrange::BigRange>),
    /// `list[int]`: (origin, args tuple).
    GenericAlias(Value, Value),
    Slice(Value, Value, Value),
    Property(Value, Value, Value),
    StaticMethod(Value),
    ClassMethod(Value),
    Super(Gc, Value),
    DictView(Gc, u8),
    NotImplemented,
    Ellipsis,
    /// A code object from `compile()` (static: code objects live as long as the program).
    Code(&'static CodeObject),
}

// Every heap object takes a slot of this size (`heap.rs`): variants keep their payload
// within 64 bytes, boxing what is larger.
const _: () = assert!(std::mem::size_of::<Obj>() <= 72);

fn push(v: &Value, out: &mut Vec<Gc>) {
    if let Value::Obj(g) = v {
        out.push(*g);
    }
}

fn push_all(vs: &[Value], out: &mut Vec<Gc>) {
    for v in vs {
        push(v, out);
    }
}

impl Obj {
    /// Pushes every object this one refers to (the collector's trace step).
    pub fn trace(&self, out: &mut Vec<Gc>) {
        match self {
            Obj::Str(_)
            | Obj::BigInt(_)
            | Obj::Bytes(_)
            | Obj::ByteArray(_)
            | Obj::Complex(..)
            | Obj::Range(..)
            | Obj::BigRange(_)
            | Obj::NotImplemented
            | Obj::Ellipsis
            | Obj::Code(_) => {}
            Obj::Tuple(items) => push_all(items, out),
            Obj::List(items) => {
                if let Ok(items) = items.try_borrow() {
                    push_all(&items, out)
                }
            }
            Obj::Dict(d) | Obj::Set(d, _) => {
                if let Ok(d) = d.try_borrow() {
                    d.trace(out)
                }
            }
            Obj::Function(f) => {
                out.push(f.globals);
                push_all(&f.defaults.borrow(), out);
                push(&f.kwdefaults.get(), out);
                push_all(&f.closure, out);
                push(&f.name.get(), out);
                push(&f.qualname.get(), out);
                f.dict.borrow().trace(out);
                push(&f.annotations.get(), out);
            }
            Obj::Native(n) => {
                push(&n.bound, out);
                if let Some(o) = n.owner {
                    push(&Value::Obj(o), out);
                }
            }
            Obj::BoundMethod(a, b) => {
                push(a, out);
                push(b, out);
            }
            Obj::Class(c) => {
                out.extend(c.bases.borrow().iter().copied());
                out.extend(c.mro.borrow().iter().copied());
                c.own_dict.borrow().trace(out);
                out.extend(c.shared_keys.iter().filter_map(|k| k.get()));
                if let Some(m) = c.meta.get() {
                    out.push(m);
                }
            }
            Obj::Instance(i) => {
                out.push(i.class.get());
                for v in i.inline_values() {
                    push(&v, out);
                }
                if let Some(Ok(d)) = i.ext_dict().map(|d| d.try_borrow()) {
                    d.trace(out);
                }
                if let Some(b) = i.base() {
                    out.push(b);
                }
                if let Some(e) = i.exc() {
                    if let Ok(e) = e.try_borrow() {
                        push(&e.args, out);
                        push(&e.cause, out);
                        push(&e.context, out);
                    }
                }
            }
            Obj::Cell(c) => push(&c.get(), out),
            Obj::MemoryView(m) => push(&m.source, out),
            Obj::Module(d, name) => {
                out.push(*d);
                push(name, out);
            }
            Obj::Generator(g) => {
                out.push(g.func);
                push_all(&g.regs.borrow(), out);
                out.push(g.name);
                push(&g.handled(), out);
                push(&g.finalizer(), out);
                if let Some(p) = g.flat_parent.get() {
                    out.push(p);
                }
                if let Some(l) = g.flat_leaf() {
                    out.push(l);
                }
            }
            Obj::Awaitable(a) => {
                push(&a.target, out);
                push(&a.arg.get(), out);
            }
            Obj::Iter(it) => {
                if let Ok(it) = it.try_borrow() {
                    match &*it {
                        IterKind::Range { .. } | IterKind::Done(_) => {}
                        IterKind::Seq { seq, .. } | IterKind::Reversed { seq, .. } => {
                            push(seq, out)
                        }
                        IterKind::Dict { dict, .. } => out.push(*dict),
                        IterKind::Enumerate { it, count } => {
                            push(it, out);
                            push(count, out);
                        }
                        IterKind::Zip { its, .. } => push_all(its, out),
                        IterKind::Map { f, its } => {
                            push(f, out);
                            push_all(its, out);
                        }
                        IterKind::Filter { f, it } => {
                            push(f, out);
                            push(it, out);
                        }
                        IterKind::Callable { f, sentinel } => {
                            push(f, out);
                            push(sentinel, out);
                        }
                    }
                }
            }
            Obj::Slice(a, b, c) | Obj::Property(a, b, c) => {
                push(a, out);
                push(b, out);
                push(c, out);
            }
            Obj::StaticMethod(f) | Obj::ClassMethod(f) => push(f, out),
            Obj::Super(c, o) => {
                out.push(*c);
                push(o, out);
            }
            Obj::DictView(d, _) => out.push(*d),
            Obj::GenericAlias(o, a) => {
                push(o, out);
                push(a, out);
            }
        }
    }
}
