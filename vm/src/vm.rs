//! The virtual machine's state: heap, register stack, frames, type objects, interned names,
//! modules, and the root set the collector starts from.

use crate::dict::Dict;
use crate::heap::{Gc, Heap};
use crate::object::*;
use crate::output::Output;
use crate::strdata::StrData;
use crate::tupledata::TupleItems;
use crate::value::Value;
use hashbrown::HashMap;
use kestrel_compiler::{CodeObject, Const};
use std::cell::{Cell, RefCell};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FrameKind {
    Normal,
    /// `__init__` called by instantiation: the result is the instance.
    Init(Gc),
    /// A running generator (always an entry frame).
    Generator(Gc),
    /// A class body: its namespace is `locals`.
    ClassBody,
}

/// Register stack size in values. The stack never reallocates (so the interpreter may keep a
/// pointer to it); the memory is reserved, not touched, until frames use it.
pub const STACK_CAPACITY: usize = 1 << 23;

pub struct Frame {
    pub code: &'static CodeObject,
    pub base: usize,
    pub pc: usize,
    /// Absolute stack slot that receives the return value.
    pub ret: usize,
    pub consts: *const Value,
    /// The code's quickened copy (see `quicken.rs`).
    pub quick: *mut crate::quicken::QuickCode,
    pub globals: Gc,
    pub locals: Option<Gc>,
    pub func: Option<Gc>,
    pub kind: FrameKind,
    /// Returning from this frame returns from `Vm::run`.
    pub entry: bool,
}

/// The builtin type objects, listed once: (field, Python name).
macro_rules! for_each_type {
    ($m:ident) => {
        $m! {
            object = "object", type_ = "type", int = "int", bool_ = "bool", float = "float",
            str_ = "str", list = "list", tuple = "tuple", dict = "dict", set = "set",
            frozenset = "frozenset", none = "NoneType", function = "function",
            builtin_fn = "builtin_function_or_method", method = "method", module = "module",
            generator = "generator", range = "range", slice = "slice", cell = "cell",
            property = "property", staticmethod = "staticmethod", classmethod = "classmethod",
            super_ = "super", bytes = "bytes", notimpl = "NotImplementedType",
            ellipsis = "ellipsis", iterator = "iterator", dict_keys = "dict_keys",
            dict_values = "dict_values", dict_items = "dict_items", complex = "complex",
            coroutine = "coroutine", async_generator = "async_generator",
            coroutine_wrapper = "coroutine_wrapper", async_asend = "async_generator_asend",
            async_athrow = "async_generator_athrow", anext_awaitable = "anext_awaitable",
            member = "member_descriptor", mappingproxy = "mappingproxy",
            generic_alias = "GenericAlias",
            bytearray = "bytearray", memoryview = "memoryview",
            code = "code",
        }
    };
}

macro_rules! define_types {
    ($($f:ident = $n:literal),* $(,)?) => {
        /// The builtin type objects.
        pub struct Types { $(pub $f: Gc,)* }

        impl Types {
            fn create(heap: &mut Heap, mk: impl Fn(&mut Heap, &str) -> Gc) -> Types {
                Types { $($f: mk(heap, $n),)* }
            }

            /// Every builtin type object.
            pub fn all(&self) -> Vec<Gc> {
                vec![$(self.$f),*]
            }

            /// The type object named `name`, if it is one of these.
            pub fn named(&self, name: &str) -> Option<Gc> {
                match name {
                    $($n => Some(self.$f),)*
                    _ => None,
                }
            }
        }
    };
}
for_each_type!(define_types);

/// The builtin types that are also builtin names (`int`, but not `function` or `NoneType`).
/// They enter the builtins dict on first use (`Vm::lazy_builtin`), as builtin functions do.
pub const BUILTIN_TYPE_NAMES: &[&str] = &[
    "object",
    "type",
    "int",
    "bool",
    "float",
    "complex",
    "str",
    "bytes",
    "bytearray",
    "memoryview",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "range",
    "slice",
    "property",
    "staticmethod",
    "classmethod",
    "super",
];

macro_rules! define_names {
    ($($f:ident),* $(,)?) => {
        /// Interned special-method names used on hot paths (looked up once at start-up).
        pub struct Names { $(pub $f: Gc,)* }

        impl Names {
            fn create(interned: &mut InternTable, heap: &Heap) -> Names {
                Names { $($f: intern_in(interned, heap, concat!("__", stringify!($f), "__")),)* }
            }
        }
    };
}
define_names!(
    init,
    new,
    repr,
    str,
    setattr,
    getattr,
    hash,
    eq,
    enter,
    exit,
    call,
    classcell,
    slots,
    get,
    set,
    delete,
    getattribute,
    delattr,
    del,
    set_name,
    init_subclass,
    prepare,
    class_getitem,
    mro_entries,
    instancecheck,
    subclasscheck,
    dict,
    doc,
    module,
    qualname
);

/// The interned strings, found by their Python hash (which the string caches, so rehashing
/// the table on growth hashes nothing).
type InternTable = hashbrown::HashTable<Gc>;

/// Room for the names start-up interns, so building the builtins never regrows the table.
const INTERN_CAPACITY: usize = 512;

/// `Vm::native_mark` when no native is in its untouched starting state.
pub const NO_MARK: u64 = u64::MAX;

/// Room for the names the builtins module starts with.
const BUILTINS_CAPACITY: usize = 256;

/// Room for the builtin methods start-up registers (see `Vm::pending_methods`).
const PENDING_CAPACITY: usize = 256;

/// Spreads a string hash (kept below 2^62) into the table's top bits; see `dict::spread`.
const SPREAD: u64 = 0x9e37_79b9_7f4a_7c15;

/// Entries of `Vm::intern_cache`.
const INTERN_CACHE: usize = 64;

fn intern_in(interned: &mut InternTable, heap: &Heap, s: &str) -> Gc {
    let hash = crate::strs::hash_bytes(s.as_bytes());
    let same = |g: &Gc| matches!(g.obj(), Obj::Str(p) if *p.s == *s);
    if let Some(g) = interned.find(hash.wrapping_mul(SPREAD), same) {
        return *g;
    }
    let g = heap.alloc_rooted(Obj::Str(PyStr::new(StrData::copy_of(s))));
    if let Obj::Str(p) = g.obj() {
        p.hash.set(hash);
    }
    let rehash = |g: &Gc| match g.obj() {
        Obj::Str(p) => p.hash.get().wrapping_mul(SPREAD),
        _ => 0,
    };
    interned.insert_unique(hash.wrapping_mul(SPREAD), g, rehash);
    g
}

