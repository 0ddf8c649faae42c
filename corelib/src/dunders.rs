//! Operator dunder methods of the builtin types (`(3).__add__(4)`, `"a".__lt__("b")`). The
//! interpreter's operators never go through these (natives are skipped by dunder dispatch);
//! they exist for explicit calls, `super()` and unbound use such as `int.__add__`.

use crate::args::arity;
use kestrel_compiler::opcodes::BinKind;
use kestrel_vm::object::builtin_base;
use kestrel_vm::ops::{as_num, Cmp, Num};
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Value, Vm};

type F = kestrel_vm::object::NativeFnPtr;

/// Which builtin layout a value has, for operand checks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    Int,
    Float,
    Str,
    List,
    Tuple,
    Set,
    Dict,
    Other,
}

fn shape(v: Value) -> Shape {
    match v {
        Value::Int(_) | Value::Bool(_) => Shape::Int,
        Value::Float(_) => Shape::Float,
        Value::Obj(g) => match g.obj() {
            Obj::BigInt(_) => Shape::Int,
            Obj::Str(_) => Shape::Str,
            Obj::List(_) => Shape::List,
            Obj::Tuple(_) => Shape::Tuple,
            Obj::Set(..) => Shape::Set,
            Obj::Dict(_) => Shape::Dict,
            // An instance of a subclass of a builtin container acts through its builtin base.
            Obj::Instance(i) => match i.base() {
                Some(b) => shape(Value::Obj(b)),
                None => Shape::Other,
            },
            _ => Shape::Other,
        },
        _ => Shape::Other,
    }
}

/// Whether `this <kind> other` is implemented by `this`'s own type.
fn accepts(kind: BinKind, this: Shape, other: Shape) -> bool {
    use BinKind::*;
    use Shape::*;
    match this {
        Int => other == Int && kind != MatMul,
        Float => {
            matches!(other, Int | Float)
                && matches!(kind, Add | Sub | Mul | TrueDiv | FloorDiv | Mod | Pow)
        }
        Str => match kind {
            Add => other == Str,
            Mul => other == Int,
            Mod => true,
            _ => false,
        },
        List | Tuple => match kind {
            Add => other == this,
            Mul => other == Int,
            _ => false,
        },
        Set => other == Set && matches!(kind, Or | And | Sub | Xor),
        Dict => other == Dict && kind == Or,
        Other => false,
    }
}

fn bin_dunder(vm: &mut Vm, args: &[Value], kind: BinKind, reflected: bool) -> PyResult<Value> {
    let name = if reflected {
        kind.dunders().1
    } else {
        kind.dunders().0
    };
    arity(vm, name, args, 2, 2)?;
    let (this, other) = (builtin_base(args[0]), builtin_base(args[1]));
    if !accepts(kind, shape(this), shape(other)) {
        return Ok(Value::Obj(vm.none_singletons.0));
    }
    if reflected {
        vm.binary_op(kind, other, this)
    } else {
        vm.binary_op(kind, this, other)
    }
}

fn cmp_dunder(vm: &mut Vm, args: &[Value], op: Cmp) -> PyResult<Value> {
    arity(vm, "comparison", args, 2, 2)?;
    let (a, b) = (shape(args[0]), shape(args[1]));
    let numeric = |s| matches!(s, Shape::Int | Shape::Float);
    let same = a == b || (numeric(a) && numeric(b));
    if !same || a == Shape::Other {
        return Ok(Value::Obj(vm.none_singletons.0));
    }
    vm.compare(op, builtin_base(args[0]), builtin_base(args[1]))
}

