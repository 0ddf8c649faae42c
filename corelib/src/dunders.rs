//! Operator dunder methods of the builtin types (`(3).__add__(4)`, `"a".__lt__("b")`). The
//! interpreter's operators never go through these (natives are skipped by dunder dispatch);
//! they exist for explicit calls, `super()` and unbound use such as `int.__add__`.

use kestrel_compiler::opcodes::BinKind;
use kestrel_vm::object::builtin_base;
use kestrel_vm::ops::{as_num, Cmp, Num};
use kestrel_vm::{Kwargs, Obj, PyResult, Value, Vm};

type F = kestrel_vm::object::NativeFnPtr;

/// Which builtin layout a value has, for operand checks (a const parameter of the natives,
/// which are instantiated once per owning type so `int.__add__("a", 1)` can be refused).
type Shape = u8;
mod shapes {
    pub const INT: u8 = 0;
    pub const FLOAT: u8 = 1;
    pub const STR: u8 = 2;
    pub const LIST: u8 = 3;
    pub const TUPLE: u8 = 4;
    pub const SET: u8 = 5;
    pub const DICT: u8 = 6;
    pub const OTHER: u8 = 7;
}
use shapes::*;

fn shape(v: Value) -> Shape {
    match v {
        Value::Int(_) | Value::Bool(_) => INT,
        Value::Float(_) => FLOAT,
        Value::Obj(g) => match g.obj() {
            Obj::BigInt(_) => INT,
            Obj::Str(_) => STR,
            Obj::List(_) => LIST,
            Obj::Tuple(_) => TUPLE,
            Obj::Set(..) => SET,
            Obj::Dict(_) => DICT,
            // An instance of a subclass of a builtin type acts through its builtin base.
            Obj::Instance(i) => match i.base_value() {
                Some(b) => shape(b),
                None => OTHER,
            },
            _ => OTHER,
        },
        _ => OTHER,
    }
}

fn shape_name(s: Shape) -> &'static str {
    [
        "int", "float", "str", "list", "tuple", "set", "dict", "object",
    ][s as usize]
}

/// CPython's slot-wrapper check: `int.__add__("a", 1)` is a TypeError.
fn check_owner<const S: u8>(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let Some(&this) = args.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of '{}' object needs an argument",
            shape_name(S)
        )));
    };
    if shape(this) != S {
        let t = vm.type_name(this);
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{t}'",
            shape_name(S)
        )));
    }
    Ok(builtin_base(this))
}

