//! The `sys` and `math` modules.

use crate::args::*;
use crate::builtins::to_f64;
use kestrel_vm::ops::{as_num, Num};
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Value, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

pub mod array;
pub mod ast;
pub mod binascii;
pub mod bz2;
pub mod cmath;
pub mod coroutines;
pub mod ctypes_names;
pub mod dis;
pub mod faulthandler;
pub mod frames;
pub mod gc;
pub mod hashlib;
pub mod imp;
pub mod io;
pub mod json;
pub mod libm;
pub mod lsprof;
pub mod mathext;
pub mod os;
pub mod process;
pub mod re;
pub mod resource;
pub mod select;
pub mod signal;
pub mod socket;
pub mod sqlite;
pub mod structmod;
pub mod subprocess;
pub mod termios;
pub mod unicodedata;
pub mod warnings;
pub mod weakref;
pub mod zlib;

pub fn install(vm: &mut Vm) {
    array::install(vm);
    ast::install(vm);
    binascii::install(vm);
    bz2::install(vm);
    cmath::install(vm);
    coroutines::install(vm);
    dis::install(vm);
    faulthandler::install(vm);
    vm.native_modules.insert("sys", sys_module);
    vm.native_modules.insert("math", math_module);
    vm.native_modules
        .insert("builtins", |vm| Ok(vm.builtins_module()));
    vm.module_attr_hook = Some(std_stream_attr);
    hashlib::install(vm);
    imp::install(vm);
    ctypes_names::install(vm);
    io::install(vm);
    json::install(vm);
    lsprof::install(vm);
    os::install(vm);
    process::install(vm);
    re::install(vm);
    signal::install(vm);
    structmod::install(vm);
    unicodedata::install(vm);
    subprocess::install(vm);
    termios::install(vm);
    warnings::install(vm);
    frames::install(vm);
    gc::install(vm);
    weakref::install(vm);
    zlib::install(vm);
    resource::install(vm);
    socket::install(vm);
    sqlite::install(vm);
    select::install(vm);
}

/// The names of the standard streams in `sys`, with their descriptors.
const STD_STREAMS: [(&str, i64); 6] = [
    ("stdin", 0),
    ("stdout", 1),
    ("stderr", 2),
    ("__stdin__", 0),
    ("__stdout__", 1),
    ("__stderr__", 2),
];

/// `sys.stdin`/`stdout`/`stderr` are `_io.TextIOWrapper`s made on first use, so that a
/// program that never touches them does not import `_io`.
fn std_stream_attr(vm: &mut Vm, m: Value, name: &str) -> PyResult<Option<Value>> {
    let Some(sys) = vm.sys_module else {
        return Ok(None);
    };
    if !matches!(m, Value::Obj(g) if g.ptr_eq(sys)) {
        return Ok(None);
    }
    if !STD_STREAMS.iter().any(|(n, _)| *n == name) {
        return lazy_sys_attr(vm, sys, name);
    }
    make_std_streams(vm, sys)?;
    let d = Vm::module_dict(sys);
    let k = vm.intern(name);
    Ok(vm.dict_get_str(d, k))
}

/// The rest of `sys` (`flags`, `version_info`, `implementation`, the hooks, ...) lives in the
/// frozen `_kestrel_sys`, imported on the first use of a name `sys` lacks; what it has is
/// copied into `sys` then.
#[cold]
fn lazy_sys_attr(vm: &mut Vm, sys: Gc, name: &str) -> PyResult<Option<Value>> {
    let k = vm.intern("_kestrel_sys");
    let loaded = vm.dict_get_str(vm.modules, k).is_some();
    if loaded || name.starts_with("__") && !name.ends_with("hook__") {
        return Ok(None);
    }
    let extra = vm.import_one("_kestrel_sys")?;
    let src = Vm::module_dict(extra);
    let dst = Vm::module_dict(sys);
    let keys = vm.collect_iter(Value::Obj(src))?;
    for key in keys {
        let Some(kname) = as_str(key) else { continue };
        let public = !kname.starts_with('_')
            || kname.starts_with("__") && kname.ends_with("hook__")
            || matches!(kname, "_xoptions" | "_base_executable");
        if !public {
            continue;
        }
        let kk = vm.intern(kname);
        if vm.dict_get_str(dst, kk).is_none() {
            if let Some(v) = vm.dict_get_str(src, kk) {
                vm.dict_set_str(dst, kk, v);
            }
        }
    }
    let k = vm.intern(name);
    Ok(vm.dict_get_str(dst, k))
}

