//! repr(), str(), format() and %-formatting, matching CPython's output (float repr included).

use crate::object::*;
use crate::value::Value;
use crate::Vm;

/// CPython's float repr: shortest round-trip digits, scientific below 1e-4 and from 1e16.
/// Rust's shortest digits settle an exact tie between two shortest candidates upward
/// (1402639749505.90625 as ...9063); Python's take the even last digit (...9062). `x` is
/// positive and finite, `digits` its shortest digits with decimal exponent `exp`.
#[cold]
fn tie_candidate(x: f64, digits: &str, exp: i32) -> Option<String> {
    let mut alt = digits.as_bytes().to_vec();
    *alt.last_mut()? -= 1;
    let alt = String::from_utf8(alt).ok()?;
    let text = format!("{}.{}e{exp}", &alt[..1], &alt[1..]);
    if text.parse::<f64>().ok()? != x {
        return None;
    }
    // A tie: x's exact expansion is alt followed by a single 5 (a double has at most 767
    // significant decimal digits, so 800 show all of them).
    let exact = format!("{x:.800e}");
    let exact: String = exact
        .split('e')
        .next()?
        .chars()
        .filter(|c| c.is_ascii_digit())
        .collect();
    let rest = exact.strip_prefix(alt.as_str())?;
    let tail = rest.strip_prefix('5')?;
    tail.bytes().all(|b| b == b'0').then_some(alt)
}

fn tie_to_even(x: f64, digits: String, exp: i32) -> String {
    match digits.as_bytes().last() {
        Some(d) if digits.len() > 1 && (d - b'0') % 2 == 1 => {
            tie_candidate(x, &digits, exp).unwrap_or(digits)
        }
        _ => digits,
    }
}

pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let e = format!("{f:e}");
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = tie_to_even(f.abs(), digits, exp);
    let sign = if neg { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let n = digits.len() as i32;
        if exp >= 0 {
            if n <= exp + 1 {
                format!("{sign}{}{}.0", digits, "0".repeat((exp + 1 - n) as usize))
            } else {
                let (a, b) = digits.split_at((exp + 1) as usize);
                format!("{sign}{a}.{b}")
            }
        } else {
            format!("{sign}0.{}{}", "0".repeat((-exp - 1) as usize), digits)
        }
    } else {
        let (a, b) = digits.split_at(1);
        let m = if b.is_empty() {
            a.to_string()
        } else {
            format!("{a}.{b}")
        };
        let es = if exp < 0 { "-" } else { "+" };
        format!("{sign}{m}e{es}{:02}", exp.abs())
    }
}

pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"))
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"))
                } else {
                    out.push_str(&format!("\\U{n:08x}"))
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Whether `repr` shows `c` as itself (what `str.isprintable` tests).
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n < 0x7f {
        return n >= 0x20;
    }
    // CPython 3.11's own table (generated: `corelib/tools/gen_unicode_tables.py`).
    crate::unicode_printable::NOT_PRINTABLE
        .binary_search_by(|&(a, b)| {
            if b < n {
                std::cmp::Ordering::Less
            } else if a > n {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_err()
}

pub fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

impl Vm {
    pub fn repr(&mut self, v: Value) -> PyResult<String> {
        self.repr_depth(v, 0)
    }

    /// One level of a repr, counted against the recursion limit (nested containers
    /// recurse on the native stack).
    fn repr_depth(&mut self, v: Value, depth: usize) -> PyResult<String> {
        if matches!(v, Value::Obj(_)) {
            self.enter_native(" while getting the repr of an object")?;
            let r = self.repr_level(v, depth);
            self.leave_native();
            return r;
        }
        self.repr_level(v, depth)
    }

    fn repr_level(&mut self, v: Value, depth: usize) -> PyResult<String> {
        Ok(match v {
            Value::Empty => "<NULL>".into(),
            Value::None => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => float_repr(f),
            Value::Obj(g) => match g.obj() {
                Obj::Str(s) => str_repr(&s.s),
                Obj::BigInt(b) => self.big_to_decimal(b)?,
                Obj::Bytes(b) => crate::bytesobj::bytes_repr(b),
                Obj::ByteArray(_) | Obj::MemoryView(_) => self.bytes_obj_repr(g),
                Obj::Complex(re, im) => crate::complexobj::complex_repr(*re, *im),
                Obj::Tuple(t) => {
                    let items = t.to_vec();
                    if items.is_empty() {
                        return Ok("()".into());
                    }
                    if self.repr_guard(g) {
                        return Ok("(...)".into());
                    }
                    let mut parts = Vec::with_capacity(items.len());
                    for it in items.iter() {
                        match self.repr_depth(*it, depth + 1) {
                            Ok(p) => parts.push(p),
                            Err(e) => {
                                self.repr_unguard(g);
                                return Err(e);
                            }
                        }
                    }
                    self.repr_unguard(g);
                    if parts.len() == 1 {
                        format!("({},)", parts[0])
                    } else {
                        format!("({})", parts.join(", "))
                    }
                }
                Obj::List(l) => {
                    if self.repr_guard(g) {
                        return Ok("[...]".into());
                    }
                    let items = l.borrow().clone();
                    let r = self.seq_repr(&items, depth);
                    self.repr_unguard(g);
                    format!("[{}]", r?)
                }
                Obj::Dict(d) => {
                    if self.repr_guard(g) {
                        return Ok("{...}".into());
                    }
                    let pairs: Vec<(Value, Value)> =
                        d.borrow().iter().map(|e| (e.key, e.value)).collect();
                    let mut parts = Vec::new();
                    let mut err = None;
                    for (k, val) in pairs {
                        let ks = match self.repr_depth(k, depth + 1) {
                            Ok(s) => s,
                            Err(e) => {
                                err = Some(e);
                                break;
                            }
                        };
                        let vs = match self.repr_depth(val, depth + 1) {
                            Ok(s) => s,
                            Err(e) => {
                                err = Some(e);
                                break;
                            }
                        };
                        parts.push(format!("{ks}: {vs}"));
                    }
                    self.repr_unguard(g);
                    if let Some(e) = err {
                        return Err(e);
                    }
                    format!("{{{}}}", parts.join(", "))
                }
                Obj::Set(d, frozen) => {
                    let items = d.borrow().keys();
                    let name = if *frozen { "frozenset" } else { "set" };
                    if items.is_empty() {
                        return Ok(format!("{name}()"));
                    }
                    if self.repr_guard(g) {
                        return Ok(format!("{name}(...)"));
                    }
                    let r = self.seq_repr(&items, depth);
                    self.repr_unguard(g);
                    let r = r?;
                    if *frozen {
                        format!("frozenset({{{r}}})")
                    } else {
                        format!("{{{r}}}")
                    }
                }
                Obj::Function(f) => {
                    let q = self.func_qualname_value(f);
                    let q = self.key_str(q);
                    format!("<function {q} at {:#x}>", g.addr())
                }
                Obj::Native(n) => {
                    if let (true, Some(owner)) = (n.bound.is_empty(), n.owner) {
                        let c = self.class_name(owner);
                        if crate::vm::is_slot_wrapper(n.name, &c) {
                            format!("<slot wrapper '{}' of '{c}' objects>", n.name)
                        } else {
                            format!("<method '{}' of '{c}' objects>", n.name)
                        }
                    } else if let Some((m, t)) = self.builtin_type_static(n.name) {
                        // A builtin type's `__new__` or static method (`str.maketrans`).
                        format!("<built-in method {m} of type object at {:#x}>", t.addr())
                    } else if n.bound.is_empty() {
                        format!("<built-in function {}>", n.name)
                    } else {
                        format!("<built-in method {}>", n.name)
                    }
                }
                Obj::BoundMethod(this, Value::Obj(fg)) if matches!(fg.obj(), Obj::Native(_)) => {
                    // A builtin method: named with its receiver's type, as CPython shows it.
                    let Obj::Native(n) = fg.obj() else {
                        unreachable!()
                    };
                    let short = n.name.rsplit('.').next().unwrap_or(n.name);
                    let t = self.type_name(*this);
                    let addr = match this {
                        Value::Obj(tg) => tg.addr(),
                        _ => g.addr(),
                    };
                    // A classmethod (owned, no receiver check) is never a slot wrapper.
                    let classmethod = (!n.method && n.owner.is_some())
                        || self.builtin_type_static(n.name).is_some();
                    if !classmethod && crate::vm::is_slot_wrapper(short, &t) {
                        format!("<method-wrapper '{short}' of {t} object at {addr:#x}>")
                    } else {
                        format!("<built-in method {short} of {t} object at {addr:#x}>")
                    }
                }
                Obj::BoundMethod(this, f) => {
                    let fname = match f {
                        Value::Obj(fg) => match fg.obj() {
                            Obj::Function(func) => {
                                let q = self.func_qualname_value(func);
                                self.key_str(q)
                            }
                            Obj::Native(n) => n.name.to_string(),
                            _ => "?".into(),
                        },
                        _ => "?".into(),
                    };
                    let r = self.repr_depth(*this, depth + 1)?;
                    format!("<bound method {fname} of {r}>")
                }
                Obj::Class(c) if self.meta_hook(c, self.names.repr).is_some() => {
                    let f = self.meta_hook(c, self.names.repr).expect("checked");
                    let r = self.call_value(f, &[v], &[])?;
                    return self.hook_string(r, "__repr__");
                }
                Obj::Class(c) => {
                    if c.is_builtin
                        || c.kind.get() == Kind::Exception
                            && self.exc_types.borrow().values().any(|e| e.ptr_eq(g))
                    {
                        format!("<class '{}'>", c.name.borrow())
                    } else {
                        let module = {
                            let k = self.intern("__module__");
                            let hash = crate::strs::str_hash(crate::strs::as_str(k).expect("str"));
                            self.class_dict(c).borrow().get_str(k, hash)
                        };
                        let m = module
                            .map(|m| self.key_str(m))
                            .unwrap_or_else(|| "__main__".into());
                        if m == "builtins" {
                            format!("<class '{}'>", c.qualname.borrow())
                        } else {
                            format!("<class '{}.{}'>", m, c.qualname.borrow())
                        }
                    }
                }
                Obj::Instance(inst) => {
                    let cls = inst.class.get();
                    let rname = self.names.repr;
                    if let Some(f) = self.class_lookup_special(cls, rname) {
                        if !is_vm_native(f) {
                            let r = self.call_value(f, &[v], &[])?;
                            return self.hook_string(r, "__repr__");
                        }
                    }
                    if let Some(b) = inst.base_value() {
                        if cls.ptr_eq(self.types.mappingproxy) {
                            let r = self.repr_depth(b, depth + 1)?;
                            return Ok(format!("mappingproxy({r})"));
                        }
                        if let Value::Obj(bg) = b {
                            if let Obj::ByteArray(_) = bg.obj() {
                                // Bytearray subclasses show their own name: `B(b'..')`.
                                let name = self.class_name(cls);
                                let r = self.repr_depth(b, depth + 1)?;
                                let inner = r
                                    .strip_prefix("bytearray(")
                                    .map_or(r.as_str(), |x| &x[..x.len() - 1]);
                                return Ok(format!("{name}({inner})"));
                            }
                            if let Obj::Set(d, _) = bg.obj() {
                                // Set subclasses show their own name: `S({1})`, `S()`.
                                let name = self.class_name(cls);
                                if d.borrow().is_empty() {
                                    return Ok(format!("{name}()"));
                                }
                                if self.repr_guard(g) {
                                    return Ok(format!("{name}(...)"));
                                }
                                let r = self.repr_depth(b, depth + 1);
                                self.repr_unguard(g);
                                let r = r?;
                                let inner = r
                                    .strip_prefix("frozenset(")
                                    .map_or(r.as_str(), |x| &x[..x.len() - 1]);
                                return Ok(format!("{name}({inner})"));
                            }
                        }
                        return self.repr_depth(b, depth + 1);
                    }
                    if let Some(e) = inst.exc() {
                        let args = e.borrow().args;
                        let args = self.visible_exc_args(v, args);
                        let name = self.class_name(cls);
                        let items = match args {
                            Value::Obj(ag) => match ag.obj() {
                                Obj::Tuple(t) => t.to_vec(),
                                _ => vec![],
                            },
                            _ => vec![],
                        };
                        if items.len() == 1 {
                            let r = self.repr_depth(items[0], depth + 1)?;
                            return Ok(format!("{name}({r})"));
                        }
                        let r = self.repr_depth(args, depth + 1)?;
                        return Ok(format!("{name}{r}"));
                    }
                    let module = self.module_of_class(cls);
                    let q = match cls.obj() {
                        Obj::Class(c) => c.qualname.borrow().clone(),
                        _ => "?".into(),
                    };
                    format!("<{module}.{q} object at {:#x}>", g.addr())
                }
                Obj::Cell(_) => format!("<cell at {:#x}>", g.addr()),
                Obj::Code(c) => format!(
                    "<code object {} at {:#x}, file \"{}\", line {}>",
                    c.name,
                    g.addr(),
                    c.filename,
                    c.first_line
                ),
                Obj::Module(d, n) => {
                    let fk = self.intern("__file__");
                    match self.dict_get_str(*d, fk) {
                        Some(f) if !f.is_none() => {
                            let f = self.repr(f)?;
                            format!("<module '{}' from {f}>", self.key_str(*n))
                        }
                        _ => {
                            // A module made by `ModuleType(name)` has a None loader.
                            let lk = self.intern("__loader__");
                            match self.dict_get_str(*d, lk) {
                                Some(l) if l.is_none() => {
                                    format!("<module '{}'>", self.key_str(*n))
                                }
                                _ => {
                                    // Library modules frozen into the binary say so.
                                    let sk = self.intern("__spec__");
                                    let frozen = match self.dict_get_str(*d, sk) {
                                        Some(spec) if !spec.is_none() => {
                                            let ok = self.intern("origin");
                                            match self.getattr(spec, ok) {
                                                Ok(o) => {
                                                    crate::strs::as_str_value(o) == Some("frozen")
                                                }
                                                Err(_) => {
                                                    self.raised = Value::Empty;
                                                    false
                                                }
                                            }
                                        }
                                        _ => false,
                                    };
                                    let how = if frozen { "frozen" } else { "built-in" };
                                    format!("<module '{}' ({how})>", self.key_str(*n))
                                }
                            }
                        }
                    }
                }
                Obj::Generator(gen) => {
                    let q = match gen.func.obj() {
                        Obj::Function(f) => {
                            let q = self.func_qualname_value(f);
                            self.key_str(q)
                        }
                        _ => "?".into(),
                    };
                    let kind = match gen.kind {
                        GenKind::Generator => "generator",
                        GenKind::Coroutine => "coroutine",
                        GenKind::AsyncGenerator => "async_generator",
                    };
                    format!("<{kind} object {q} at {:#x}>", g.addr())
                }
                Obj::Awaitable(_) => {
                    let t = self.type_name(Value::Obj(g));
                    format!("<{t} object at {:#x}>", g.addr())
                }
                Obj::Iter(_) => {
                    let t = self.type_name(Value::Obj(g));
                    format!("<{t} object at {:#x}>", g.addr())
                }
                Obj::Range(a, b, s) => {
                    if *s == 1 {
                        format!("range({a}, {b})")
                    } else {
                        format!("range({a}, {b}, {s})")
                    }
                }
                Obj::BigRange(r) => {
                    if r.step == num_bigint::BigInt::from(1) {
                        format!("range({}, {})", r.start, r.stop)
                    } else {
                        format!("range({}, {}, {})", r.start, r.stop, r.step)
                    }
                }
                Obj::GenericAlias(o, a) => {
                    let (o, a) = (*o, *a);
                    let mut s = self.alias_item_repr(o)?;
                    let items = match a {
                        Value::Obj(ag) => match ag.obj() {
                            Obj::Tuple(t) => t.to_vec(),
                            _ => vec![a],
                        },
                        _ => vec![a],
                    };
                    let mut parts = Vec::with_capacity(items.len());
                    for it in items {
                        parts.push(self.alias_item_repr(it)?);
                    }
                    s.push('[');
                    s.push_str(&parts.join(", "));
                    s.push(']');
                    s
                }
                Obj::Slice(a, b, c) => {
                    let (a, b, c) = (*a, *b, *c);
                    format!(
                        "slice({}, {}, {})",
                        self.repr_depth(a, depth + 1)?,
                        self.repr_depth(b, depth + 1)?,
                        self.repr_depth(c, depth + 1)?
                    )
                }
                // A builtin type's read-only attribute (`int.__dict__['real']`).
                Obj::Property(Value::Obj(fg), Value::None, Value::None) if matches!(fg.obj(), Obj::Native(n) if n.owner.is_some() && !n.method) =>
                {
                    let Obj::Native(n) = fg.obj() else {
                        unreachable!()
                    };
                    let t = self.class_name(n.owner.expect("checked"));
                    format!("<attribute '{}' of '{t}' objects>", n.name)
                }
                Obj::Property(..) => format!("<property object at {:#x}>", g.addr()),
                Obj::StaticMethod(f) => format!("<staticmethod({})>", self.repr(*f)?),
                Obj::ClassMethod(Value::Obj(fg)) if matches!(fg.obj(), Obj::Native(n) if self.builtin_type_static(n.name).is_some()) =>
                {
                    // A builtin type's classmethod descriptor (`dict.__dict__['fromkeys']`).
                    let Obj::Native(n) = fg.obj() else {
                        unreachable!()
                    };
                    let (m, t) = self.builtin_type_static(n.name).expect("checked");
                    format!("<method '{m}' of '{}' objects>", self.class_name(t))
                }
                Obj::ClassMethod(f) => format!("<classmethod({})>", self.repr(*f)?),
                Obj::Super(start, Value::Empty) => {
                    format!("<super: <class '{}'>, NULL>", self.class_name(*start))
                }
                Obj::Super(start, this) => {
                    let (start, this) = (*start, *this);
                    let this_is_sub = matches!(this, Value::Obj(t)
                        if matches!(t.obj(), Obj::Class(_)) && self.is_subclass(t, start));
                    let obj_type = match this {
                        Value::Obj(t) if this_is_sub => t,
                        _ => self.type_of(this),
                    };
                    format!(
                        "<super: <class '{}'>, <{} object>>",
                        self.class_name(start),
                        self.class_name(obj_type)
                    )
                }
                Obj::DictView(d, what) => {
                    let (d, what) = (*d, *what);
                    let name = ["dict_keys", "dict_values", "dict_items"][what.min(2) as usize];
                    let it = self.get_iter(v)?;
                    let _ = d;
                    let items = self.collect_iter(it)?;
                    let r = self.seq_repr(&items, depth)?;
                    format!("{name}([{r}])")
                }
                Obj::NotImplemented => "NotImplemented".into(),
                Obj::Ellipsis => "Ellipsis".into(),
            },
        })
    }

    fn module_of_class(&mut self, cls: crate::heap::Gc) -> String {
        let k = self.intern("__module__");
        match cls.obj() {
            Obj::Class(c) => {
                let hash = crate::strs::str_hash(crate::strs::as_str(k).expect("str"));
                let m = self.class_dict(c).borrow().get_str(k, hash);
                m.map(|m| self.key_str(m))
                    .unwrap_or_else(|| "builtins".into())
            }
            _ => "builtins".into(),
        }
    }

    fn repr_guard(&mut self, g: crate::heap::Gc) -> bool {
        if self.repr_stack.iter().any(|x| x.ptr_eq(g)) {
            return true;
        }
        self.repr_stack.push(g);
        false
    }

    fn repr_unguard(&mut self, g: crate::heap::Gc) {
        if let Some(p) = self.repr_stack.iter().rposition(|x| x.ptr_eq(g)) {
            self.repr_stack.remove(p);
        }
    }

    fn seq_repr(&mut self, items: &[Value], depth: usize) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for it in items {
            parts.push(self.repr_depth(*it, depth + 1)?);
        }
        Ok(parts.join(", "))
    }

    /// `BaseException.__str__`: the text of an exception from its args (None for anything
    /// that is not an exception).
    pub fn exc_str(&mut self, v: Value) -> PyResult<Option<String>> {
        let Value::Obj(g) = v else { return Ok(None) };
        let Obj::Instance(inst) = g.obj() else {
            return Ok(None);
        };
        if let Some(e) = inst.exc() {
            let args = e.borrow().args;
            let items = match args {
                Value::Obj(ag) => match ag.obj() {
                    Obj::Tuple(t) => t.to_vec(),
                    _ => vec![],
                },
                _ => vec![],
            };
            let made = |n| {
                self.exc_class_made(n)
                    .is_some_and(|c| self.isinstance(v, c))
            };
            let key_error = made("KeyError");
            let encode = made("UnicodeEncodeError");
            let unicode_error = encode || made("UnicodeDecodeError");
            let syntax_error = made("SyntaxError");
            let os_error = made("OSError");
            if unicode_error && items.len() == 5 {
                return crate::bytesobj::unicode_error_str(self, encode, &items).map(Some);
            }
            if items.len() == 4 && made("UnicodeTranslateError") {
                return crate::bytesobj::translate_error_str(self, &items).map(Some);
            }
            if syntax_error && items.len() == 2 {
                if let Some(s) = self.syntax_error_str(&items)? {
                    return Ok(Some(s));
                }
            }
            if syntax_error && items.len() != 2 {
                // str(SyntaxError) is str(msg): args[0], or None without arguments.
                let msg = items.first().copied().unwrap_or(Value::None);
                return self.str_of(msg).map(Some);
            }
            if os_error && (2..=5).contains(&items.len()) {
                let (errno, msg) = (self.str_of(items[0])?, self.str_of(items[1])?);
                return Ok(Some(match items.get(2) {
                    Some(f) if items.len() == 5 && !items[4].is_none() => {
                        let f = self.repr(*f)?;
                        let f2 = self.repr(items[4])?;
                        format!("[Errno {errno}] {msg}: {f} -> {f2}")
                    }
                    Some(f) => {
                        let f = self.repr(*f)?;
                        format!("[Errno {errno}] {msg}: {f}")
                    }
                    None => format!("[Errno {errno}] {msg}"),
                }));
            }
            return match items.len() {
                0 => Ok(Some(String::new())),
                1 if key_error => self.repr(items[0]).map(Some),
                1 => self.str_of(items[0]).map(Some),
                _ => self.repr(args).map(Some),
            };
        }
        Ok(None)
    }

    /// `str(v)` as an object, as CPython returns it: `v` itself when it is an exact str, and
    /// the very object a user `__str__` returned (a str subclass instance stays one).
    pub fn str_object(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Obj(g) = v {
            match g.obj() {
                Obj::Str(_) => return Ok(v),
                Obj::Instance(inst) => {
                    let cls = inst.class.get();
                    if let Some(f) = self.class_lookup_special(cls, self.names.str) {
                        if !is_vm_native(f) {
                            let r = self.call_value(f, &[v], &[])?;
                            self.hook_string(r, "__str__")?;
                            return Ok(r);
                        }
                        // object.__str__ is repr(): a user __repr__'s result is kept too.
                        let object_str = self.class_lookup(self.types.object, self.names.str);
                        let inherited = matches!((Some(f), object_str),
                            (Some(Value::Obj(a)), Some(Value::Obj(b))) if a.ptr_eq(b));
                        if inherited && inst.exc().is_none() {
                            if let Some(rf) = self.class_lookup(cls, self.names.repr) {
                                if !is_vm_native(rf) {
                                    let r = self.call_value(rf, &[v], &[])?;
                                    self.hook_string(r, "__str__")?;
                                    return Ok(r);
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        let s = self.str_of(v)?;
        Ok(self.new_string(s))
    }

    /// `repr(v)` as an object: the very object a user `__repr__` returned (a str subclass
    /// instance stays one), else a new string.
    pub fn repr_object(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Obj(g) = v {
            if let Obj::Instance(inst) = g.obj() {
                if let Some(f) = self.class_lookup_special(inst.class.get(), self.names.repr) {
                    if !is_vm_native(f) {
                        let r = self.call_value(f, &[v], &[])?;
                        self.hook_string(r, "__repr__")?;
                        return Ok(r);
                    }
                }
            }
        }
        let s = self.repr(v)?;
        Ok(self.new_string(s))
    }

    /// str(v).
    /// For a native named `T.m` where `T` is a builtin class (its `__new__`, static and class
    /// methods are so named): `m` and the class.
    fn builtin_type_static<'a>(&self, name: &'a str) -> Option<(&'a str, crate::heap::Gc)> {
        let (t, m) = name.split_once('.')?;
        let cls = self.dict_get_str(self.builtins, self.intern(t))?;
        match cls {
            Value::Obj(g) if matches!(g.obj(), Obj::Class(_)) => Some((m, g)),
            _ => None,
        }
    }

    pub fn str_of(&mut self, v: Value) -> PyResult<String> {
        match v {
            Value::Obj(g) => match g.obj() {
                Obj::Str(s) => Ok(s.s.to_string()),
                Obj::Class(c) if self.meta_hook(c, self.names.str).is_some() => {
                    let f = self.meta_hook(c, self.names.str).expect("checked");
                    let r = self.call_value(f, &[v], &[])?;
                    self.hook_string(r, "__str__")
                }
                Obj::Instance(inst) => {
                    let cls = inst.class.get();
                    let sname = self.names.str;
                    if let Some(f) = self.class_lookup_special(cls, sname) {
                        if !is_vm_native(f) {
                            let r = self.call_value(f, &[v], &[])?;
                            return self.hook_string(r, "__str__");
                        }
                    }
                    if let Some(Value::Obj(b)) = inst.base_value() {
                        if let Obj::Str(s) = b.obj() {
                            return Ok(s.s.to_string());
                        }
                    }
                    if let Some(text) = self.exc_str(v)? {
                        return Ok(text);
                    }
                    if cls.ptr_eq(self.types.mappingproxy) {
                        // A mappingproxy's str is its mapping's.
                        if let Some(b) = inst.base_value() {
                            return self.str_of(b);
                        }
                    }
                    self.repr(v)
                }
                _ => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    /// An origin or argument of a generic alias as `list[int]` shows it: classes by (module
    /// and) qualified name, `...` as itself.
    fn alias_item_repr(&mut self, v: Value) -> PyResult<String> {
        if let Value::Obj(g) = v {
            match g.obj() {
                Obj::Ellipsis => return Ok("...".into()),
                Obj::Class(c) if c.is_builtin => return Ok(c.name.borrow().clone()),
                Obj::Class(c) => {
                    let m = self.module_of_class(g);
                    let q = c.qualname.borrow().clone();
                    return Ok(if m == "builtins" {
                        q
                    } else {
                        format!("{m}.{q}")
                    });
                }
                _ => {}
            }
        }
        self.repr(v)
    }

    /// format(v, spec).
    pub fn format(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if let Value::Obj(g) = v {
            if let Obj::Instance(_) = g.obj() {
                if let Some(f) = self.lookup_special(v, "__format__") {
                    if !is_vm_native(f) {
                        let s = self.new_str(spec);
                        let r = self.call_value(f, &[v, s], &[])?;
                        if !self.isinstance(r, self.types.str_) {
                            let t = self.type_name(r);
                            return Err(
                                self.type_error(format!("__format__ must return a str, not {t}"))
                            );
                        }
                        return self.str_of(r);
                    }
                }
                if spec.is_empty() {
                    return self.str_of(v);
                }
                let b = crate::object::builtin_base(v);
                if !b.is(&v) {
                    return self.format(b, spec);
                }
                let t = self.type_name(v);
                return Err(self.type_error(format!(
                    "unsupported format string passed to {t}.__format__"
                )));
            }
        }
        if spec.is_empty() {
            return self.str_of(v);
        }
        crate::format::format_spec(self, v, spec)
    }
}

pub use crate::percent::percent_format;

impl Vm {
    pub fn str_value(&mut self, s: String) -> Value {
        self.new_string(s)
    }
}

impl Vm {
    /// The metaclass's Python-defined special method `name`, for a class whose metaclass is
    /// a Python class.
    pub fn meta_hook(&self, c: &crate::object::Class, name: crate::heap::Gc) -> Option<Value> {
        let m = c.meta.get()?;
        match self.class_lookup(m, name)? {
            Value::Obj(f) if matches!(f.obj(), Obj::Native(_)) => None,
            f => Some(f),
        }
    }

    /// The result of `__repr__`/`__str__`, which must be a str.
    fn hook_string(&mut self, r: Value, what: &str) -> PyResult<String> {
        match r {
            Value::Obj(rg) if matches!(rg.obj(), Obj::Str(_)) => Ok(self.key_str(r)),
            // A str subclass instance stands for its string value.
            Value::Obj(rg)
                if matches!(rg.obj(), Obj::Instance(_))
                    && matches!(crate::object::builtin_base(r),
                        Value::Obj(b) if matches!(b.obj(), Obj::Str(_))) =>
            {
                Ok(self.key_str(crate::object::builtin_base(r)))
            }
            _ => {
                let t = self.type_name(r);
                Err(self.type_error(format!("{what} returned non-string (type {t})")))
            }
        }
    }

    /// `str()` of a SyntaxError made with `(msg, (filename, lineno, ...))`:
    /// "msg (filename, line N)".
    #[cold]
    fn syntax_error_str(&mut self, items: &[Value]) -> PyResult<Option<String>> {
        let Value::Obj(g) = items[1] else {
            return Ok(None);
        };
        let Obj::Tuple(t) = g.obj() else {
            return Ok(None);
        };
        let msg = self.str_of(items[0])?;
        let file = t.first().copied().unwrap_or(Value::None);
        let line = t.get(1).copied().unwrap_or(Value::None);
        Ok(Some(match (file, line) {
            (Value::None, Value::None) => msg,
            (Value::None, l) => format!("{msg} (line {})", self.str_of(l)?),
            (f, Value::None) => format!("{msg} ({})", self.str_of(f)?),
            (f, l) => {
                let f = self.str_of(f)?;
                let f = f.rsplit('/').next().unwrap_or(&f).to_string();
                format!("{msg} ({f}, line {})", self.str_of(l)?)
            }
        }))
    }
}