/// A builtin class attribute waiting to be entered in its class's dict.
enum PendingAttr {
    Method(&'static str, NativeFnPtr),
    /// A whole static table of methods: one queue entry instead of one per method.
    Methods(&'static [(&'static str, NativeFnPtr)]),
    /// A read-only property whose getter is the native.
    Property(&'static str, NativeFnPtr),
    /// A classmethod wrapping the native.
    ClassMethod(&'static str, NativeFnPtr),
    /// A `class_set` made while methods were pending: (interned name, value). Kept in the
    /// same queue so that the dict ends up as if every write had been made at once.
    Value(Gc, Value),
    /// An attribute descriptor over the VM's own attribute code (`type.__name__`,
    /// `object.__class__`): a member descriptor when true, else a getset descriptor.
    AttrDescr(&'static str, bool),
}

pub struct Vm {
    pub heap: Heap,
    pub stack: crate::regstack::RegStack,
    pub frames: Vec<Frame>,
    /// The exception in flight (Empty when none).
    pub raised: Value,
    /// Character positions found in non-ASCII strings (`strindex.rs`).
    pub(crate) char_pos: RefCell<crate::strindex::CharPosCache>,
    /// The exception being handled (sys.exc_info()).
    pub handled: Value,
    /// `sys.set_asyncgen_hooks`: the firstiter and finalizer hooks (None when unset).
    pub asyncgen_hooks: [Value; 2],
    pub types: Types,
    pub names: Names,
    /// Exception classes by name.
    /// Builtin exception classes made so far, by name (`Vm::exc_class` makes them on first
    /// use; see `exc.rs`).
    pub exc_types: RefCell<HashMap<&'static str, Gc>>,
    pub builtins: Gc,
    pub modules: Gc,
    pub main_globals: Option<Gc>,
    interned: RefCell<InternTable>,
    /// Recently interned names by the address of the text asked for (`Vm::intern`): natives
    /// intern the same literals (`"__iter__"`) over and over, and a hit costs a compare of
    /// the text instead of hashing it. Interned strings are never freed.
    intern_cache: [Cell<(usize, Option<Gc>)>; INTERN_CACHE],
    /// The interned one-character ASCII strings, made on first use (iterating or indexing
    /// text makes them by the million).
    ascii_chars: [Cell<Option<Gc>>; 128],
    /// Builtin methods not yet made into objects: (class, name, function), in the order
    /// they were added. A class's entries become dict entries the first time its dict is
    /// read (`class_dict`), so start-up does not build ~300 method objects most programs
    /// never touch.
    pending_methods: RefCell<Vec<(Gc, PendingAttr)>>,
    const_cache: crate::ptr_hash::PtrMap<Box<[Value]>>,
    /// The interned names of a code object's parameters, by the code's address (see
    /// `Vm::param_names`): keyword names at call sites are interned constants, so binding
    /// them compares addresses. Interned strings are never freed: no rooting needed.
    pub(crate) param_names: crate::ptr_hash::PtrMap<Box<[usize]>>,
    /// Every executed code object's quickened copy, by code object address.
    pub(crate) quick_cache: crate::ptr_hash::PtrMap<Box<crate::quicken::QuickCode>>,
    pub recursion_limit: usize,
    /// The frame depth at which a push takes the cold path: the recursion limit, or 0 while
    /// the profiler runs (see `profile.rs`). Set through `set_recursion_limit`/`set_profiler`.
    pub(crate) call_limit: usize,
    /// The running profiler (`cProfile`), if any.
    pub profiler: Option<Box<crate::profile::Profiler>>,
    /// `__init__` frames of class calls on the frame stack: each stands for two of CPython's
    /// recursion levels (the call through the class object, then the frame), which decides
    /// where the limit trips and with which message (`call.rs`, `depth_exceeded`).
    pub init_frames: usize,
    pub native_depth: usize,
    pub gc_inhibit: usize,
    /// `Heap::total_allocs` when the innermost native called from the dispatch loop began,
    /// or `NO_MARK` once it has called back into Python or stepped an iterator. While it
    /// still equals the allocation count, the native holds nothing but its arguments (see
    /// `collect_iter`).
    pub native_mark: u64,
    pub out: Output,
    pub argv: Vec<String>,
    pub search_path: Vec<std::path::PathBuf>,
    pub none_singletons: (Gc, Gc),
    /// The one empty tuple (`() is ()`).
    pub empty_tuple: Gc,
    pub sys_module: Option<Gc>,
    /// Some buffered file writer holds bytes not written yet (set by `_io`): they are written
    /// before the program next opens a file, looks at the file system or starts a process, as
    /// CPython's reference counting has flushed an abandoned file by then.
    pub pending_writes: bool,
    /// Modules whose source the host provides (name → loader); filled by the core library.
    pub native_modules: HashMap<&'static str, fn(&mut Vm) -> PyResult<Gc>>,
    /// The core library's Python modules, compiled at build time (a static table: nothing is
    /// done per module at start-up).
    pub frozen: &'static [kestrel_compiler::code::FrozenModule],
    /// Builtin functions made into objects on first use (see `Vm::lazy_builtin`).
    pub builtin_fns: &'static [(&'static str, NativeFnPtr)],
    /// Native signatures for keyword calls (see `native_sig.rs`), from the core library.
    pub native_sigs: crate::native_sig::SigTable,
    /// Every lazily made builtin exists (Python code may have seen the builtins dict since,
    /// so a name missing from it now is really missing).
    pub builtins_complete: Cell<bool>,
    /// Run frozen modules' static code (true) or recompile their sources (`-X frozen_modules=off`).
    pub use_frozen: bool,
    pub extra_roots: Vec<Value>,
    /// Finalizers and weak references (`finalize.rs`).
    pub gc_hooks: crate::finalize::GcHooks,
    /// Collections asked for where a watched object may have lost its last reference.
    pub prompt: crate::prompt_final::PromptFinal,
    /// The `dict` subclass of the write-through views `obj.__dict__` returns (made by the
    /// core library at start-up; see `Vm::instance_dict_view`).
    pub dict_view_class: Option<Gc>,
    /// Makes `dict_view_class` on first use (the core library's; start-up does not build a
    /// class and 17 methods that most programs never ask for).
    pub dict_view_maker: Option<fn(&mut Vm) -> Gc>,
    /// The value of a Unicode decimal digit (format specs take any script's digits); the
    /// core library installs its table, ASCII digits only until then.
    pub unicode_decimal: fn(char) -> Option<u32>,
    /// Set by a re-raise: the current frame is already in the traceback.
    pub skip_tb_once: bool,
    /// Containers whose repr is in progress (prints `[...]` for cycles).
    pub repr_stack: Vec<Gc>,
    /// The value an entry frame returned or yielded (see `interp::Ctl::Exit`).
    pub exit_value: Value,
    /// The dispatch strategy the interpreter runs (see `interp::Dispatch`).
    pub dispatch: crate::interp::Dispatch,
    /// Execution statistics (`--stats`); when present, the counting loop runs instead.
    pub stats: Option<Box<crate::stats::Stats>>,
    /// Builtins that have specialized call forms, as seen by the specializer (`quicken.rs`).
    pub known_natives: crate::quicken::KnownNatives,
    /// While a `throw(cls)` call runs: the exception it made and the class it was given, so
    /// that a `yield from` delegate's own `throw()` gets the class, as CPython passes the
    /// arguments on as given (both are rooted by that call's arguments and result).
    pub thrown_as_given: Option<(Value, Value)>,
    /// The value sent into a generator suspended in `yield from`, for its delegate.
    pub gen_sent: Value,
    /// While `collect_iter` collects a generator: (the generator, the rooted list its items
    /// go to). A plain `yield` of that generator's entry frame appends to the list and runs
    /// on without suspending (`Vm::gen_yield`); both are rooted by the collecting native.
    pub gen_sink: Option<(Gc, Gc)>,
    /// Register vectors of finished generators, reused by new ones (`gen.rs`): a coroutine
    /// recursion makes and finishes one per call.
    pub gen_regs_pool: Vec<Box<[Value]>>,
    /// Makes module attributes on first use (the core library's `sys.stdout` and friends):
    /// (module, name) → the value, or None when the name is not one it provides.
    pub module_attr_hook: Option<ModuleAttrHook>,
    /// The Python-level signal handlers by signal number (a list, made by `signal.signal`;
    /// see `signals.rs`).
    pub signal_handlers: Option<Gc>,
    /// Builtin types made on first use (`lazytypes.rs`).
    pub lazy_types: crate::lazytypes::LazyTypes,
}

pub type ModuleAttrHook = fn(&mut Vm, Value, &str) -> crate::object::PyResult<Option<Value>>;

