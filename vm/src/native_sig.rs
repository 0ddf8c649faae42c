//! Keyword arguments for native functions, bound by a declarative signature.
//!
//! The core library gives a table of CPython-style text signatures (`"str.split"` →
//! `"(sep=None, maxsplit=-1)"`, receiver left out). A native called with keywords is looked
//! up there (once per native, then cached): keywords naming positional-or-keyword
//! parameters become positional arguments (holes before them take the declared default),
//! keyword-only ones are passed on to the native by name, and everything else is refused
//! with CPython's messages. Calls without keywords never come here: their cost is unchanged.
//! A native missing from the table gets its keywords as before.

use crate::object::{NativeFn, Obj};
use crate::{Kwargs, PyResult, Value, Vm};
use std::cell::RefCell;
use std::collections::HashMap;

/// A declared default: what a hole before a keyword-given parameter is filled with.
#[derive(Clone, Copy)]
enum Default {
    None,
    Int(i64),
    Bool(bool),
    Str(&'static str),
    Bytes(&'static str),
    /// `<unrepresentable>`: the native gets `Value::Empty`, which it must read as absent.
    Absent,
}

struct Param {
    name: &'static str,
    default: Option<Default>,
}

/// One parsed signature.
pub struct Sig {
    /// Positional parameters in order (positional-only first).
    params: Vec<Param>,
    posonly: usize,
    /// Leading `$self` / `$type`: arguments the native gets before the parameters.
    receiver: usize,
    kwonly: Vec<&'static str>,
    varargs: bool,
    varkw: bool,
    /// The name clinic messages use (`split`), and the one "takes no keyword arguments" uses
    /// (`str.split` for methods).
    short: String,
    qual: String,
    /// The native checks its positional count itself (`sorted`, named `sort:` in the table).
    native_arity: bool,
}

impl Sig {
    /// Parses `(a, b=1, /, c=None, *, d=False, **kw)`; `None` for malformed text.
    fn parse(text: &'static str, short: String, qual: String) -> Option<Sig> {
        let inner = text.trim().strip_prefix('(')?.strip_suffix(')')?;
        let mut sig = Sig {
            params: Vec::new(),
            posonly: 0,
            receiver: 0,
            kwonly: Vec::new(),
            varargs: false,
            varkw: false,
            short,
            qual,
            native_arity: false,
        };
        let mut after_star = false;
        for part in split_top(inner) {
            let part = part.trim();
            if part.is_empty() {
                continue;
            }
            if part.starts_with('$') {
                sig.receiver += 1;
            } else if part == "/" {
                sig.posonly = sig.params.len();
            } else if part == "*" {
                after_star = true;
            } else if part.starts_with("**") {
                sig.varkw = true;
            } else if part.starts_with('*') {
                sig.varargs = true;
                after_star = true;
            } else {
                let (name, default) = match part.split_once('=') {
                    Some((n, d)) => (n.trim(), Some(parse_default(d.trim())?)),
                    None => (part, None),
                };
                if after_star {
                    sig.kwonly.push(name);
                } else {
                    sig.params.push(Param { name, default });
                }
            }
        }
        Some(sig)
    }

    /// Nothing may be passed by keyword.
    fn takes_no_keywords(&self) -> bool {
        self.posonly == self.params.len() && self.kwonly.is_empty() && !self.varkw
    }
}

/// Splits on commas outside quotes and brackets.
fn split_top(s: &'static str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let (mut depth, mut quote, mut start) = (0i32, None, 0);
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '(' | '[' | '{') => depth += 1,
            (None, ')' | ']' | '}') => depth -= 1,
            (None, ',') if depth == 0 => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out
}

/// A default the natives can be given in place of an absent argument. Anything else
/// (`sys.maxsize`, `()`) is None: the natives with such parameters take None as "not given".
fn parse_default(d: &'static str) -> Option<Default> {
    Some(match d {
        "<unrepresentable>" => Default::Absent,
        "None" => Default::None,
        "True" => Default::Bool(true),
        "False" => Default::Bool(false),
        _ if d.starts_with("b'") => Default::Bytes(d.get(2..d.len() - 1)?),
        _ if d.starts_with('\'') => Default::Str(d.get(1..d.len() - 1)?),
        _ => d.parse().map_or(Default::None, Default::Int),
    })
}

type Key = (usize, usize, usize);

/// Bound arguments: the positional ones in parameter order, and the keywords left over.
type Bound = (Vec<Value>, Vec<(Value, Value)>);

thread_local! {
    /// Per native (function pointer, name, owner): its signature, or none.
    static CACHE: RefCell<HashMap<Key, Option<&'static Sig>>> = RefCell::new(HashMap::new());
}

impl Vm {
    /// Calls a native with keyword arguments (`args` holds the receiver first for methods).
    #[cold]
    #[inline(never)]
    pub(crate) fn call_native_kw(
        &mut self,
        nf: &NativeFn,
        args: &[Value],
        kw: Kwargs,
    ) -> PyResult<Value> {
        let Some(sig) = self.native_sig(nf) else {
            return (nf.f)(self, args, kw);
        };
        // Methods and classmethods get their receiver (or class) first.
        let recv = sig.receiver.min(args.len());
        let (head, pos) = args.split_at(recv);
        if sig.takes_no_keywords() {
            // A `type` method bound to a class is named by that class (`int.mro()`).
            let qual = match head.first() {
                Some(&Value::Obj(c)) if matches!(c.obj(), Obj::Class(_)) && sig.receiver > 0 => {
                    format!("{}.{}", self.class_name(c), sig.short)
                }
                _ => sig.qual.clone(),
            };
            return Err(self.type_error(format!("{qual}() takes no keyword arguments")));
        }
        if sig.native_arity && pos.len() != sig.params.len() {
            return (nf.f)(self, args, &[]);
        }
        let (bound, rest) = self.bind_native_kw(sig, pos, kw)?;
        let mut all = Vec::with_capacity(recv + bound.len());
        all.extend_from_slice(head);
        all.extend_from_slice(&bound);
        (nf.f)(self, &all, &rest)
    }