/// Operand count of a slot wrapper called explicitly.
fn wrapper_args(vm: &mut Vm, args: &[Value], n: usize) -> PyResult<()> {
    let got = args.len().saturating_sub(1);
    if got != n {
        return Err(vm.type_error(format!(
            "expected {n} argument{}, got {got}",
            if n == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// Whether `this <kind> other` is implemented by `this`'s own type.
fn accepts(kind: BinKind, this: Shape, other: Shape) -> bool {
    use BinKind::*;
    match this {
        INT => other == INT && kind != MatMul,
        FLOAT => {
            matches!(other, INT | FLOAT)
                && matches!(kind, Add | Sub | Mul | TrueDiv | FloorDiv | Mod | Pow)
        }
        STR => match kind {
            Add => other == STR,
            Mul => other == INT,
            Mod => true,
            _ => false,
        },
        LIST | TUPLE => match kind {
            Add => other == this,
            Mul => other == INT,
            _ => false,
        },
        SET => other == SET && matches!(kind, Or | And | Sub | Xor),
        DICT => other == DICT && kind == Or,
        _ => false,
    }
}

fn bin_dunder<const S: u8>(
    vm: &mut Vm,
    args: &[Value],
    kind: BinKind,
    reflected: bool,
) -> PyResult<Value> {
    let name = if reflected {
        kind.dunders().1
    } else {
        kind.dunders().0
    };
    let this = check_owner::<S>(vm, args, name)?;
    if kind == BinKind::Pow && args.len() == 3 && !reflected {
        // `pow(a, b, m)` through `int.__pow__(a, b, m)`.
        let (b, m) = (builtin_base(args[1]), builtin_base(args[2]));
        if S != INT || shape(b) != INT || shape(m) != INT && !m.is_none() {
            return Ok(Value::Obj(vm.none_singletons.0));
        }
        let Some(pow) = vm.builtin("pow") else {
            return Err(vm.type_error("pow() is not available"));
        };
        return vm.call_value(pow, &[this, b, m], &[]);
    }
    wrapper_args(vm, args, 1)?;
    let other = builtin_base(args[1]);
    // `str.__rmod__` formats only when the left operand is a str itself.
    let str_rmod = S == STR && kind == BinKind::Mod && reflected && shape(other) != STR;
    if str_rmod || !accepts(kind, S, shape(other)) {
        // Sequence concatenation and repetition are not slots that defer: they raise
        // (`str.__add__('a', x)` never tries `x.__radd__`).
        if matches!(S, STR | LIST | TUPLE) && kind == BinKind::Add && !reflected {
            let (s, t) = (shape_name(S), vm.type_name(args[1]));
            return Err(vm.type_error(format!("can only concatenate {s} (not \"{t}\") to {s}")));
        }
        // Repetition's wrapper converts its count first (`'a'.__mul__(None)`).
        if matches!(S, STR | LIST | TUPLE)
            && kind == BinKind::Mul
            && vm.index_of(args[1])?.is_none()
        {
            let t = vm.type_name(args[1]);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
        if matches!(S, STR | LIST | TUPLE) && matches!(kind, BinKind::Add | BinKind::Mul) {
            return vm.binary_op(kind, this, other);
        }
        return Ok(Value::Obj(vm.none_singletons.0));
    }
    if reflected {
        vm.binary_op(kind, other, this)
    } else {
        vm.binary_op(kind, this, other)
    }
}

fn cmp_dunder<const S: u8>(vm: &mut Vm, args: &[Value], op: Cmp) -> PyResult<Value> {
    let this = check_owner::<S>(vm, args, op_name(op))?;
    wrapper_args(vm, args, 1)?;
    let other = shape(args[1]);
    // int's slots know ints only; float's know ints and floats; set and frozenset mix.
    let same = other == S || (S == FLOAT && other == INT);
    if !same || S == OTHER {
        return Ok(Value::Obj(vm.none_singletons.0));
    }
    if S == DICT && !matches!(op, Cmp::Eq | Cmp::Ne) {
        return Ok(Value::Obj(vm.none_singletons.0));
    }
    vm.compare(op, this, builtin_base(args[1]))
}

/// `object.__lt__` and friends: objects have no order.
fn not_implemented(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("descriptor of 'object' object needs an argument"));
    }
    wrapper_args(vm, args, 1)?;
    Ok(Value::Obj(vm.none_singletons.0))
}

fn op_name(op: Cmp) -> &'static str {
    match op {
        Cmp::Eq => "__eq__",
        Cmp::Ne => "__ne__",
        Cmp::Lt => "__lt__",
        Cmp::Le => "__le__",
        Cmp::Gt => "__gt__",
        Cmp::Ge => "__ge__",
    }
}

macro_rules! binops {
    ($($name:ident = $kind:ident, $rev:expr;)*) => {
        $(fn $name<const S: u8>(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
            bin_dunder::<S>(vm, args, BinKind::$kind, $rev)
        })*
    };
}

binops! {
    add = Add, false; radd = Add, true;
    sub = Sub, false; rsub = Sub, true;
    mul = Mul, false; rmul = Mul, true;
    truediv = TrueDiv, false; rtruediv = TrueDiv, true;
    floordiv = FloorDiv, false; rfloordiv = FloorDiv, true;
    modulo = Mod, false; rmodulo = Mod, true;
    pow = Pow, false; rpow = Pow, true;
    lshift = LShift, false; rlshift = LShift, true;
    rshift = RShift, false; rrshift = RShift, true;
    and = And, false; rand = And, true;
    or = Or, false; ror = Or, true;
    xor = Xor, false; rxor = Xor, true;
}

macro_rules! cmpops {
    ($($name:ident = $op:ident;)*) => {
        $(fn $name<const S: u8>(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
            cmp_dunder::<S>(vm, args, Cmp::$op)
        })*
    };
}

cmpops! { eq = Eq; ne = Ne; lt = Lt; le = Le; gt = Gt; ge = Ge; }

fn neg<const S: u8>(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let this = check_owner::<S>(vm, args, "__neg__")?;
    wrapper_args(vm, args, 0)?;
    vm.unary_neg(this)
}

fn pos<const S: u8>(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let this = check_owner::<S>(vm, args, "__pos__")?;
    wrapper_args(vm, args, 0)?;
    vm.unary_pos(this)
}

fn invert<const S: u8>(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let this = check_owner::<S>(vm, args, "__invert__")?;
    wrapper_args(vm, args, 0)?;
    vm.unary_invert(this)
}

fn abs<const S: u8>(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let this = check_owner::<S>(vm, args, "__abs__")?;
    wrapper_args(vm, args, 0)?;
    match as_num(this) {
        Some(Num::Float(f)) => Ok(Value::Float(f.abs())),
        Some(Num::Int(i)) if i < 0 => vm.unary_neg(Value::Int(i)),
        Some(Num::Int(i)) => Ok(Value::Int(i)),
        Some(Num::Big(b)) => Ok(vm.new_bigint(num_traits::Signed::abs(&b))),
        None => Err(vm.type_error("descriptor '__abs__' requires a number")),
    }
}

fn bool_<const S: u8>(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let this = check_owner::<S>(vm, args, "__bool__")?;
    wrapper_args(vm, args, 0)?;
    vm.truthy(this).map(Value::Bool)
}

fn hash<const S: u8>(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let this = check_owner::<S>(vm, args, "__hash__")?;
    wrapper_args(vm, args, 0)?;
    vm.hash(this).map(Value::Int)
}

fn float_<const S: u8>(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let this = check_owner::<S>(vm, args, "__float__")?;
    wrapper_args(vm, args, 0)?;
    match as_num(this) {
        Some(n) => {
            let f = kestrel_vm::ops::num_to_f64(&n);
            if f.is_infinite() && !matches!(n, Num::Float(_)) {
                return Err(vm.raise_msg("OverflowError", "int too large to convert to float"));
            }
            Ok(Value::Float(f))
        }
        None => Err(vm.type_error("descriptor '__float__' requires a number")),
    }
}

fn contains<const S: u8>(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let this = check_owner::<S>(vm, args, "__contains__")?;
    wrapper_args(vm, args, 1)?;
    vm.contains(this, args[1]).map(Value::Bool)
}

fn getitem<const S: u8>(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    // A method (not a slot wrapper) in CPython, hence the other wording.
    if args.first().is_some_and(|v| shape(*v) != S) {
        let t = args.first().map(|v| vm.type_name(*v)).unwrap_or_default();
        return Err(vm.type_error(format!(
            "descriptor '__getitem__' for '{}' objects doesn't apply to a '{t}' object",
            shape_name(S)
        )));
    }
    let this = check_owner::<S>(vm, args, "__getitem__")?;
    wrapper_args(vm, args, 1)?;
    vm.getitem(this, args[1])
}

fn iter<const S: u8>(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let this = check_owner::<S>(vm, args, "__iter__")?;
    wrapper_args(vm, args, 0)?;
    vm.get_iter(this)
}

fn len<const S: u8>(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let this = check_owner::<S>(vm, args, "__len__")?;
    wrapper_args(vm, args, 0)?;
    Ok(Value::Int(crate::builtins::len_of(vm, this)? as i64))
}

/// The slot-wrapper tables of a builtin type of shape `S`, static so that a class queues
/// each table as one pending entry (`Vm::add_methods`).
struct Table<const S: u8>;

impl<const S: u8> Table<S> {
    const ARITH: &'static [(&'static str, F)] = &[
        ("__add__", add::<S>),
        ("__radd__", radd::<S>),
        ("__sub__", sub::<S>),
        ("__rsub__", rsub::<S>),
        ("__mul__", mul::<S>),
        ("__rmul__", rmul::<S>),
        ("__truediv__", truediv::<S>),
        ("__rtruediv__", rtruediv::<S>),
        ("__floordiv__", floordiv::<S>),
        ("__rfloordiv__", rfloordiv::<S>),
        ("__mod__", modulo::<S>),
        ("__rmod__", rmodulo::<S>),
        ("__pow__", pow::<S>),
        ("__rpow__", rpow::<S>),
        ("__neg__", neg::<S>),
        ("__pos__", pos::<S>),
        ("__abs__", abs::<S>),
        ("__bool__", bool_::<S>),
        ("__float__", float_::<S>),
    ];

    const BITS: &'static [(&'static str, F)] = &[
        ("__lshift__", lshift::<S>),
        ("__rlshift__", rlshift::<S>),
        ("__rshift__", rshift::<S>),
        ("__rrshift__", rrshift::<S>),
        ("__and__", and::<S>),
        ("__rand__", rand::<S>),
        ("__or__", or::<S>),
        ("__ror__", ror::<S>),
        ("__xor__", xor::<S>),
        ("__rxor__", rxor::<S>),
        ("__invert__", invert::<S>),
    ];

    const SET_OPS: &'static [(&'static str, F)] = &[
        ("__and__", and::<S>),
        ("__rand__", rand::<S>),
        ("__or__", or::<S>),
        ("__ror__", ror::<S>),
        ("__xor__", xor::<S>),
        ("__rxor__", rxor::<S>),
        ("__sub__", sub::<S>),
        ("__rsub__", rsub::<S>),
    ];

    const COMPARE: &'static [(&'static str, F)] = &[
        ("__eq__", eq::<S>),
        ("__ne__", ne::<S>),
        ("__lt__", lt::<S>),
        ("__le__", le::<S>),
        ("__gt__", gt::<S>),
        ("__ge__", ge::<S>),
    ];

    const SEQ: &'static [(&'static str, F)] = &[
        ("__add__", add::<S>),
        ("__mul__", mul::<S>),
        ("__rmul__", rmul::<S>),
        ("__contains__", contains::<S>),
        ("__getitem__", getitem::<S>),
        ("__len__", len::<S>),
        ("__iter__", iter::<S>),
    ];
}

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let (int, float, str_, list, tuple) = (t.int, t.float, t.str_, t.list, t.tuple);
    let (set, frozenset, dict) = (t.set, t.frozenset, t.dict);
    vm.add_methods(int, Table::<INT>::ARITH);
    vm.add_methods(int, Table::<INT>::COMPARE);
    vm.add_method(int, "__hash__", hash::<INT>);
    vm.add_methods(float, Table::<FLOAT>::ARITH);
    vm.add_methods(float, Table::<FLOAT>::COMPARE);
    vm.add_method(float, "__hash__", hash::<FLOAT>);
    vm.add_methods(int, Table::<INT>::BITS);
    vm.add_methods(str_, Table::<STR>::SEQ);
    vm.add_methods(str_, Table::<STR>::COMPARE);
    vm.add_methods(list, Table::<LIST>::SEQ);
    vm.add_methods(list, Table::<LIST>::COMPARE);
    vm.add_methods(tuple, Table::<TUPLE>::SEQ);
    vm.add_methods(tuple, Table::<TUPLE>::COMPARE);
    vm.add_method(str_, "__mod__", modulo::<STR>);
    vm.add_method(str_, "__rmod__", rmodulo::<STR>);
    vm.add_method(str_, "__hash__", hash::<STR>);
    vm.add_method(tuple, "__hash__", hash::<TUPLE>);
    for cls in [set, frozenset] {
        vm.add_methods(cls, Table::<SET>::SET_OPS);
        vm.add_methods(cls, Table::<SET>::COMPARE);
    }
    vm.add_method(set, "__len__", len::<SET>);
    let object = vm.types.object;
    vm.add_methods(
        object,
        &[
            ("__lt__", not_implemented as F),
            ("__le__", not_implemented),
            ("__gt__", not_implemented),
            ("__ge__", not_implemented),
        ],
    );
    vm.add_method(dict, "__or__", or::<DICT>);
    vm.add_method(dict, "__ror__", ror::<DICT>);
    vm.add_methods(dict, &Table::<DICT>::COMPARE[..2]);
}