impl Vm {
    pub fn new() -> Vm {
        let mut heap = Heap::new();
        if std::env::var_os("KESTREL_GC_STRESS").is_some_and(|v| v != "0") {
            heap.stress = true;
        }
        if let Some(n) = std::env::var("KESTREL_GC_MIN")
            .ok()
            .and_then(|v| v.parse::<usize>().ok())
        {
            heap.min_threshold = n.max(1);
            heap.threshold = heap.min_threshold;
        }
        let mk = |heap: &mut Heap, name: &str| {
            heap.alloc(Obj::Class(Box::new(Class {
                name: RefCell::new(name.to_string()),
                qualname: RefCell::new(name.to_string()),
                bases: RefCell::new(Vec::new()),
                mro: RefCell::new(Vec::new()),
                own_dict: RefCell::new(Dict::new()),
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
            })))
        };
        let types = Types::create(&mut heap, mk);
        // Room for every builtin name (~160), so installing them never regrows the dict.
        let mut ns = Dict::with_capacity(BUILTINS_CAPACITY);
        ns.namespace = true;
        ns.values_cached = true;
        let builtins = heap.alloc(Obj::Dict(RefCell::new(ns)));
        let modules = heap.alloc(Obj::Dict(RefCell::new(Dict::new())));
        let mut interned = InternTable::with_capacity(INTERN_CAPACITY);
        let names = Names::create(&mut interned, &heap);
        let ni = heap.alloc(Obj::NotImplemented);
        let el = heap.alloc(Obj::Ellipsis);
        let empty_tuple = heap.alloc(Obj::Tuple(TupleItems::from_slice(&[])));
        let mut vm = Vm {
            heap,
            stack: crate::regstack::RegStack::with_capacity(STACK_CAPACITY),
            frames: Vec::with_capacity(256),
            raised: Value::Empty,
            char_pos: RefCell::default(),
            handled: Value::None,
            asyncgen_hooks: [Value::None; 2],
            types,
            names,
            exc_types: RefCell::new(HashMap::with_capacity(80)),
            builtins,
            modules,
            main_globals: None,
            interned: RefCell::new(interned),
            intern_cache: std::array::from_fn(|_| Cell::new((0, None))),
            ascii_chars: std::array::from_fn(|_| Cell::new(None)),
            pending_methods: RefCell::new(Vec::with_capacity(PENDING_CAPACITY)),
            const_cache: Default::default(),
            param_names: Default::default(),
            quick_cache: Default::default(),
            recursion_limit: 1000,
            call_limit: 1000,
            profiler: None,
            init_frames: 0,
            native_depth: 0,
            gc_inhibit: 0,
            native_mark: NO_MARK,
            out: Output::new(),
            argv: Vec::new(),
            search_path: Vec::new(),
            none_singletons: (ni, el),
            empty_tuple,
            sys_module: None,
            pending_writes: false,
            native_modules: HashMap::new(),
            frozen: &[],
            builtin_fns: &[],
            native_sigs: &[],
            builtins_complete: Cell::new(false),
            use_frozen: true,
            extra_roots: Vec::new(),
            gc_hooks: Default::default(),
            prompt: Default::default(),
            dict_view_class: None,
            dict_view_maker: None,
            unicode_decimal: |c| c.to_digit(10),
            skip_tb_once: false,
            repr_stack: Vec::new(),
            exit_value: Value::None,
            dispatch: crate::interp::Dispatch::default_choice(),
            stats: None,
            known_natives: Default::default(),
            thrown_as_given: None,
            signal_handlers: None,
            gen_sent: Value::Empty,
            gen_regs_pool: Vec::new(),
            gen_sink: None,
            module_attr_hook: None,
            lazy_types: Default::default(),
        };
        vm.init_types();
        // The builtins namespace is also the `builtins` module's: class bodies run with
        // globals that lack `__name__` find this one (CPython's `__module__` 'builtins').
        let name = Value::Obj(vm.intern("builtins"));
        vm.set_builtin("__name__", name);
        crate::exc::init_exceptions(&mut vm);
        vm
    }

    fn init_types(&mut self) {
        let t = &self.types;
        let object = t.object;
        let all = t.all();
        let (int, bool_) = (t.int, t.bool_);
        for c in all {
            let base = if c.ptr_eq(object) {
                vec![]
            } else if c.ptr_eq(bool_) {
                vec![int]
            } else {
                vec![object]
            };
            if let Obj::Class(cls) = c.obj() {
                *cls.bases.borrow_mut() = base.clone();
                let mut mro = vec![c];
                if c.ptr_eq(bool_) {
                    mro.push(int);
                }
                if !c.ptr_eq(object) {
                    mro.push(object);
                }
                *cls.mro.borrow_mut() = mro;
                classes_changed();
                let kind = if c.ptr_eq(object) {
                    Kind::Object
                } else if c.ptr_eq(self.types.type_) {
                    Kind::Type
                } else {
                    Kind::Other
                };
                cls.kind.set(kind);
            }
        }
    }

    // ----- register stack -----

    /// Extends the register stack to `need` slots (new slots are Empty).
    #[inline]
    pub fn grow_stack(&mut self, need: usize) -> PyResult<()> {
        let len = self.stack.len();
        if need > len {
            if need > self.stack.capacity() {
                return Err(self.raise_msg("RecursionError", "maximum recursion depth exceeded"));
            }
            // SAFETY: `need <= capacity`, and every slot in `len..need` is written before
            // `set_len` makes it visible.
            unsafe {
                let p = self.stack.as_mut_ptr();
                for i in len..need {
                    p.add(i).write(Value::Empty);
                }
                self.stack.set_len(need);
            }
        }
        Ok(())
    }

    /// Sets the register stack's length to `top` (shrinking, or growing with Empty slots).
    #[inline]
    pub fn set_stack_top(&mut self, top: usize) {
        if self.stack.len() > top {
            self.stack.truncate(top);
        } else if self.grow_stack(top).is_err() {
            // Only reachable if `top` exceeds the reserved capacity, which no frame can.
            self.raised = Value::Empty;
        }
    }

    /// Pushes values on top of the register stack.
    pub fn push_stack(&mut self, vals: &[Value]) -> PyResult<()> {
        let base = self.stack.len();
        let need = base + vals.len();
        if need > self.stack.capacity() {
            return Err(self.raise_msg("RecursionError", "maximum recursion depth exceeded"));
        }
        // SAFETY: `need <= capacity`; the slots `base..need` are written (copied from `vals`,
        // which cannot overlap the free part of the stack) before `set_len` exposes them.
        unsafe {
            let p = self.stack.as_mut_ptr().add(base);
            std::ptr::copy_nonoverlapping(vals.as_ptr(), p, vals.len());
            self.stack.set_len(need);
        }
        Ok(())
    }

    // ----- allocation -----

    #[inline]
    pub fn alloc(&self, o: Obj) -> Gc {
        self.heap.alloc(o)
    }

    pub fn new_str(&mut self, s: &str) -> Value {
        Value::Obj(self.alloc(Obj::Str(PyStr::new(StrData::copy_of(s)))))
    }

    /// A str of ASCII text (the caller knows it is: a slice of an ASCII string), so its
    /// character count needs no scan.
    #[inline]
    pub fn new_ascii_str(&mut self, s: &str) -> Value {
        debug_assert!(s.is_ascii());
        self.heap.note_size(s.len() / 16);
        Value::Obj(self.alloc(Obj::Str(PyStr::ascii(StrData::copy_of(s)))))
    }

    pub fn new_string(&mut self, s: String) -> Value {
        self.heap.note_size(s.len() / 16);
        Value::Obj(self.alloc(Obj::Str(PyStr::new(StrData::from_string(s)))))
    }

    pub fn new_list(&mut self, v: Vec<Value>) -> Value {
        self.heap.note_size(v.capacity());
        Value::Obj(self.alloc(Obj::List(RefCell::new(v))))
    }

    pub fn new_tuple(&mut self, v: Vec<Value>) -> Value {
        if v.is_empty() {
            return Value::Obj(self.empty_tuple);
        }
        self.heap.note_size(v.len());
        Value::Obj(self.alloc(Obj::Tuple(TupleItems::from_vec(v))))
    }

    /// A tuple of these items, copied (no intermediate vector).
    pub fn new_tuple_from(&mut self, items: &[Value]) -> Value {
        if items.is_empty() {
            return Value::Obj(self.empty_tuple);
        }
        self.heap.note_size(items.len());
        Value::Obj(self.alloc(Obj::Tuple(TupleItems::from_slice(items))))
    }

    pub fn new_dict(&mut self, d: Dict) -> Value {
        Value::Obj(self.alloc(Obj::Dict(RefCell::new(d))))
    }