    /// The signature of a native from the core library's table, parsed on first use.
    fn native_sig(&mut self, nf: &NativeFn) -> Option<&'static Sig> {
        let key = (
            nf.f as usize,
            nf.name.as_ptr() as usize,
            nf.owner.map_or(0, |g| g.addr()),
        );
        if let Some(hit) = CACHE.with(|c| c.borrow().get(&key).copied()) {
            return hit;
        }
        let sig = self.find_native_sig(nf);
        CACHE.with(|c| c.borrow_mut().insert(key, sig));
        sig
    }

    fn find_native_sig(&mut self, nf: &NativeFn) -> Option<&'static Sig> {
        let short = nf.name.rsplit('.').next().unwrap_or(nf.name).to_string();
        let qual = match nf.owner {
            Some(c) if !nf.name.contains('.') => format!("{}.{}", self.class_name(c), nf.name),
            // A builtin function (not a module's function of the same name).
            None if !nf.name.contains('.') => {
                let builtin = self
                    .builtin_fns
                    .iter()
                    .any(|&(n, f)| n == nf.name && f as usize == nf.f as usize);
                if !builtin {
                    return None;
                }
                nf.name.to_string()
            }
            _ => nf.name.to_string(),
        };
        let Some(text) = self
            .native_sigs
            .iter()
            .find(|(k, _)| *k == qual)
            .map(|(_, t)| *t)
        else {
            return self.dunder_sig(nf, short);
        };
        // `sort:(...)`: messages name another function (sorted's keywords go to sort).
        let full = text;
        let (short, text) = match text.split_once(":(") {
            Some((n, _)) => (n.to_string(), &text[n.len() + 1..]),
            None => (short, text),
        };
        let mut sig = Sig::parse(text, short, qual)?;
        sig.native_arity = text.len() < full.len();
        Some(Box::leak(Box::new(sig)))
    }

    /// A builtin class's special method takes no keywords (all but the constructors and
    /// `__call__`), in CPython's wording for slot wrappers or method descriptors.
    fn dunder_sig(&mut self, nf: &NativeFn, short: String) -> Option<&'static Sig> {
        let owner = nf.owner?;
        let builtin = matches!(owner.obj(), Obj::Class(c) if c.is_builtin);
        let dunder = short.len() > 4 && short.starts_with("__") && short.ends_with("__");
        let takes_keywords = matches!(
            short.as_str(),
            "__init__" | "__new__" | "__call__" | "__init_subclass__" | "__class_getitem__"
        );
        if !nf.method || !builtin || !dunder || takes_keywords {
            return None;
        }
        let cls = self.class_name(owner);
        let qual = if crate::vm::is_slot_wrapper(&short, &cls) {
            format!("wrapper {short}")
        } else {
            format!("{cls}.{short}")
        };
        let sig = Sig::parse("($self, *args)", short, qual)?;
        Some(Box::leak(Box::new(sig)))
    }

    /// Binds positional arguments and keywords to `sig`: the positional arguments in
    /// parameter order, and the keyword-only (or `**`) keywords left for the native.
    fn bind_native_kw(&mut self, sig: &Sig, pos: &[Value], kw: Kwargs) -> PyResult<Bound> {
        let name = &sig.short;
        let n = sig.params.len();
        if !sig.varargs && pos.len() > n {
            let what = if sig.kwonly.is_empty() {
                "argument"
            } else {
                "positional argument"
            };
            let s = if n == 1 { "" } else { "s" };
            return Err(self.type_error(format!(
                "{name}() takes at most {n} {what}{s} ({} given)",
                pos.len()
            )));
        }
        let required_posonly = sig.params[..sig.posonly]
            .iter()
            .filter(|p| p.default.is_none())
            .count();
        if pos.len() < required_posonly {
            let s = if required_posonly == 1 { "" } else { "s" };
            return Err(self.type_error(format!(
                "{name}() takes at least {required_posonly} positional argument{s} ({} given)",
                pos.len()
            )));
        }
        // Clinic counts keywords too: `expandtabs(4, tabsize=4)` is one argument too many.
        let most = n + sig.kwonly.len();
        if !sig.varargs && !sig.varkw && pos.len() + kw.len() > most {
            let s = if most == 1 { "" } else { "s" };
            return Err(self.type_error(format!(
                "{name}() takes at most {most} argument{s} ({} given)",
                pos.len() + kw.len()
            )));
        }
        let mut out: Vec<Value> = pos.to_vec();
        let mut rest = Vec::new();
        for &(k, v) in kw {
            let key = self.key_str(k);
            let at = sig.params[sig.posonly..]
                .iter()
                .position(|p| p.name == key)
                .map(|i| i + sig.posonly);
            match at {
                Some(i) if i < pos.len() => {
                    return Err(self.type_error(format!(
                        "argument for {name}() given by name ('{key}') and position ({})",
                        i + 1
                    )));
                }
                Some(i) => {
                    if out.len() <= i {
                        out.resize(i + 1, Value::Empty);
                    }
                    out[i] = v;
                }
                None if sig.varkw || sig.kwonly.iter().any(|p| *p == key) => rest.push((k, v)),
                None => {
                    return Err(self.type_error(format!(
                        "'{key}' is an invalid keyword argument for {name}()"
                    )));
                }
            }
        }
        let required = sig
            .params
            .iter()
            .take_while(|p| p.default.is_none())
            .count();
        if out.len() < required {
            out.resize(required, Value::Empty);
        }
        for (i, slot) in out.iter_mut().enumerate() {
            if !slot.is_empty() {
                continue;
            }
            let p = &sig.params[i];
            *slot = match p.default {
                Some(d) => self.default_value(d),
                None => {
                    return Err(self.type_error(format!(
                        "{name}() missing required argument '{}' (pos {})",
                        p.name,
                        i + 1
                    )));
                }
            };
        }
        Ok((out, rest))
    }

    fn default_value(&mut self, d: Default) -> Value {
        match d {
            Default::None => Value::None,
            Default::Int(i) => Value::Int(i),
            Default::Bool(b) => Value::Bool(b),
            Default::Str(s) => self.new_str(s),
            Default::Bytes(s) => Value::Obj(self.alloc(Obj::Bytes(s.as_bytes().into()))),
            Default::Absent => Value::Empty,
        }
    }
}

/// A table row: `("str.split", "(sep=None, maxsplit=-1)")`.
pub type SigTable = &'static [(&'static str, &'static str)];