/// _sysinfo() -> (executable, orig_argv, native module names), for `_kestrel_sys`.
fn sysinfo(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    let exe = vm.new_string(exe);
    let argv: Vec<Value> = std::env::args_os()
        .map(|a| vm.new_string(a.to_string_lossy().into_owned()))
        .collect();
    let argv = vm.new_list(argv);
    let mut names: Vec<&'static str> = vm.native_modules.keys().copied().collect();
    names.sort_unstable();
    let names = names.into_iter().map(|n| vm.new_str(n)).collect();
    let names = vm.new_list(names);
    Ok(vm.new_tuple(vec![exe, argv, names]))
}

/// Creates the three stream objects once, entered as both `sys.stdX` (unless the program
/// already set it) and `sys.__stdX__`.
fn make_std_streams(vm: &mut Vm, sys: Gc) -> PyResult<()> {
    let d = Vm::module_dict(sys);
    let orig = vm.intern("__stdout__");
    if vm.dict_get_str(d, orig).is_some() {
        return Ok(());
    }
    let io = vm.import_one("_io")?;
    let mk = vm.getattr_str(Value::Obj(io), "_std_stream")?;
    for (name, fd) in STD_STREAMS[..3].iter() {
        let s = vm.call_value(mk, &[Value::Int(*fd)], &[])?;
        let dunder = vm.intern(&format!("__{name}__"));
        vm.dict_set_str(d, dunder, s);
        let k = vm.intern(name);
        if vm.dict_get_str(d, k).is_none() {
            vm.dict_set_str(d, k, s);
        }
    }
    Ok(())
}

/// `input()` when the program replaced `sys.stdin` or `sys.stdout`: the prompt goes to
/// `sys.stdout.write` and the line comes from `sys.stdin.readline()`, as in CPython.
pub fn input_redirected(vm: &mut Vm, prompt: Option<Value>) -> PyResult<Option<Value>> {
    let out = redirected_stdout(vm);
    let inp = replaced_stream(vm, "stdin");
    if inp.is_some_and(|v| v.is_none()) {
        return Err(vm.raise_msg("RuntimeError", "input(): lost sys.stdin"));
    }
    if out.is_none() && inp.is_none() {
        return Ok(None);
    }
    if let Some(p) = prompt {
        let s = vm.str_of(p)?;
        let s = vm.new_string(s);
        match out {
            Some(o) => {
                let w = vm.getattr_str(o, "write")?;
                vm.call_value(w, &[s], &[])?;
            }
            None => {
                let s = vm.str_of(s)?;
                vm.out.write(&s);
            }
        }
    }
    if let Some(o) = out {
        if let Ok(f) = vm.getattr_str(o, "flush") {
            vm.call_value(f, &[], &[])?;
        }
        vm.raised = Value::Empty;
    }
    vm.out.flush();
    let Some(i) = inp else {
        return match kestrel_vm::signals::read_stdin_line(vm)? {
            Some(bytes) => {
                let line = String::from_utf8_lossy(&bytes);
                let line = line.strip_suffix('\n').unwrap_or(&line).to_string();
                Ok(Some(vm.new_string(line)))
            }
            None => Err(vm.raise_msg("EOFError", "EOF when reading a line")),
        };
    };
    let rl = vm.getattr_str(i, "readline")?;
    let line = vm.call_value(rl, &[], &[])?;
    let s = vm.str_of(line)?;
    if s.is_empty() {
        return Err(vm.raise_msg("EOFError", "EOF when reading a line"));
    }
    let s = s.strip_suffix('\n').unwrap_or(&s).to_string();
    Ok(Some(vm.new_string(s)))
}