    pub fn new_bigint(&mut self, b: num_bigint::BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => {
                // Digits count toward the next collection: a program making big ints
                // (pidigits) would otherwise hold hundreds of MB between collections. Each
                // 64-bit digit counts as a third of an object: pidigits peaks at 12.7 MiB
                // (CPython 14.0); an eighth let it reach 14.6, a half cost a third more time.
                self.heap.note_size((b.bits() / 48) as usize);
                Value::Obj(self.alloc(Obj::BigInt(b)))
            }
        }
    }

    pub fn new_native(&self, name: &'static str, f: NativeFnPtr) -> Value {
        Value::Obj(self.alloc(Obj::Native(NativeFn {
            name,
            f,
            bound: Value::Empty,
            method: false,
            owner: None,
        })))
    }

    /// A builtin type's method: a native that needs its receiver as first argument.
    pub fn new_method_native(&self, name: &'static str, f: NativeFnPtr) -> Value {
        Value::Obj(self.alloc(Obj::Native(NativeFn {
            name,
            f,
            bound: Value::Empty,
            method: true,
            owner: None,
        })))
    }

    /// A builtin class's method that checks, called unbound, that its receiver is an
    /// instance of `owner`.
    pub fn new_owned_method(&self, name: &'static str, f: NativeFnPtr, owner: Gc) -> Value {
        Value::Obj(self.alloc(Obj::Native(NativeFn {
            name,
            f,
            bound: Value::Empty,
            method: true,
            owner: Some(owner),
        })))
    }

    /// A builtin class's classmethod or staticmethod native: owned (its keyword signature
    /// and `__qualname__` name the class) without a receiver check.
    pub fn new_owned_native(&self, name: &'static str, f: NativeFnPtr, owner: Gc) -> Value {
        Value::Obj(self.alloc(Obj::Native(NativeFn {
            name,
            f,
            bound: Value::Empty,
            method: false,
            owner: Some(owner),
        })))
    }

    /// `list.append(1, 2)`: the receiver of a builtin method called unbound must be an
    /// instance of the method's class.
    #[inline]
    pub fn check_receiver(&mut self, nf: &NativeFn, recv: Value) -> PyResult<()> {
        match nf.owner {
            Some(owner) if !self.type_of(recv).ptr_eq(owner) => {
                self.check_receiver_slow(nf.name, owner, recv)
            }
            _ => Ok(()),
        }
    }

    #[cold]
    fn check_receiver_slow(&mut self, name: &str, owner: Gc, recv: Value) -> PyResult<()> {
        if self.is_subclass(self.type_of(recv), owner) {
            return Ok(());
        }
        let (c, t) = (self.class_name(owner), self.type_name(recv));
        // CPython's slot wrappers (most dunders) and method descriptors word it differently.
        let slot = is_slot_wrapper(name, &c);
        Err(self.type_error(if slot {
            format!("descriptor '{name}' requires a '{c}' object but received a '{t}'")
        } else {
            format!("descriptor '{name}' for '{c}' objects doesn't apply to a '{t}' object")
        }))
    }

    /// `list.append()`: a method called without its receiver.
    #[cold]
    pub fn unbound_method_error(&mut self, nf: &NativeFn) -> crate::Raised {
        let name = nf.name;
        match nf.owner {
            Some(c) => {
                let c = self.class_name(c);
                self.type_error(format!("unbound method {c}.{name}() needs an argument"))
            }
            None => self.type_error(format!("unbound method {name}() needs an argument")),
        }
    }

    /// Interned strings are roots for the program's lifetime (identifiers, attribute names).
    pub fn intern(&self, s: &str) -> Gc {
        if let [b] = s.as_bytes() {
            if let Some(slot) = self.ascii_chars.get(*b as usize) {
                if let Some(g) = slot.get() {
                    return g;
                }
                let g = intern_in(&mut self.interned.borrow_mut(), &self.heap, s);
                slot.set(Some(g));
                return g;
            }
        }
        let key = s.as_ptr() as usize;
        let slot = &self.intern_cache[((key >> 3) ^ (key >> 11) ^ s.len()) % INTERN_CACHE];
        if let (k, Some(g)) = slot.get() {
            // The address alone proves nothing (the text may be a freed temporary): the
            // content decides.
            if k == key && matches!(g.obj(), Obj::Str(p) if *p.s == *s) {
                return g;
            }
        }
        let g = intern_in(&mut self.interned.borrow_mut(), &self.heap, s);
        slot.set((key, Some(g)));
        g
    }

    pub fn intern_value(&mut self, s: &str) -> Value {
        Value::Obj(self.intern(s))
    }

    /// The materialized constants of a code object, created once and kept as roots.
    pub fn consts_for(&mut self, code: &'static CodeObject) -> *mut Value {
        let key = code as *const CodeObject as usize;
        if let Some(c) = self.const_cache.get_mut(&key) {
            return c.as_mut_ptr();
        }
        // Inline-cache slots follow the constants: global caches (value, epoch), then attribute
        // caches (name, class, epoch, payload); Empty means never filled. Sized once: growing
        // it step by step allocated and dropped up to three blocks per table.
        let len = code.attr_cache_base() + 4 * code.attr_names.len();
        let mut vals: Vec<Value> = Vec::with_capacity(len);
        for c in code.consts {
            let v = self.const_value(c);
            vals.push(v);
        }
        vals.resize(vals.len() + 2 * code.ncaches as usize, Value::Empty);
        for &name in code.attr_names {
            let n = vals.get(name as usize).copied().unwrap_or(Value::None);
            vals.extend([n, Value::Empty, Value::Empty, Value::Empty]);
        }
        let mut b = vals.into_boxed_slice();
        let p = b.as_mut_ptr();
        self.const_cache.insert(key, b);
        p
    }

    pub(crate) fn const_value(&mut self, c: &Const) -> Value {
        match c {
            Const::None => Value::None,
            Const::True => Value::Bool(true),
            Const::False => Value::Bool(false),
            Const::Ellipsis => Value::Obj(self.none_singletons.1),
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(s) => {
                // Literals in a power-of-two base keep their prefix: linear-time conversion.
                let b = match s.get(..2) {
                    Some("0x") => num_bigint::BigInt::parse_bytes(&s.as_bytes()[2..], 16),
                    Some("0o") => num_bigint::BigInt::parse_bytes(&s.as_bytes()[2..], 8),
                    Some("0b") => num_bigint::BigInt::parse_bytes(&s.as_bytes()[2..], 2),
                    _ => s.parse().ok(),
                }
                .unwrap_or_default();
                self.new_bigint(b)
            }
            Const::Float(f) => Value::Float(*f),
            Const::Imag(f) => self.new_complex(0.0, *f),
            Const::Str(s) => {
                if s.len() <= 40 {
                    Value::Obj(self.intern(s))
                } else {
                    self.new_str(s)
                }
            }
            Const::Bytes(b) => Value::Obj(self.alloc(Obj::Bytes(b.to_vec().into_boxed_slice()))),
            Const::Tuple(items) => {
                let v: Vec<Value> = items.iter().map(|c| self.const_value(c)).collect();
                self.new_tuple(v)
            }
            // Code objects are referenced by MakeFunction through the code's own const table.
            Const::Code(_) => Value::None,
        }
    }

    // ----- classes -----

    pub fn class_name(&self, c: Gc) -> String {
        match c.obj() {
            Obj::Class(cls) => cls.name.borrow().clone(),
            _ => "?".into(),
        }
    }

    /// The class of any value.
    #[inline]
    pub fn type_of(&self, v: Value) -> Gc {
        let t = &self.types;
        match v {
            Value::Empty | Value::None => t.none,
            Value::Bool(_) => t.bool_,
            Value::Int(_) => t.int,
            Value::Float(_) => t.float,
            Value::Obj(g) => match g.obj() {
                Obj::Str(_) => t.str_,
                Obj::BigInt(_) => t.int,
                Obj::Bytes(_) => t.bytes,
                Obj::ByteArray(_) => t.bytearray,
                Obj::MemoryView(_) => t.memoryview,
                Obj::Complex(..) => t.complex,
                Obj::Tuple(_) => t.tuple,
                Obj::List(_) => t.list,
                Obj::Dict(_) => t.dict,
                Obj::Set(_, false) => t.set,
                Obj::Set(_, true) => t.frozenset,
                Obj::Function(_) => t.function,
                // A builtin type's method taken from the class is a method (or slot wrapper)
                // descriptor, as in CPython.
                Obj::Native(n) if n.method && n.bound.is_empty() && n.owner.is_some() => {
                    self.native_descr_type(n)
                }
                Obj::Native(_) => t.builtin_fn,
                // `[].append` is a builtin function bound to its receiver, as in CPython
                // (`(1).__add__`, a bound slot, is a method-wrapper).
                Obj::BoundMethod(this, Value::Obj(f)) if matches!(f.obj(), Obj::Native(_)) => {
                    self.bound_native_type(*this, *f)
                }
                Obj::BoundMethod(..) => t.method,
                Obj::Class(c) => c.meta.get().unwrap_or(t.type_),
                Obj::Instance(i) => i.class.get(),
                Obj::Cell(_) => t.cell,
                Obj::Module(..) => t.module,
                Obj::Generator(gen) => match gen.kind {
                    GenKind::Generator => t.generator,
                    GenKind::Coroutine => t.coroutine,
                    GenKind::AsyncGenerator => t.async_generator,
                },
                Obj::Awaitable(a) => match a.kind {
                    AwaitKind::Wrapper => t.coroutine_wrapper,
                    AwaitKind::ASend => t.async_asend,
                    AwaitKind::AThrow | AwaitKind::AClose => t.async_athrow,
                    AwaitKind::ANextDefault => t.anext_awaitable,
                },
                Obj::Iter(k) => self.iter_type(k),
                Obj::Range(..) | Obj::BigRange(_) => t.range,
                Obj::GenericAlias(..) => t.generic_alias,
                Obj::Slice(..) => t.slice,
                Obj::Property(..) => t.property,
                Obj::StaticMethod(_) => t.staticmethod,
                Obj::ClassMethod(_) => t.classmethod,
                Obj::Super(..) => t.super_,
                Obj::DictView(_, 0) => t.dict_keys,
                Obj::DictView(_, 1) => t.dict_values,
                Obj::DictView(..) => t.dict_items,
                Obj::NotImplemented => t.notimpl,
                Obj::Ellipsis => t.ellipsis,
                Obj::Code(_) => t.code,
            },
        }
    }

    pub fn type_name(&self, v: Value) -> String {
        self.tp_name(self.type_of(v))
    }

    /// The class's name as CPython's messages show it: the C type name of a class standing
    /// in for a C type (`Class::c_name`, or by `C_TYPE_NAMES`), else its `__name__`.
    pub fn tp_name(&self, c: Gc) -> String {
        match c.obj() {
            Obj::Class(cls) => {
                if let Some(n) = &*cls.c_name.borrow() {
                    return n.clone();
                }
                let name = cls.name.borrow().clone();
                match c_type_name(c, &name) {
                    Some(full) => full.to_string(),
                    None => name,
                }
            }
            _ => "?".into(),
        }
    }

    /// Looks `name` (an interned string) up along the class's MRO, through the class's
    /// lookup cache.
    #[inline]
    pub fn class_lookup(&self, cls: Gc, name: Gc) -> Option<Value> {
        let Obj::Class(c) = cls.obj() else {
            return None;
        };
        let epoch = CLASS_EPOCH.load(std::sync::atomic::Ordering::Relaxed);
        if c.cache_epoch.get() == epoch {
            if let Some(v) = c.lookup_cache.borrow().get(&name.addr()) {
                return *v;
            }
        } else {
            c.lookup_cache.borrow_mut().clear();
            c.cache_epoch.set(epoch);
        }
        let v = self.mro_lookup(c, name);
        c.lookup_cache.borrow_mut().insert(name.addr(), v);
        v
    }

    /// `class_flags` when its cache is current (no call, so hot paths stay leaves), else None.
    #[inline(always)]
    pub fn class_flags_known(&self, c: &Class) -> Option<u8> {
        let (e, f) = c.flags_cache.get();
        (e == CLASS_EPOCH.load(std::sync::atomic::Ordering::Relaxed)).then_some(f)
    }

    /// `HAS_DATA_DESCRIPTOR` / `CUSTOM_SETATTR` for instances of this class (cached per epoch).
    #[inline]
    pub fn class_flags(&self, c: &Class) -> u8 {
        let epoch = CLASS_EPOCH.load(std::sync::atomic::Ordering::Relaxed);
        let (e, f) = c.flags_cache.get();
        if e == epoch {
            return f;
        }
        self.compute_class_flags(c, epoch)
    }

    /// `class_flags` after a class changed: walks the MRO again and caches the result.
    #[inline(never)]
    fn compute_class_flags(&self, c: &Class, epoch: u64) -> u8 {
        let mut f = 0;
        let mut all_slotted = true;
        for k in c.mro.borrow().iter() {
            if let Obj::Class(kc) = k.obj() {
                if kc.is_builtin {
                    // Builtin classes' own entries are natives: no descriptors, and their
                    // `__getattribute__`/`__setattr__` are the generic ones.
                    if !k.ptr_eq(self.types.object) {
                        f |= CUSTOM_EQ | CUSTOM_TRUTH;
                    }
                    continue;
                }
                let mut slotted = false;
                for entry in self.class_dict(kc).borrow().iter() {
                    let key = match entry.key {
                        Value::Obj(k) => k,
                        _ => continue,
                    };
                    let is = |n: Gc| key.ptr_eq(n) || crate::strs::str_eq(key, n);
                    if is(self.names.slots) {
                        slotted = !Self::slot_list(entry.value).iter().any(|s| s == "__dict__");
                    } else if is(self.names.setattr) || is(self.names.delattr) {
                        f |= CUSTOM_SETATTR;
                    } else if is(self.names.getattribute) {
                        f |= CUSTOM_GETATTRIBUTE;
                    } else if is(self.names.del) {
                        f |= HAS_FINALIZER;
                    } else if is(self.names.eq)
                        || crate::strs::as_str(key).is_some_and(|s| &*s.s == "__ne__")
                    {
                        f |= CUSTOM_EQ;
                    } else if crate::strs::as_str(key)
                        .is_some_and(|s| &*s.s == "__bool__" || &*s.s == "__len__")
                    {
                        f |= CUSTOM_TRUTH;
                    }
                    if self.is_data_descriptor(entry.value) {
                        f |= HAS_DATA_DESCRIPTOR;
                    }
                }
                all_slotted &= slotted;
            }
        }
        // Instances without a `__dict__`: every Python class in the MRO declares `__slots__`,
        // or the class is a builtin (`object()` takes no attributes). Exceptions and classes
        // always carry a dict.
        if all_slotted && !matches!(c.kind.get(), Kind::Exception | Kind::Type) {
            f |= HAS_SLOTS;
        }
        c.flags_cache.set((epoch, f));
        f
    }

    /// Whether a class attribute is a data descriptor: a property, or an object whose type
    /// defines `__set__` or `__delete__`.
    pub fn is_data_descriptor(&self, v: Value) -> bool {
        let Value::Obj(g) = v else { return false };
        match g.obj() {
            Obj::Property(..) => true,
            Obj::Instance(i) => {
                let cls = i.class.get();
                // Slot values live in the instance dict under the slot's name, so a member
                // descriptor finds exactly what the dict lookup finds: not a data descriptor
                // for lookup order, which keeps the attribute fast paths for slotted classes.
                if cls.ptr_eq(self.types.member) || self.is_getset_class(cls) {
                    return false;
                }
                self.class_lookup(cls, self.names.set).is_some()
                    || self.class_lookup(cls, self.names.delete).is_some()
            }
            _ => false,
        }
    }

    /// The names a `__slots__` value lists (a string or a tuple/list of strings).
    pub fn slot_list(v: Value) -> Vec<String> {
        let one = |v: &Value| match v {
            Value::Obj(g) => crate::strs::as_str(*g).map(|s| s.s.to_string()),
            _ => None,
        };
        match v {
            Value::Obj(g) => match g.obj() {
                Obj::Str(s) => vec![s.s.to_string()],
                Obj::Tuple(t) => t.iter().filter_map(one).collect(),
                Obj::List(l) => l.borrow().iter().filter_map(one).collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    fn mro_lookup(&self, c: &Class, name: Gc) -> Option<Value> {
        let hash = match name.obj() {
            Obj::Str(s) => crate::strs::str_hash(s),
            _ => return None,
        };
        for k in c.mro.borrow().iter() {
            if let Obj::Class(kc) = k.obj() {
                if let Some(v) = self.class_dict(kc).borrow().get_str(name, hash) {
                    return Some(v);
                }
            }
        }
        None
    }

    pub fn lookup_special(&mut self, v: Value, name: &str) -> Option<Value> {
        let n = self.intern(name);
        let cls = self.type_of(v);
        self.class_lookup_special(cls, n)
    }

    /// A special method of `cls`, to be called with the instance first. An attribute that is
    /// a descriptor object of a Python class (`functools.partialmethod`, a mock's proxy) is
    /// bound through its `__get__` at the call, as CPython's special-method lookup does.
    pub fn class_lookup_special(&self, cls: Gc, name: Gc) -> Option<Value> {
        let f = self.class_lookup(cls, name)?;
        // Descriptors bind through `__get__`; other callables (a callable instance, a bound
        // method) are called without the instance.
        let tramp: Option<(&'static str, NativeFnPtr)> = match f {
            Value::Obj(g) => match g.obj() {
                Obj::StaticMethod(_) | Obj::ClassMethod(_) => {
                    Some(("special_via_get", call_special_via_get))
                }
                Obj::BoundMethod(..) => Some(("special_unbound", call_special_unbound)),
                Obj::Instance(i) => {
                    let dc = i.class.get();
                    if self.is_getset_class(dc) {
                        None
                    } else if self.class_lookup(dc, self.names.get).is_some() {
                        Some(("special_via_get", call_special_via_get))
                    } else {
                        Some(("special_unbound", call_special_unbound))
                    }
                }
                _ => None,
            },
            _ => None,
        };
        if let Some((name, fp)) = tramp {
            let t = self.new_native(name, fp);
            return Some(Value::Obj(self.alloc(Obj::BoundMethod(f, t))));
        }
        Some(f)
    }

    /// `isinstance(x, c)` for a class `c` without `__instancecheck__`: the type's MRO, then
    /// (as CPython) the class an instance claims through an overridden `__class__` (a mock
    /// with a spec).
    pub fn isinstance_claimed(&mut self, x: Value, c: Gc) -> PyResult<bool> {
        if self.isinstance(x, c) {
            return Ok(true);
        }
        let Value::Obj(g) = x else {
            return Ok(false);
        };
        if !matches!(g.obj(), Obj::Instance(_)) {
            return Ok(false);
        }
        let name = self.intern("__class__");
        let t = self.type_of(x);
        let overridden = match self.class_lookup(t, name) {
            Some(Value::Obj(d)) => match d.obj() {
                Obj::Property(..) => true,
                Obj::Instance(i) => !self.is_getset_class(i.class.get()),
                _ => false,
            },
            _ => false,
        };
        if !overridden {
            return Ok(false);
        }
        let k = match self.getattr(x, name) {
            Ok(k) => k,
            Err(e) => {
                if self.raised_is("AttributeError") {
                    self.raised = Value::Empty;
                    return Ok(false);
                }
                return Err(e);
            }
        };
        Ok(match k {
            Value::Obj(kc) if matches!(kc.obj(), Obj::Class(_)) && !kc.ptr_eq(t) => {
                self.is_subclass(kc, c)
            }
            _ => false,
        })
    }

    pub fn is_subclass(&self, cls: Gc, base: Gc) -> bool {
        if cls.ptr_eq(base) {
            return true;
        }
        match cls.obj() {
            Obj::Class(c) => c.mro.borrow().iter().any(|k| k.ptr_eq(base)),
            _ => false,
        }
    }

    pub fn isinstance(&self, v: Value, cls: Gc) -> bool {
        self.is_subclass(self.type_of(v), cls)
    }

    // ----- dict helpers for string keys -----

    pub fn dict_set_str(&self, dict: Gc, key: Gc, v: Value) {
        let hash = match key.obj() {
            Obj::Str(s) => crate::strs::str_hash(s),
            _ => return,
        };
        if let Obj::Dict(d) = dict.obj() {
            let mut d = d.borrow_mut();
            match d.find(hash, |k| match k {
                Value::Obj(g) => g.ptr_eq(key) || crate::strs::str_eq(*g, key),
                _ => false,
            }) {
                Some(i) => d.set_at(i, v),
                None => d.insert_new(hash, Value::Obj(key), v),
            }
        }
    }

    /// `sys.displayhook`, when expression statements of "single" code (the REPL, `exec` of
    /// `compile(..., "single")`) must go through it: the program replaced the hook or
    /// `sys.stdout`. None: the interpreter echoes to its own output directly.
    pub fn display_hook_needed(&mut self) -> Option<Value> {
        let d = Self::module_dict(self.sys_module?);
        let differs = |name: &str, orig: &str| {
            let k = self.intern(name);
            let o = self.intern(orig);
            // sys makes its attributes on first use: one the program never set is absent.
            match (self.dict_get_str(d, k), self.dict_get_str(d, o)) {
                (Some(cur), Some(orig)) => !cur.is(&orig),
                (Some(_), None) => true,
                (None, _) => false,
            }
        };
        if differs("displayhook", "__displayhook__") || differs("stdout", "__stdout__") {
            let sys = Value::Obj(self.sys_module?);
            return self.getattr_str(sys, "displayhook").ok();
        }
        None
    }

    pub fn dict_get_str(&self, dict: Gc, key: Gc) -> Option<Value> {
        let hash = match key.obj() {
            Obj::Str(s) => crate::strs::str_hash(s),
            _ => return None,
        };
        match dict.obj() {
            Obj::Dict(d) => d.borrow().get_str(key, hash),
            _ => None,
        }
    }

    pub fn set_builtin(&mut self, name: &str, v: Value) {
        let k = self.intern(name);
        self.dict_set_str(self.builtins, k, v);
    }

    pub fn builtin(&mut self, name: &str) -> Option<Value> {
        let k = self.intern(name);
        self.builtin_lookup(k)
    }

    /// A name in the builtins namespace, making a builtin exception class on first use.
    pub fn builtin_lookup(&self, name: Gc) -> Option<Value> {
        self.dict_get_str(self.builtins, name)
            .or_else(|| self.lazy_builtin(name))
    }

    /// Adds a native method to a class. For builtin classes the method object is made only
    /// when the class's dict is first read (see `pending_methods`).
    pub fn add_method(&mut self, cls: Gc, name: &'static str, f: NativeFnPtr) {
        let Obj::Class(c) = cls.obj() else {
            return;
        };
        if c.is_builtin {
            self.pending_methods
                .borrow_mut()
                .push((cls, PendingAttr::Method(name, f)));
            c.methods_pending.set(true);
        } else {
            let func = self.new_method_native(name, f);
            classes_changed();
            self.set_in_class_dict(c, name, func);
        }
    }

    /// Adds a static table of native methods to a class, in order (`add_method` for each).
    pub fn add_methods(&mut self, cls: Gc, table: &'static [(&'static str, NativeFnPtr)]) {
        match cls.obj() {
            Obj::Class(c) if c.is_builtin => self.add_pending(cls, PendingAttr::Methods(table)),
            _ => {
                for &(name, f) in table {
                    self.add_method(cls, name, f);
                }
            }
        }
    }

    /// A read-only property of a builtin class (`int.real`), made on first use of the class.
    pub fn add_property(&mut self, cls: Gc, name: &'static str, f: NativeFnPtr) {
        self.add_pending(cls, PendingAttr::Property(name, f));
    }

    /// A classmethod of a builtin class (`int.from_bytes`), made on first use of the class.
    pub fn add_classmethod(&mut self, cls: Gc, name: &'static str, f: NativeFnPtr) {
        self.add_pending(cls, PendingAttr::ClassMethod(name, f));
    }

    /// `add_methods` for a class made lazily (`lazytypes.rs`), where only `&self` is at hand.
    pub(crate) fn add_pending_methods(
        &self,
        cls: Gc,
        table: &'static [(&'static str, NativeFnPtr)],
    ) {
        if !table.is_empty() {
            self.add_pending(cls, PendingAttr::Methods(table));
        }
    }

    /// An attribute descriptor of a builtin class (`type.__dict__['__name__']`), made on first
    /// use of the class.
    pub fn add_attr_descr(&self, cls: Gc, name: &'static str, member: bool) {
        self.add_pending(cls, PendingAttr::AttrDescr(name, member));
    }

    /// `add_classmethod` of a builtin class made lazily.
    pub(crate) fn add_pending_classmethod(&self, cls: Gc, name: &'static str, f: NativeFnPtr) {
        self.add_pending(cls, PendingAttr::ClassMethod(name, f));
    }

    /// `class_set` of a builtin class made lazily.
    pub(crate) fn add_pending_value(&self, cls: Gc, name: &str, v: Value) {
        let k = self.intern(name);
        self.add_pending(cls, PendingAttr::Value(k, v));
    }

    fn add_pending(&self, cls: Gc, attr: PendingAttr) {
        if let Obj::Class(c) = cls.obj() {
            if c.is_builtin {
                self.pending_methods.borrow_mut().push((cls, attr));
                c.methods_pending.set(true);
            }
        }
    }

    /// A class's namespace, complete: the builtin methods still pending for the class are
    /// made into objects and entered first, in the order they were added.
    #[inline]
    pub fn class_dict<'c>(&self, c: &'c Class) -> &'c RefCell<Dict> {
        if c.methods_pending.get() {
            self.make_pending_methods(c);
        }
        &c.own_dict
    }

    #[cold]
    fn make_pending_methods(&self, c: &Class) {
        c.methods_pending.set(false);
        let mine: Vec<(Gc, PendingAttr)> = {
            let mut pending = self.pending_methods.borrow_mut();
            let is_mine = |g: &Gc| matches!(g.obj(), Obj::Class(k) if std::ptr::eq(&**k, c));
            let (mine, others) = std::mem::take(&mut *pending)
                .into_iter()
                .partition(|(g, _)| is_mine(g));
            *pending = others;
            mine
        };
        c.own_dict.borrow_mut().entries.reserve(mine.len());
        for (cls, attr) in mine {
            match attr {
                PendingAttr::Method(name, f) => {
                    let func = self.new_owned_method(name, f, cls);
                    self.set_in_class_dict(c, name, func);
                }
                PendingAttr::Methods(table) => {
                    for &(name, f) in table {
                        let func = self.new_owned_method(name, f, cls);
                        self.set_in_class_dict(c, name, func);
                    }
                }
                PendingAttr::Value(k, v) => self.set_key_in_class_dict(c, k, v),
                PendingAttr::AttrDescr(name, member) => {
                    let d = self.new_attr_descr(cls, name, member);
                    self.set_in_class_dict(c, name, d);
                }
                PendingAttr::Property(name, f) => {
                    // Owned: repr() shows it as CPython's getset descriptor.
                    let get = self.new_owned_native(name, f, cls);
                    let p = self.alloc(Obj::Property(get, Value::None, Value::None));
                    self.set_in_class_dict(c, name, Value::Obj(p));
                }
                PendingAttr::ClassMethod(name, f) => {
                    // Owned (not `method`: no receiver check): its keyword signature and
                    // `__qualname__` name the class.
                    let func = self.new_owned_native(name, f, cls);
                    let m = self.alloc(Obj::ClassMethod(func));
                    self.set_in_class_dict(c, name, Value::Obj(m));
                }
            }
        }
    }

    /// Enters `name: v` in a class's own dict. Callers that change what lookups find bump
    /// the class epoch; making pending methods does not (they were already the class's).
    fn set_in_class_dict(&self, c: &Class, name: &str, v: Value) {
        let k = self.intern(name);
        self.set_key_in_class_dict(c, k, v);
    }

    /// `set_in_class_dict` with the name already interned.
    fn set_key_in_class_dict(&self, c: &Class, k: Gc, v: Value) {
        let hash = match k.obj() {
            Obj::Str(s) => crate::strs::str_hash(s),
            _ => 0,
        };
        let mut d = c.own_dict.borrow_mut();
        match d.find(hash, |x| matches!(x, Value::Obj(g) if g.ptr_eq(k))) {
            Some(i) => d.set_at(i, v),
            None => d.insert_new(hash, Value::Obj(k), v),
        }
    }

    pub fn class_set(&mut self, cls: Gc, name: &str, v: Value) {
        if let Obj::Class(c) = cls.obj() {
            if c.methods_pending.get() {
                // Queued behind the class's pending methods, as it was set after them.
                let k = self.intern(name);
                self.pending_methods
                    .borrow_mut()
                    .push((cls, PendingAttr::Value(k, v)));
                return;
            }
            classes_changed();
            self.set_in_class_dict(c, name, v);
        }
    }

    // ----- garbage collection -----

    /// Collects garbage if the heap asks for it and no native code holds unrooted values;
    /// raises MemoryError past the `-X max_memory` cap (one relaxed load when none).
    #[inline(always)]
    pub fn safepoint(&mut self) -> PyResult<()> {
        if self.heap.may_want_collection() | crate::memory::tripped() {
            return self.safepoint_slow();
        }
        Ok(())
    }

    /// `safepoint`'s work once its quick test passed (out of line: the test is all that the
    /// instructions with a safepoint inline).
    #[cold]
    #[inline(never)]
    fn safepoint_slow(&mut self) -> PyResult<()> {
        if self.heap.wants_collection() && self.gc_inhibit == 0 {
            self.collect();
        }
        if crate::memory::tripped() {
            return self.memory_tripped();
        }
        Ok(())
    }

    /// A safepoint that also runs what signals (or a run-time limit) asked for: one relaxed
    /// load when nothing is pending. Back edges (`JUMP`) and calls check here, where CPython
    /// checks its eval breaker; `FOR_ITER` collects only (its loop's back edge checks).
    #[inline(always)]
    pub fn safepoint_checked(&mut self) -> PyResult<()> {
        if self.safepoint_due() {
            return self.safepoint_checked_slow();
        }
        Ok(())
    }

    /// Whether `safepoint_checked` may have work to do: its quick test alone, with no
    /// branch per source (a collection, the memory cap, a signal or limit).
    #[inline(always)]
    pub fn safepoint_due(&self) -> bool {
        self.heap.may_want_collection() | crate::memory::tripped() | crate::signals::pending()
    }

    /// `safepoint_checked`'s work once `safepoint_due` said there may be some.
    #[cold]
    #[inline(never)]
    pub(crate) fn safepoint_checked_slow(&mut self) -> PyResult<()> {
        self.safepoint_slow()?;
        if crate::signals::pending() {
            return self.check_signals();
        }
        Ok(())
    }

    /// `sys.setrecursionlimit`.
    pub fn set_recursion_limit(&mut self, n: usize) {
        self.recursion_limit = n;
        if self.profiler.is_none() {
            self.call_limit = n;
        }
    }

    /// Starts (`Some`) or stops (`None`) profiling; returns the profiler that ran, its
    /// active calls retired.
    pub fn set_profiler(
        &mut self,
        p: Option<Box<crate::profile::Profiler>>,
    ) -> Option<Box<crate::profile::Profiler>> {
        self.call_limit = if p.is_some() { 0 } else { self.recursion_limit };
        let mut old = std::mem::replace(&mut self.profiler, p);
        if let Some(o) = old.as_mut() {
            o.finish();
        }
        old
    }

    #[cold]
    pub fn collect(&mut self) {
        self.collect_garbage();
        if self.gc_hooks.has_pending() {
            self.run_pending_finalizers();
        }
    }

    /// Marks from the roots, finalizes and clears weak references (`finalize.rs`), sweeps.
    pub(crate) fn collect_garbage(&mut self) {
        let mut work: Vec<Gc> = Vec::with_capacity(1024);
        let push = |v: &Value, work: &mut Vec<Gc>| {
            if let Value::Obj(g) = v {
                work.push(*g);
            }
        };
        for v in self.stack.iter() {
            push(v, &mut work);
        }
        for f in &self.frames {
            work.push(f.globals);
            if let Some(l) = f.locals {
                work.push(l);
            }
            if let Some(func) = f.func {
                work.push(func);
            }
            match f.kind {
                FrameKind::Init(g) | FrameKind::Generator(g) => work.push(g),
                _ => {}
            }
        }
        push(&self.raised, &mut work);
        push(&self.handled, &mut work);
        // What a `yield from` forwards to its delegate, across YIELD_FROM's safepoint.
        push(&self.gen_sent, &mut work);
        for v in &self.asyncgen_hooks {
            push(v, &mut work);
        }
        for v in &self.extra_roots {
            push(v, &mut work);
        }
        work.push(self.builtins);
        work.push(self.modules);
        if let Some(g) = self.dict_view_class {
            work.push(g);
        }
        if let Some(g) = self.signal_handlers {
            work.push(g);
        }
        work.push(self.none_singletons.0);
        work.push(self.none_singletons.1);
        work.push(self.empty_tuple);
        if let Some(g) = self.main_globals {
            work.push(g);
        }
        if let Some(g) = self.sys_module {
            work.push(g);
        }
        work.extend(self.exc_types.borrow().values().copied());
        work.extend(self.interned.borrow().iter().copied());
        for (_, attr) in self.pending_methods.borrow().iter() {
            if let PendingAttr::Value(k, v) = attr {
                work.push(*k);
                if let Value::Obj(g) = v {
                    work.push(*g);
                }
            }
        }
        for c in self.const_cache.values() {
            for v in c.iter() {
                push(v, &mut work);
            }
        }
        work.extend(self.types.all());
        work.extend(self.lazy_types.made());
        self.gc_hooks.roots(&mut work);
        let mut children = Vec::new();
        mark_from(&mut work, &mut children);
        if !self.heap.finalizable.borrow().is_empty() {
            self.resurrect_finalizable(&mut work, &mut children);
        }
        self.gc_hooks.clear_dead_weakrefs();
        self.heap.sweep();
        // Freed classes' addresses may be reused; freed cached values must not be read.
        crate::object::collection_ran();
    }
}

