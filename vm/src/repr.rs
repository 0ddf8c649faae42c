//! repr(), str(), format() and %-formatting, matching CPython's output (float repr included).

use crate::object::*;
use crate::value::Value;
use crate::Vm;

/// CPython's float repr: shortest round-trip digits, scientific below 1e-4 and from 1e16.
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

    fn repr_depth(&mut self, v: Value, depth: usize) -> PyResult<String> {
        if depth > 200 {
            return Err(self.raise_msg(
                "RecursionError",
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        Ok(match v {
            Value::Empty => "<NULL>".into(),
            Value::None => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => float_repr(f),
            Value::Obj(g) => match g.obj() {
                Obj::Str(s) => str_repr(&s.s),
                Obj::BigInt(b) => b.to_string(),
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
                    let r = self.seq_repr(&items, depth)?;
                    if *frozen {
                        format!("frozenset({{{r}}})")
                    } else {
                        format!("{{{r}}}")
                    }
                }
                Obj::Function(f) => {
                    let q = self.key_str(*f.qualname.borrow());
                    format!("<function {q} at {:#x}>", g.addr())
                }
                Obj::Native(n) => {
                    if n.bound.is_empty() {
                        format!("<built-in function {}>", n.name)
                    } else {
                        format!("<built-in method {}>", n.name)
                    }
                }
                Obj::BoundMethod(this, f) => {
                    let fname = match f {
                        Value::Obj(fg) => match fg.obj() {
                            Obj::Function(func) => self.key_str(*func.qualname.borrow()),
                            Obj::Native(n) => n.name.to_string(),
                            _ => "?".into(),
                        },
                        _ => "?".into(),
                    };
                    let r = self.repr_depth(*this, depth + 1)?;
                    format!("<bound method {fname} of {r}>")
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
                        format!("<class '{}.{}'>", m, c.qualname.borrow())
                    }
                }
                Obj::Instance(inst) => {
                    let cls = inst.class.get();
                    let rname = self.names.repr;
                    if let Some(f) = self.class_lookup(cls, rname) {
                        if !matches!(f, Value::Obj(fg) if matches!(fg.obj(), Obj::Native(_))) {
                            let r = self.call_value(f, &[v], &[])?;
                            return match r {
                                Value::Obj(rg) if matches!(rg.obj(), Obj::Str(_)) => {
                                    Ok(self.key_str(r))
                                }
                                _ => {
                                    let t = self.type_name(r);
                                    Err(self.type_error(format!(
                                        "__repr__ returned non-string (type {t})"
                                    )))
                                }
                            };
                        }
                    }
                    if let Some(b) = inst.base() {
                        return self.repr_depth(Value::Obj(b), depth + 1);
                    }
                    if let Some(e) = inst.exc() {
                        let args = e.borrow().args;
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
                Obj::Module(_, n) => format!("<module '{}'>", self.key_str(*n)),
                Obj::Generator(gen) => {
                    let q = match gen.func.obj() {
                        Obj::Function(f) => self.key_str(*f.qualname.borrow()),
                        _ => "?".into(),
                    };
                    format!("<generator object {q} at {:#x}>", g.addr())
                }
                Obj::Iter(_) => format!("<iterator object at {:#x}>", g.addr()),
                Obj::Range(a, b, s) => {
                    if *s == 1 {
                        format!("range({a}, {b})")
                    } else {
                        format!("range({a}, {b}, {s})")
                    }
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
                Obj::Property(..) => format!("<property object at {:#x}>", g.addr()),
                Obj::StaticMethod(_) => format!("<staticmethod object at {:#x}>", g.addr()),
                Obj::ClassMethod(_) => format!("<classmethod object at {:#x}>", g.addr()),
                Obj::Super(..) => "<super object>".into(),
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

    /// str(v).
    pub fn str_of(&mut self, v: Value) -> PyResult<String> {
        match v {
            Value::Obj(g) => match g.obj() {
                Obj::Str(s) => Ok(s.s.to_string()),
                Obj::Instance(inst) => {
                    let cls = inst.class.get();
                    let sname = self.names.str;
                    if let Some(f) = self.class_lookup(cls, sname) {
                        if !matches!(f, Value::Obj(fg) if matches!(fg.obj(), Obj::Native(_))) {
                            let r = self.call_value(f, &[v], &[])?;
                            return match r {
                                Value::Obj(rg) if matches!(rg.obj(), Obj::Str(_)) => {
                                    Ok(self.key_str(r))
                                }
                                _ => {
                                    let t = self.type_name(r);
                                    Err(self.type_error(format!(
                                        "__str__ returned non-string (type {t})"
                                    )))
                                }
                            };
                        }
                    }
                    if let Some(e) = inst.exc() {
                        let rname = self.names.repr;
                        let has_repr = matches!(self.class_lookup(cls, rname), Some(Value::Obj(fg)) if matches!(fg.obj(), Obj::Function(_)));
                        if has_repr {
                            return self.repr(v);
                        }
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
                        if items.len() == 5 {
                            let encode = made("UnicodeEncodeError");
                            if encode || made("UnicodeDecodeError") {
                                return crate::bytesobj::unicode_error_str(self, encode, &items);
                            }
                        }
                        let os_error = made("OSError");
                        if os_error && (2..=5).contains(&items.len()) {
                            let (errno, msg) = (self.str_of(items[0])?, self.str_of(items[1])?);
                            return Ok(match items.get(2) {
                                Some(f) => {
                                    let f = self.repr(*f)?;
                                    format!("[Errno {errno}] {msg}: {f}")
                                }
                                None => format!("[Errno {errno}] {msg}"),
                            });
                        }
                        return match items.len() {
                            0 => Ok(String::new()),
                            1 if key_error => self.repr(items[0]),
                            1 => self.str_of(items[0]),
                            _ => self.repr(args),
                        };
                    }
                    self.repr(v)
                }
                _ => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    /// format(v, spec).
    pub fn format(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if let Value::Obj(g) = v {
            if let Obj::Instance(_) = g.obj() {
                if let Some(f) = self.lookup_special(v, "__format__") {
                    if !matches!(f, Value::Obj(fg) if matches!(fg.obj(), Obj::Native(_))) {
                        let s = self.new_str(spec);
                        let r = self.call_value(f, &[v, s], &[])?;
                        return self.str_of(r);
                    }
                }
                if spec.is_empty() {
                    return self.str_of(v);
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