/// `sys.<name>` when the program replaced it (not the stream `sys.__<name>__` made).
fn replaced_stream(vm: &mut Vm, name: &str) -> Option<Value> {
    let sys = vm.sys_module?;
    let d = Vm::module_dict(sys);
    let k = vm.intern(name);
    let cur = vm.dict_get_str(d, k)?;
    let orig = vm.intern(&format!("__{name}__"));
    match vm.dict_get_str(d, orig) {
        Some(o) if o.is(&cur) => None,
        _ => Some(cur),
    }
}

/// `sys.stdout` when the program replaced it: `print` then writes there.
pub fn redirected_stdout(vm: &mut Vm) -> Option<Value> {
    replaced_stream(vm, "stdout")
}

fn set(vm: &mut Vm, m: Gc, name: &str, v: Value) {
    let d = Vm::module_dict(m);
    let k = vm.intern(name);
    vm.dict_set_str(d, k, v);
}

fn func(vm: &mut Vm, m: Gc, name: &'static str, f: kestrel_vm::object::NativeFnPtr) {
    let v = vm.new_native(name, f);
    set(vm, m, name, v);
}

/// Adds native methods named `"Class.method"` to a class a native module made (the dict key
/// is the part after the dot; the dotted name tells the VM to call its dunders as methods,
/// see `object::is_vm_native`).
pub fn class_methods(
    vm: &mut Vm,
    cls: Gc,
    methods: &[(&'static str, kestrel_vm::object::NativeFnPtr)],
) {
    for (full, f) in methods {
        let key = full.rsplit('.').next().unwrap_or(full);
        let func = vm.new_method_native(full, *f);
        vm.class_set(cls, key, func);
    }
}

/// Sets integer constants (`AF_INET`, `EPOLLIN`, ...) in module `m`.
pub fn set_int_consts(vm: &mut Vm, m: Gc, consts: &[(&str, i64)]) {
    let d = Vm::module_dict(m);
    for (name, n) in consts {
        let k = vm.intern(name);
        vm.dict_set_str(d, k, Value::Int(*n));
    }
}

/// A new module holding these native functions.
pub fn native_module(
    vm: &mut Vm,
    name: &str,
    fns: &[(&'static str, kestrel_vm::object::NativeFnPtr)],
) -> Gc {
    let m = vm.new_module(name);
    for (n, f) in fns {
        func(vm, m, n, *f);
    }
    m
}

fn sys_module(vm: &mut Vm) -> PyResult<Gc> {
    let m = vm.new_module("sys");
    vm.sys_module = Some(m);
    let argv: Vec<Value> = vm
        .argv
        .clone()
        .into_iter()
        .map(|a| vm.new_string(a))
        .collect();
    let argv = vm.new_list(argv);
    set(vm, m, "argv", argv);
    set(vm, m, "maxsize", Value::Int(i64::MAX));
    let v = vm.new_str("3.11.0 (kestrel)");
    set(vm, m, "version", v);
    let p = vm.new_str("linux");
    set(vm, m, "platform", p);
    let bo = vm.new_str(if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    });
    set(vm, m, "byteorder", bo);
    set(vm, m, "maxunicode", Value::Int(0x10ffff));
    let mods = Value::Obj(vm.modules);
    set(vm, m, "modules", mods);
    let path: Vec<Value> = vm
        .search_path
        .clone()
        .into_iter()
        .map(|p| vm.new_string(p.to_string_lossy().to_string()))
        .collect();
    let path = vm.new_list(path);
    set(vm, m, "path", path);
    func(vm, m, "exit", sys_exit);
    func(vm, m, "getrecursionlimit", getrecursionlimit);
    func(vm, m, "setrecursionlimit", setrecursionlimit);
    func(vm, m, "get_int_max_str_digits", get_int_max_str_digits);
    func(vm, m, "set_int_max_str_digits", set_int_max_str_digits);
    func(vm, m, "exc_info", exc_info);
    func(vm, m, "exception", frames::exception);
    func(vm, m, "_getframe", frames::getframe);
    func(vm, m, "intern", sys_intern);
    func(vm, m, "_sysinfo", sysinfo);
    func(vm, m, "set_asyncgen_hooks", set_asyncgen_hooks);
    // `get_asyncgen_hooks` (a named tuple over this) is `_kestrel_sys`'s, made on first use.
    func(vm, m, "_asyncgen_hooks", get_asyncgen_hooks);
    Ok(m)
}

/// `sys.set_asyncgen_hooks([firstiter[, finalizer]])`: an omitted hook is left as it is.
fn set_asyncgen_hooks(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    arity(vm, "set_asyncgen_hooks", args, 0, 2)?;
    const NAMES: [&str; 2] = ["firstiter", "finalizer"];
    if let Some((k, _)) = kw
        .iter()
        .find(|(k, _)| !NAMES.contains(&vm.key_str(*k).as_ref()))
    {
        let k = vm.key_str(*k);
        return Err(vm.type_error(format!(
            "set_asyncgen_hooks() got an unexpected keyword argument '{k}'"
        )));
    }
    let mut hooks = vm.asyncgen_hooks;
    for (i, name) in NAMES.iter().enumerate() {
        let Some(v) = args.get(i).copied().or_else(|| kwarg(vm, kw, name)) else {
            continue;
        };
        if !v.is_none() && !matches!(crate::builtins::callable(vm, &[v], &[])?, Value::Bool(true)) {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("callable {name} expected, got {t}")));
        }
        hooks[i] = v;
    }
    vm.asyncgen_hooks = hooks;
    Ok(Value::None)
}

/// `sys._asyncgen_hooks()`: (firstiter, finalizer), the hooks the VM calls.
fn get_asyncgen_hooks(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "get_asyncgen_hooks", args, 0, 0)?;
    let hooks = vm.asyncgen_hooks.to_vec();
    Ok(vm.new_tuple(hooks))
}