/// The mark loop: everything reachable from `work` (drained).
#[inline]
pub(crate) fn mark_from(work: &mut Vec<Gc>, children: &mut Vec<Gc>) {
    while let Some(g) = work.pop() {
        if g.mark() {
            if let Obj::List(items) = g.obj() {
                if let Ok(items) = items.try_borrow() {
                    if items.len() > WIDE {
                        mark_wide(work, items.iter().filter_map(|v| v.as_obj()));
                        continue;
                    }
                }
            }
            g.obj().trace(children);
            if children.len() > WIDE {
                mark_wide(work, children.drain(..));
            } else {
                work.extend(children.drain(..).filter(|c| !c.is_marked()));
            }
        }
    }
}

/// Children beyond which a container is marked one level deep at once.
const WIDE: usize = 256;

/// Marks the children of a wide container (a list of a million objects) right away, pushing
/// only their unmarked children: the work stack would otherwise hold every item at once (8
/// bytes an item, twice over while it grows), the largest part of the collector's peak
/// memory. Lists are walked in place rather than traced into a buffer.
#[cold]
fn mark_wide(work: &mut Vec<Gc>, children: impl Iterator<Item = Gc>) {
    let mut grand = Vec::new();
    for c in children {
        if c.mark() {
            c.obj().trace(&mut grand);
            work.extend(grand.drain(..).filter(|x| !x.is_marked()));
        }
    }
}

