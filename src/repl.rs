//! The interactive REPL on a terminal: line editing and history (`rustyline`), tab
//! completion of names and attributes, Ctrl-C and Ctrl-D as in CPython. When standard input
//! is not a terminal, `main.rs`'s plain loop reads it instead; rustyline is only set up here.

use kestrel_vm::{Gc, Value, Vm};
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::{Context, Editor, Helper};
use std::cell::RefCell;

/// Python's keywords, completed at the start of a name.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// The editor's helper: completes against the VM, which it holds while a line is read.
struct Repl<'a> {
    vm: RefCell<&'a mut Vm>,
    globals: Gc,
}

impl Helper for Repl<'_> {}
impl rustyline::hint::Hinter for Repl<'_> {
    type Hint = String;
}
impl rustyline::highlight::Highlighter for Repl<'_> {}
impl rustyline::validate::Validator for Repl<'_> {}

impl Completer for Repl<'_> {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let mut vm = self.vm.borrow_mut();
        let (start, found) = complete(&mut vm, self.globals, &line[..pos]);
        let pairs = found
            .into_iter()
            .map(|s| Pair {
                display: s.clone(),
                replacement: s,
            })
            .collect();
        Ok((start, pairs))
    }
}

/// Completions for the end of `text`: where the completed word starts, and the candidates
/// (names of `globals`, builtins and keywords, or `obj.attr` from `dir(obj)` when the word
/// is a dotted name). Callables get a `(`, as CPython's completer gives them.
pub fn complete(vm: &mut Vm, globals: Gc, text: &str) -> (usize, Vec<String>) {
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
        .last()
        .map_or(text.len(), |(i, _)| i);
    let word = &text[start..];
    let mut out: Vec<String> = match word.rsplit_once('.') {
        Some((obj, prefix)) => attributes(vm, globals, obj, prefix)
            .into_iter()
            .map(|(name, call)| format!("{obj}.{name}{}", if call { "(" } else { "" }))
            .collect(),
        None => names(vm, globals, word),
    };
    out.sort();
    out.dedup();
    vm.raised = Value::Empty;
    (start, out)
}

/// Keywords, globals and builtins starting with `prefix`.
fn names(vm: &mut Vm, globals: Gc, prefix: &str) -> Vec<String> {
    let mut out: Vec<String> = KEYWORDS
        .iter()
        .filter(|k| k.starts_with(prefix))
        .map(|k| k.to_string())
        .collect();
    let builtins = Value::Obj(vm.builtins_module());
    let mut candidates: Vec<(String, Value)> = Vec::new();
    for ns in [Value::Obj(globals), builtins] {
        let keys = match ns {
            Value::Obj(g) if g.ptr_eq(globals) => vm.collect_iter(ns).unwrap_or_default(),
            _ => dir_of(vm, ns),
        };
        for k in keys {
            let Ok(name) = vm.str_of(k) else { continue };
            if !name.starts_with(prefix) || (prefix.is_empty() && name.starts_with('_')) {
                continue;
            }
            let v = match ns {
                Value::Obj(g) if g.ptr_eq(globals) => vm.dict_get_str(g, vm.intern(&name)),
                _ => vm.getattr_str(ns, &name).ok(),
            };
            candidates.push((name, v.unwrap_or(Value::None)));
        }
    }
    for (name, v) in candidates {
        let call = is_callable(vm, v);
        out.push(if call { format!("{name}(") } else { name });
    }
    vm.raised = Value::Empty;
    out
}

/// The attributes of the dotted name `obj` that start with `prefix` (with whether each is
/// callable). Only names are evaluated, never calls, so completing has no surprising effects
/// beyond what attribute access does.
fn attributes(vm: &mut Vm, globals: Gc, obj: &str, prefix: &str) -> Vec<(String, bool)> {
    let mut parts = obj.split('.');
    let Some(first) = parts.next() else {
        return Vec::new();
    };
    if first.is_empty() || first.starts_with(|c: char| c.is_ascii_digit()) {
        return Vec::new();
    }
    let key = vm.intern(first);
    let mut v = match vm.dict_get_str(globals, key) {
        Some(v) => v,
        None => match builtin(vm, first) {
            Ok(v) => v,
            Err(_) => return Vec::new(),
        },
    };
    for p in parts {
        match vm.getattr_str(v, p) {
            Ok(a) => v = a,
            Err(_) => return Vec::new(),
        }
    }
    let mut out = Vec::new();
    for k in dir_of(vm, v) {
        let Ok(name) = vm.str_of(k) else { continue };
        // As CPython: underscore names only once an underscore is typed.
        if !name.starts_with(prefix) || (name.starts_with('_') && !prefix.starts_with('_')) {
            continue;
        }
        let call = vm.getattr_str(v, &name).is_ok_and(|a| is_callable(vm, a));
        out.push((name, call));
    }
    out
}