fn sys_exit(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "exit", args, 0, 1)?;
    let cls = vm.exc_class("SystemExit");
    let a = match args.first() {
        Some(v) if !v.is_none() => vec![*v],
        _ => vec![],
    };
    let e = vm.new_exception(cls, a);
    Err(vm.raise(e))
}

fn getrecursionlimit(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "setrecursionlimit", args, 1, 1)?;
    let n = as_int(vm, args[0], "")?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.set_recursion_limit(n as usize);
    Ok(Value::None)
}

fn get_int_max_str_digits(_: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(kestrel_vm::intlimit::max_str_digits() as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    use kestrel_vm::intlimit::*;
    let v = match (args.first(), kw.first()) {
        (Some(v), None) if args.len() == 1 => *v,
        (None, Some((k, v))) if kw.len() == 1 && vm.key_str(*k) == "maxdigits" => *v,
        _ => {
            return Err(
                vm.type_error("set_int_max_str_digits() takes exactly one argument (maxdigits)")
            )
        }
    };
    let n = as_int(vm, v, "")?;
    if n != 0 && n < MAX_STR_DIGITS_THRESHOLD as i64 {
        return Err(vm.value_error(format!(
            "maxdigits must be 0 or larger than {MAX_STR_DIGITS_THRESHOLD}"
        )));
    }
    set_max_str_digits(n as usize);
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _: &[Value], _: Kwargs) -> PyResult<Value> {
    let h = vm.handled;
    if h.is_none() {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Obj(vm.type_of(h));
    let tb = vm.exc_traceback(h)?;
    Ok(vm.new_tuple(vec![t, h, tb]))
}

/// `sys.intern(s)`: the one shared str object equal to `s` (exact str only, as in CPython).
fn sys_intern(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "sys.intern", args, 1, 1)?;
    let s = args[0];
    if let Some(text) = kestrel_vm::strs::as_str_value(s) {
        return Ok(vm.intern_value(text));
    }
    match kestrel_vm::strs::as_str_value(kestrel_vm::object::builtin_base(s)) {
        Some(_) => {
            let t = vm.type_name(s);
            Err(vm.type_error(format!("can't intern {t}")))
        }
        None => {
            let t = vm.type_name(s);
            Err(vm.type_error(format!("intern() argument must be str, not {t}")))
        }
    }
}

fn math_module(vm: &mut Vm) -> PyResult<Gc> {
    let m = vm.new_module("math");
    set(vm, m, "pi", Value::Float(std::f64::consts::PI));
    set(vm, m, "e", Value::Float(std::f64::consts::E));
    set(vm, m, "tau", Value::Float(std::f64::consts::TAU));
    set(vm, m, "inf", Value::Float(f64::INFINITY));
    set(vm, m, "nan", Value::Float(f64::NAN));
    let fns: &[(&'static str, kestrel_vm::object::NativeFnPtr)] = &[
        ("sqrt", m_sqrt),
        ("exp", m_exp),
        ("log", mathext::m_log),
        ("log2", mathext::m_log2),
        ("log10", mathext::m_log10),
        ("sin", m_sin),
        ("cos", m_cos),
        ("tan", m_tan),
        ("asin", m_asin),
        ("acos", m_acos),
        ("atan", m_atan),
        ("atan2", m_atan2),
        ("hypot", mathext::m_hypot),
        ("fabs", m_fabs),
        ("floor", m_floor),
        ("ceil", m_ceil),
        ("trunc", m_trunc),
        ("pow", m_pow),
        ("isnan", m_isnan),
        ("isinf", m_isinf),
        ("isfinite", m_isfinite),
        ("copysign", m_copysign),
        ("gcd", m_gcd),
        ("lcm", m_lcm),
        ("factorial", m_factorial),
        ("isclose", m_isclose),
        ("fsum", mathext::m_fsum),
        ("degrees", m_degrees),
        ("radians", m_radians),
        ("sinh", m_sinh),
        ("cosh", m_cosh),
        ("tanh", m_tanh),
        ("fmod", m_fmod),
        ("modf", m_modf),
        ("isqrt", m_isqrt),
        ("comb", m_comb),
        ("perm", m_perm),
        ("prod", m_prod),
        ("dist", mathext::m_dist),
        ("frexp", m_frexp),
        ("ldexp", m_ldexp),
        ("expm1", m_expm1),
        ("log1p", m_log1p),
        ("asinh", mathext::m_asinh),
        ("acosh", mathext::m_acosh),
        ("atanh", mathext::m_atanh),
        ("cbrt", mathext::m_cbrt),
        ("exp2", m_exp2),
        ("ulp", m_ulp),
        ("nextafter", m_nextafter),
        ("remainder", m_remainder),
        ("erf", mathext::m_erf),
        ("erfc", mathext::m_erfc),
        ("gamma", mathext::m_gamma),
        ("lgamma", mathext::m_lgamma),
    ];
    for (n, f) in fns {
        func(vm, m, n, *f);
    }
    Ok(m)
}

fn f1(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<f64> {
    arity(vm, name, args, 1, 1)?;
    to_f64(vm, args[0])
}

fn domain(vm: &mut Vm) -> kestrel_vm::Raised {
    vm.value_error("math domain error")
}

fn checked(vm: &mut Vm, x: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(vm.raise_msg("OverflowError", "math range error"));
    }
    Ok(Value::Float(r))
}

macro_rules! unary_math {
    ($name:ident, $py:literal, $f:expr) => {
        fn $name(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
            let x = f1(vm, args, $py)?;
            let r: f64 = $f(x);
            checked(vm, x, r)
        }
    };
}
unary_math!(m_exp, "exp", f64::exp);
unary_math!(m_sin, "sin", f64::sin);
unary_math!(m_cos, "cos", f64::cos);
unary_math!(m_tan, "tan", f64::tan);
unary_math!(m_asin, "asin", f64::asin);
unary_math!(m_acos, "acos", f64::acos);
unary_math!(m_atan, "atan", f64::atan);
unary_math!(m_fabs, "fabs", f64::abs);
unary_math!(m_sinh, "sinh", f64::sinh);
unary_math!(m_cosh, "cosh", f64::cosh);
unary_math!(m_tanh, "tanh", f64::tanh);
unary_math!(m_degrees, "degrees", f64::to_degrees);
unary_math!(m_radians, "radians", f64::to_radians);
unary_math!(m_expm1, "expm1", f64::exp_m1);
unary_math!(m_exp2, "exp2", f64::exp2);

fn m_log1p(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let x = f1(vm, args, "log1p")?;
    if x <= -1.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.ln_1p()))
}