impl Default for Vm {
    fn default() -> Self {
        Self::new()
    }
}

/// Whether CPython implements `cls.name` (a builtin class's method) as a slot wrapper
/// (most dunders) rather than a method descriptor; they print and complain differently.
pub fn is_slot_wrapper(name: &str, cls: &str) -> bool {
    const METHOD_DUNDERS: &[&str] = &[
        "__alloc__",
        "__bytes__",
        "__ceil__",
        "__complex__",
        "__copy__",
        "__dir__",
        "__enter__",
        "__exit__",
        "__floor__",
        "__format__",
        "__getnewargs__",
        "__getstate__",
        "__instancecheck__",
        "__length_hint__",
        "__reduce__",
        "__reduce_ex__",
        "__reversed__",
        "__round__",
        "__set_name__",
        "__setstate__",
        "__sizeof__",
        "__subclasscheck__",
        "__subclasses__",
        "__trunc__",
    ];
    name.starts_with("__")
        && name.ends_with("__")
        && !METHOD_DUNDERS.contains(&name)
        && !(name == "__getitem__" && matches!(cls, "dict" | "list"))
        && !(name == "__contains__" && matches!(cls, "dict" | "set" | "frozenset"))
}

/// The types CPython writes in C but Kestrel in Python or as native module classes, by
/// (module, name) as Kestrel's class says: CPython's messages name them by their `tp_name`,
/// the second string (`'datetime.date' object ...`), where a Python class has its bare name.
const C_TYPE_NAMES: [(&str, &str, &str); 35] = [
    ("collections", "defaultdict", "collections.defaultdict"),
    ("collections", "OrderedDict", "collections.OrderedDict"),
    ("collections", "deque", "collections.deque"),
    ("re", "Pattern", "re.Pattern"),
    ("re", "Match", "re.Match"),
    ("_io", "StringIO", "_io.StringIO"),
    ("_io", "BytesIO", "_io.BytesIO"),
    ("_io", "TextIOWrapper", "_io.TextIOWrapper"),
    ("_io", "BufferedReader", "_io.BufferedReader"),
    ("_io", "BufferedWriter", "_io.BufferedWriter"),
    ("_io", "BufferedRandom", "_io.BufferedRandom"),
    ("_io", "FileIO", "_io.FileIO"),
    ("array", "array", "array.array"),
    ("operator", "itemgetter", "operator.itemgetter"),
    ("operator", "attrgetter", "operator.attrgetter"),
    ("operator", "methodcaller", "operator.methodcaller"),
    ("functools", "partial", "functools.partial"),
    ("datetime", "date", "datetime.date"),
    ("datetime", "datetime", "datetime.datetime"),
    ("datetime", "time", "datetime.time"),
    ("datetime", "timedelta", "datetime.timedelta"),
    ("datetime", "timezone", "datetime.timezone"),
    ("datetime", "tzinfo", "datetime.tzinfo"),
    ("decimal", "Decimal", "decimal.Decimal"),
    ("decimal", "Context", "decimal.Context"),
    ("struct", "Struct", "_struct.Struct"),
    ("types", "SimpleNamespace", "types.SimpleNamespace"),
    ("hashlib", "HASH", "_hashlib.HASH"),
    ("hashlib", "blake2b", "_blake2.blake2b"),
    ("hashlib", "blake2s", "_blake2.blake2s"),
    ("_csv", "reader", "_csv.reader"),
    ("_csv", "writer", "_csv.writer"),
    ("weakref", "ReferenceType", "weakref.ReferenceType"),
    ("zoneinfo", "ZoneInfo", "zoneinfo.ZoneInfo"),
    (
        "functools",
        "_lru_cache_wrapper",
        "functools._lru_cache_wrapper",
    ),
];