macro_rules! binops {
    ($($name:ident = $kind:ident, $rev:expr;)*) => {
        $(fn $name(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
            bin_dunder(vm, args, BinKind::$kind, $rev)
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
        $(fn $name(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
            cmp_dunder(vm, args, Cmp::$op)
        })*
    };
}

cmpops! { eq = Eq; ne = Ne; lt = Lt; le = Le; gt = Gt; ge = Ge; }

/// Guards the unary natives against instances of user subclasses, whose own dispatch would
/// come straight back here.
fn builtin_self(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    arity(vm, name, args, 1, 1)?;
    if shape(args[0]) == Shape::Other {
        let t = vm.type_name(args[0]);
        return Err(vm.type_error(format!(
            "descriptor '{name}' does not apply to a '{t}' object"
        )));
    }
    Ok(builtin_base(args[0]))
}

fn neg(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let this = builtin_self(vm, args, "__neg__")?;
    vm.unary_neg(this)
}

fn pos(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let this = builtin_self(vm, args, "__pos__")?;
    vm.unary_pos(this)
}

fn invert(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let this = builtin_self(vm, args, "__invert__")?;
    vm.unary_invert(this)
}

fn abs(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__abs__", args, 1, 1)?;
    match as_num(args[0]) {
        Some(Num::Float(f)) => Ok(Value::Float(f.abs())),
        Some(Num::Int(i)) if i < 0 => vm.unary_neg(Value::Int(i)),
        Some(Num::Int(i)) => Ok(Value::Int(i)),
        Some(Num::Big(b)) => Ok(vm.new_bigint(num_traits::Signed::abs(&b))),
        None => Err(vm.type_error("descriptor '__abs__' requires a number")),
    }
}

fn bool_(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let this = builtin_self(vm, args, "__bool__")?;
    vm.truthy(this).map(Value::Bool)
}

fn hash(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let this = builtin_self(vm, args, "__hash__")?;
    vm.hash(this).map(Value::Int)
}

fn float_(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__float__", args, 1, 1)?;
    match as_num(args[0]) {
        Some(n) => Ok(Value::Float(kestrel_vm::ops::num_to_f64(&n))),
        None => Err(vm.type_error("descriptor '__float__' requires a number")),
    }
}

fn contains(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__contains__", args, 2, 2)?;
    let this = builtin_self(vm, &args[..1], "__contains__")?;
    vm.contains(this, args[1]).map(Value::Bool)
}

fn getitem(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "__getitem__", args, 2, 2)?;
    let this = builtin_self(vm, &args[..1], "__getitem__")?;
    vm.getitem(this, args[1])
}

fn iter(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let this = builtin_self(vm, args, "__iter__")?;
    vm.get_iter(this)
}

const ARITH: &[(&str, F)] = &[
    ("__add__", add),
    ("__radd__", radd),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__truediv__", truediv),
    ("__rtruediv__", rtruediv),
    ("__floordiv__", floordiv),
    ("__rfloordiv__", rfloordiv),
    ("__mod__", modulo),
    ("__rmod__", rmodulo),
    ("__pow__", pow),
    ("__rpow__", rpow),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__bool__", bool_),
    ("__float__", float_),
];

const BITS: &[(&str, F)] = &[
    ("__lshift__", lshift),
    ("__rlshift__", rlshift),
    ("__rshift__", rshift),
    ("__rrshift__", rrshift),
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
    ("__invert__", invert),
];

const SET_OPS: &[(&str, F)] = &[
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
    ("__sub__", sub),
    ("__rsub__", rsub),
];

const COMPARE: &[(&str, F)] = &[
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
];

const SEQ: &[(&str, F)] = &[
    ("__add__", add),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__contains__", contains),
    ("__getitem__", getitem),
    ("__iter__", iter),
];

fn add_all(vm: &mut Vm, cls: Gc, table: &[(&'static str, F)]) {
    for (n, f) in table {
        vm.add_method(cls, n, *f);
    }
}

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let (int, float, str_, list, tuple) = (t.int, t.float, t.str_, t.list, t.tuple);
    let (set, frozenset, dict) = (t.set, t.frozenset, t.dict);
    for cls in [int, float] {
        add_all(vm, cls, ARITH);
        add_all(vm, cls, COMPARE);
        vm.add_method(cls, "__hash__", hash);
    }
    add_all(vm, int, BITS);
    for cls in [str_, list, tuple] {
        add_all(vm, cls, SEQ);
        add_all(vm, cls, COMPARE);
    }
    vm.add_method(str_, "__mod__", modulo);
    vm.add_method(str_, "__hash__", hash);
    vm.add_method(tuple, "__hash__", hash);
    for cls in [set, frozenset] {
        add_all(vm, cls, SET_OPS);
        add_all(vm, cls, COMPARE);
    }
    vm.add_method(dict, "__or__", or);
    for (n, f) in &COMPARE[..2] {
        vm.add_method(dict, n, *f);
    }
}