/// C's `frexp`: `x == m * 2**e` with `0.5 <= |m| < 1` (zero, infinities and NaN unchanged).
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adj) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022 + adj)
}

/// C's `ldexp`: `m * 2**e`, rounded once.
pub fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, me) = frexp(x);
    let e = (me as i64).saturating_add(e);
    if e > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if e < -1080 {
        return 0.0f64.copysign(x);
    }
    let e = e as i32;
    if e >= -1021 {
        // m * 2**e is normal: exact.
        return (m * 2.0) * 2f64.powi(e - 1);
    }
    // Subnormal result: one rounding, in the last multiplication.
    m * 2f64.powi(-1021) * 2f64.powi(e + 1021)
}

fn m_frexp(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let x = f1(vm, args, "frexp")?;
    let (m, e) = frexp(x);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn m_ldexp(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "ldexp", args, 2, 2)?;
    let x = to_f64(vm, args[0])?;
    let e = match as_num(args[1]) {
        Some(Num::Int(i)) => i,
        Some(Num::Big(b)) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        _ => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    let r = ldexp(x, e);
    if r.is_infinite() && x.is_finite() {
        return Err(vm.raise_msg("OverflowError", "math range error"));
    }
    Ok(Value::Float(r))
}

fn m_ulp(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let x = f1(vm, args, "ulp")?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    if x == f64::MAX {
        return Ok(Value::Float(x - f64::from_bits(x.to_bits() - 1)));
    }
    Ok(Value::Float(f64::from_bits(x.to_bits() + 1) - x))
}

fn m_nextafter(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "nextafter", args, 2, 2)?;
    let (x, y) = (to_f64(vm, args[0])?, to_f64(vm, args[1])?);
    let r = if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == y {
        y
    } else if x == 0.0 {
        f64::from_bits(1).copysign(y)
    } else if (y > x) == (x > 0.0) {
        f64::from_bits(x.to_bits() + 1)
    } else {
        f64::from_bits(x.to_bits() - 1)
    };
    Ok(Value::Float(r))
}