/// CPython's `tp_name` for a class named `name` when it is one of `C_TYPE_NAMES` (its
/// `__module__` decides: a user's `class date` is not `datetime.date`).
#[cold]
fn c_type_name(cls: Gc, name: &str) -> Option<&'static str> {
    let Obj::Class(c) = cls.obj() else {
        return None;
    };
    let mut known = C_TYPE_NAMES
        .iter()
        .filter(|(_, n, _)| *n == name)
        .peekable();
    known.peek()?;
    let module = c.own_dict.borrow().iter().find_map(|e| {
        (crate::strs::as_str_value(e.key) == Some("__module__"))
            .then(|| crate::strs::as_str_value(e.value))
            .flatten()
    })?;
    known
        .find(|(m, _, _)| *m == module)
        .map(|(_, _, full)| *full)
}

/// `[descriptor, instance, args...]`: `descriptor.__get__(instance, type(instance))(*args)`.
fn call_special_via_get(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (&desc, &this) = match args {
        [d, t, ..] => (d, t),
        _ => return Err(vm.type_error("special method called without an instance")),
    };
    let owner = vm.type_of(this);
    let bound = vm.descr_get(desc, this, owner)?;
    vm.call_value(bound, &args[2..], kw)
}

/// `[callable, instance, args...]`: `callable(*args)`, for a special method that is not a
/// descriptor (CPython calls it without the instance).
fn call_special_unbound(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    match args {
        [f, _, rest @ ..] => vm.call_value(*f, rest, kw),
        _ => Err(vm.type_error("special method called without an instance")),
    }
}