/// The builtin `name`.
fn builtin(vm: &mut Vm, name: &str) -> kestrel_vm::PyResult<Value> {
    let b = Value::Obj(vm.builtins_module());
    vm.getattr_str(b, name)
}

/// `dir(v)` as a list of names (empty when it fails).
fn dir_of(vm: &mut Vm, v: Value) -> Vec<Value> {
    let r = builtin(vm, "dir")
        .and_then(|d| vm.call_value(d, &[v], &[]))
        .and_then(|l| vm.collect_iter(l));
    r.unwrap_or_else(|_| {
        vm.raised = Value::Empty;
        Vec::new()
    })
}

fn is_callable(vm: &mut Vm, v: Value) -> bool {
    let r = builtin(vm, "callable").and_then(|c| vm.call_value(c, &[v], &[]));
    matches!(r, Ok(Value::Bool(true)))
}

/// Where the history is kept between sessions.
fn history_file() -> Option<std::path::PathBuf> {
    std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".kestrel_history"))
}

/// The REPL on a terminal; returns the exit status.
pub fn interactive(vm: &mut Vm, m: Gc, quiet: bool) -> i32 {
    if !quiet {
        eprintln!(
            "Kestrel {} (Python 3.11 compatible)",
            env!("CARGO_PKG_VERSION")
        );
        eprintln!("Type Ctrl-D to exit; Tab completes names and attributes.");
    }
    let globals = Vm::module_dict(m);
    let config = rustyline::Config::builder()
        .auto_add_history(false)
        .completion_type(rustyline::CompletionType::List)
        .build();
    let mut rl: Editor<Repl, rustyline::history::DefaultHistory> = match Editor::with_config(config)
    {
        Ok(e) => e,
        Err(e) => {
            eprintln!("kestrel: cannot start line editing: {e}");
            return crate::plain_repl(vm, m);
        }
    };
    rl.set_helper(Some(Repl {
        vm: RefCell::new(vm),
        globals,
    }));
    let history = history_file();
    if let Some(h) = &history {
        let _ = rl.load_history(h);
    }
    let mut buf = String::new();
    let status = loop {
        let vm: &mut Vm = rl.helper_mut().expect("the helper").vm.get_mut();
        vm.out.flush();
        let prompt = if buf.is_empty() { ">>> " } else { "... " };
        let line = match rl.readline(prompt) {
            Ok(l) => l,
            Err(ReadlineError::Interrupted) => {
                eprintln!("KeyboardInterrupt");
                buf.clear();
                continue;
            }
            Err(ReadlineError::Eof) => break 0,
            Err(e) => {
                eprintln!("kestrel: {e}");
                break 1;
            }
        };
        if !line.trim().is_empty() {
            let _ = rl.add_history_entry(line.as_str());
        }
        buf.push_str(&line);
        buf.push('\n');
        if !crate::block_complete(&buf, &line) {
            continue;
        }
        let src = std::mem::take(&mut buf);
        let vm: &mut Vm = rl.helper_mut().expect("the helper").vm.get_mut();
        if let Some(status) = crate::repl_run(vm, m, &src) {
            break status;
        }
    };
    if let Some(h) = &history {
        let _ = rl.save_history(h);
    }
    status
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vm_with(src: &str) -> (Vm, Gc) {
        let mut vm = kestrel_corelib::new_vm();
        let m = crate::main_module(&mut vm, None);
        let code = kestrel_compiler::compile_source(src, "<test>").expect("compiles");
        assert!(vm.exec_module_code(code, m).is_ok(), "runs");
        (vm, Vm::module_dict(m))
    }

    #[test]
    fn completes_globals_builtins_and_keywords() {
        let (mut vm, g) = vm_with("value = 1\nvariance = 2\ndef walk(): pass\n");
        let (start, found) = complete(&mut vm, g, "x = va");
        assert_eq!(start, 4);
        assert_eq!(found, vec!["value", "variance", "vars("]);
        let (_, found) = complete(&mut vm, g, "wh");
        assert_eq!(found, vec!["while"]);
        let (_, found) = complete(&mut vm, g, "wa");
        assert_eq!(found, vec!["walk("]);
        let (_, found) = complete(&mut vm, g, "pri");
        assert_eq!(found, vec!["print("]);
    }

    #[test]
    fn completes_attributes() {
        let (mut vm, g) = vm_with(
            "class Point:\n    def __init__(self):\n        self.x = 1\n        self.xy = 2\n    def xmove(self): pass\np = Point()\n",
        );
        let (start, found) = complete(&mut vm, g, "print(p.x");
        assert_eq!(start, 6);
        assert_eq!(found, vec!["p.x", "p.xmove(", "p.xy"]);
        let (_, found) = complete(&mut vm, g, "p.__in");
        assert_eq!(found, vec!["p.__init__(", "p.__init_subclass__("]);
        let (_, found) = complete(&mut vm, g, "'abc'.upp");
        assert!(found.is_empty());
        let (_, found) = complete(&mut vm, g, "nothere.x");
        assert!(found.is_empty());
    }
}