fn m_remainder(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "remainder", args, 2, 2)?;
    let (x, y) = (to_f64(vm, args[0])?, to_f64(vm, args[1])?);
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    // IEEE remainder (CPython's algorithm): x - n*y with n the integer nearest x/y, ties to
    // even.
    let (absx, absy) = (x.abs(), y.abs());
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::Float(1f64.copysign(x) * r))
}

fn m_sqrt(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let x = f1(vm, args, "sqrt")?;
    if x < 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.sqrt()))
}

fn m_atan2(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "atan2", args, 2, 2)?;
    let (y, x) = (to_f64(vm, args[0])?, to_f64(vm, args[1])?);
    Ok(Value::Float(y.atan2(x)))
}

fn to_int_value(vm: &mut Vm, f: f64, name: &str) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.raise_msg("OverflowError", "cannot convert float infinity to integer"));
    }
    let _ = name;
    Ok(crate::builtins::float_to_int(vm, f))
}

fn int_passthrough(args: &[Value]) -> Option<Value> {
    match args.first() {
        Some(v @ Value::Int(_)) => Some(*v),
        Some(Value::Bool(b)) => Some(Value::Int(*b as i64)),
        Some(v @ Value::Obj(g)) if matches!(g.obj(), Obj::BigInt(_)) => Some(*v),
        _ => None,
    }
}

fn m_floor(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "floor", args, 1, 1)?;
    if let Some(v) = int_passthrough(args) {
        return Ok(v);
    }
    if let Some(f) = vm.lookup_special(args[0], "__floor__") {
        return vm.call_value(f, &[args[0]], &[]);
    }
    let x = to_f64(vm, args[0])?;
    to_int_value(vm, x.floor(), "floor")
}

fn m_ceil(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "ceil", args, 1, 1)?;
    if let Some(v) = int_passthrough(args) {
        return Ok(v);
    }
    if let Some(f) = vm.lookup_special(args[0], "__ceil__") {
        return vm.call_value(f, &[args[0]], &[]);
    }
    let x = to_f64(vm, args[0])?;
    to_int_value(vm, x.ceil(), "ceil")
}

fn m_trunc(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "trunc", args, 1, 1)?;
    if let Some(v) = int_passthrough(args) {
        return Ok(v);
    }
    if let Value::Float(x) = args[0] {
        return to_int_value(vm, x.trunc(), "trunc");
    }
    match vm.lookup_special(args[0], "__trunc__") {
        Some(f) => vm.call_value(f, &[args[0]], &[]),
        None => {
            let t = vm.type_name(args[0]);
            Err(vm.type_error(format!("type {t} doesn't define __trunc__ method")))
        }
    }
}

fn m_pow(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "pow", args, 2, 2)?;
    let (x, y) = (to_f64(vm, args[0])?, to_f64(vm, args[1])?);
    if !x.is_finite() || !y.is_finite() {
        // C99's pow special cases (CPython's too): never an error.
        return Ok(Value::Float(x.powf(y)));
    }
    if x == 0.0 && y < 0.0 {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    checked(vm, x, r)
}

fn m_isnan(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(f1(vm, args, "isnan")?.is_nan()))
}
fn m_isinf(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(f1(vm, args, "isinf")?.is_infinite()))
}
fn m_isfinite(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Bool(f1(vm, args, "isfinite")?.is_finite()))
}

fn m_copysign(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "copysign", args, 2, 2)?;
    let (x, y) = (to_f64(vm, args[0])?, to_f64(vm, args[1])?);
    Ok(Value::Float(x.copysign(y)))
}

fn m_fmod(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "fmod", args, 2, 2)?;
    let (x, y) = (to_f64(vm, args[0])?, to_f64(vm, args[1])?);
    if y == 0.0 && !x.is_nan() || x.is_infinite() && !y.is_nan() {
        return Err(domain(vm));
    }
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    Ok(Value::Float(x % y))
}

fn m_modf(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let x = f1(vm, args, "modf")?;
    // Both parts keep the sign of x; an infinity has a (signed) zero fraction.
    let frac = if x.is_infinite() { 0.0 } else { x.fract() };
    let frac = if x.is_nan() { x } else { frac.copysign(x) };
    Ok(vm.new_tuple(vec![Value::Float(frac), Value::Float(x.trunc())]))
}

fn big_arg(vm: &mut Vm, v: Value, name: &str) -> PyResult<BigInt> {
    let n = match v {
        Value::Float(_) => None,
        _ => vm.index_value(v)?.and_then(as_num),
    };
    match n {
        Some(Num::Int(i)) => Ok(BigInt::from(i)),
        Some(Num::Big(b)) => Ok(b),
        _ => {
            let t = vm.type_name(v);
            let _ = name;
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn m_gcd(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let mut acc = BigInt::zero();
    for a in args {
        let b = big_arg(vm, *a, "gcd")?;
        acc = acc.gcd(&b);
    }
    Ok(vm.new_bigint(acc))
}

fn m_lcm(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let mut acc = BigInt::from(1);
    for a in args {
        // Every argument is checked, even after a zero has fixed the result (as CPython).
        let b = big_arg(vm, *a, "lcm")?;
        if !acc.is_zero() {
            acc = if b.is_zero() { b } else { acc.lcm(&b) };
        }
    }
    Ok(vm.new_bigint(acc))
}

fn m_factorial(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "factorial", args, 1, 1)?;
    if let Value::Float(_) = args[0] {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = big_arg(vm, args[0], "factorial")?;
    let n = factorial_arg(vm, &n)?;
    let mut acc = BigInt::from(1);
    for i in 2..=n {
        acc *= i;
    }
    Ok(vm.new_bigint(acc))
}

/// factorial's argument as a count: CPython refuses negatives and values past a C long.
fn factorial_arg(vm: &mut Vm, n: &BigInt) -> PyResult<i64> {
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    n.to_i64().ok_or_else(|| {
        vm.raise_msg(
            "OverflowError",
            "factorial() argument should not exceed 9223372036854775807",
        )
    })
}

fn m_isqrt(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "isqrt", args, 1, 1)?;
    let n = big_arg(vm, args[0], "isqrt")?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

fn m_comb(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "comb", args, 2, 2)?;
    let n = big_arg(vm, args[0], "comb")?;
    let k = big_arg(vm, args[1], "comb")?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_i64() else {
        return Err(vm.raise_msg(
            "OverflowError",
            "min(n - k, k) must not exceed 9223372036854775807",
        ));
    };
    // Exact at each step: acc is C(n, i) * ... divided by i + 1 after multiplying.
    let mut acc = BigInt::from(1);
    for i in 0..k {
        acc = acc * (&n - i) / (i + 1);
    }
    Ok(vm.new_bigint(acc))
}

fn m_perm(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "perm", args, 1, 2)?;
    let n = big_arg(vm, args[0], "perm")?;
    let k = match args.get(1) {
        Some(v) if !v.is_none() => big_arg(vm, *v, "perm")?,
        _ => {
            // perm(n) is factorial(n), with factorial's errors.
            factorial_arg(vm, &n)?;
            n.clone()
        }
    };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_i64() else {
        return Err(vm.raise_msg("OverflowError", "k must not exceed 9223372036854775807"));
    };
    let mut acc = BigInt::from(1);
    for i in 0..k {
        acc *= &n - i;
    }
    Ok(vm.new_bigint(acc))
}

fn m_prod(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.len()
        )));
    }
    let mut acc = kwarg(vm, kw, "start").unwrap_or(Value::Int(1));
    for x in vm.collect_iter(args[0])? {
        acc = vm.binary_op(kestrel_compiler::opcodes::BinKind::Mul, acc, x)?;
    }
    Ok(acc)
}

/// The arguments of `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)` (math's and cmath's),
/// bound as CPython's argument clinic does: `a` and `b` by position or name, an unknown or
/// doubled name refused.
pub(crate) fn bind_isclose(
    vm: &mut Vm,
    args: &[Value],
    kw: Kwargs,
) -> PyResult<[Option<Value>; 4]> {
    const NAMES: [&str; 4] = ["a", "b", "rel_tol", "abs_tol"];
    let given = args.len() + kw.len();
    if given > 4 {
        return Err(vm.type_error(format!(
            "isclose() takes at most 4 arguments ({given} given)"
        )));
    }
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let mut out = [None; 4];
    for (slot, v) in out.iter_mut().zip(args) {
        *slot = Some(*v);
    }
    for (k, v) in kw {
        let key = vm.key_str(*k);
        let Some(i) = NAMES.iter().position(|n| *n == key) else {
            return Err(vm.type_error(format!(
                "'{key}' is an invalid keyword argument for isclose()"
            )));
        };
        if out[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for isclose() given by name ('{key}') and position ({})",
                i + 1
            )));
        }
        out[i] = Some(*v);
    }
    for (i, name) in NAMES.iter().enumerate().take(2) {
        if out[i].is_none() {
            return Err(vm.type_error(format!(
                "isclose() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

fn m_isclose(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let [a, b, rel, abs] = bind_isclose(vm, args, kw)?;
    let (a, b) = (
        to_f64(vm, a.unwrap_or(Value::None))?,
        to_f64(vm, b.unwrap_or(Value::None))?,
    );
    let rel = match rel {
        Some(v) => to_f64(vm, v)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(v) => to_f64(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let d = (a - b).abs();
    Ok(Value::Bool(
        d <= rel * b.abs() || d <= rel * a.abs() || d <= abs,
    ))
}

/// An uncaught exception goes to `sys.excepthook` when the program replaced it; returns
/// false when the default report should be printed instead.
#[cold]
pub fn call_user_excepthook(vm: &mut Vm, exc: Value) -> bool {
    let Some(sys) = vm.sys_module else {
        return false;
    };
    let d = Vm::module_dict(sys);
    let k = vm.intern("excepthook");
    let Some(hook) = vm.dict_get_str(d, k) else {
        return false;
    };
    let orig = vm.intern("__excepthook__");
    if vm.dict_get_str(d, orig).is_some_and(|o| o.is(&hook)) {
        return false;
    }
    let t = Value::Obj(vm.type_of(exc));
    let tb = match vm.exc_traceback(exc) {
        Ok(tb) => tb,
        Err(_) => {
            vm.raised = Value::Empty;
            Value::None
        }
    };
    if vm.call_value(hook, &[t, exc, tb], &[]).is_err() {
        let err = vm.take_raised();
        vm.out.flush();
        eprintln!("Error in sys.excepthook:");
        vm.print_exception(err);
        eprintln!("\nOriginal exception was:");
        vm.print_exception(exc);
    }
    vm.out.flush();
    true
}
