//! Kestrel's virtual machine: values (`value`), the garbage-collected heap (`heap`), objects
//! (`object`, `dict`), the interpreter (`interp`, `handlers`, `call`, `gen`) and the object
//! protocols (`ops`, `attr`, `items`, `iter`, `repr`, `format`, `import`).
//!
//! `unsafe` lives in `heap` (the collector and `Gc` dereference), in `handlers::k` (constant
//! table access) and in a few borrow-extension helpers (`strs::as_str`, `exc::exc_data`,
//! `dictops::table`, `handlers::cell_of`, `bytesobj::bytes_like`) that rely on the heap invariant.

// `wide.rs` compiles `handlers.rs` (and its submodules) a second time on purpose.
#![allow(clippy::duplicate_mod)]
// The `become` dispatch strategy needs nightly's guaranteed tail calls and preserve-none ABI.
#![cfg_attr(
    feature = "become",
    feature(explicit_tail_calls, rust_preserve_none_cc)
)]
#![cfg_attr(feature = "become", allow(incomplete_features))]

pub mod attr;
#[cfg(feature = "become")]
pub mod become_dispatch;
pub mod bigint_ops;
pub mod bigrange;
pub mod builtin_descr;
pub mod builtin_docs;
pub mod bytesobj;
pub mod call;
pub mod carets;
pub mod class_dict_view;
mod compile_warnings;
pub mod complex_format;
pub mod complexobj;
pub mod coro;
pub mod depth;
pub mod descr;
pub mod dict;
pub mod dictops;
pub mod dynamic;
pub mod exc;
pub mod exc_format;
pub mod excgroup;
pub mod finalize;
pub mod format;
pub mod gen;
pub mod gen_inloop;
pub mod handlers;
pub mod heap;
pub mod import;
pub mod instattrs;
pub mod interp;
pub mod intlimit;
pub mod items;
pub mod iter;
pub mod lazytypes;
pub mod limits;
pub mod memory;
pub mod memview;
pub mod mro;
pub mod native_sig;
pub mod object;
pub mod ops;
pub mod output;
pub mod percent;
pub mod profile;
pub mod prompt_final;
pub mod ptr_hash;
pub mod quicken;
pub mod regstack;
pub mod repr;
pub mod seq_repeat;
pub mod set_bases;
pub mod signals;
pub mod slicing;
pub mod stats;
pub mod strbuf;
pub mod strdata;
pub mod strindex;
pub mod strs;
pub mod subclass;
pub mod tbobj;
pub mod threaded;
pub mod tupledata;
pub mod typeobj;
pub mod unicode_printable;
pub mod value;
pub mod vm;
pub mod wide;

/// What the handlers (`handlers.rs`) decode operands with; `wide.rs` compiles them again
/// with its own.
pub(crate) mod operands {
    pub(crate) use kestrel_compiler::opcodes::{Inst, NO_OPERAND, RK_FLAG};
}

pub use heap::Gc;
pub use object::{Kwargs, Obj, PyResult, Raised};
pub use value::Value;
pub use vm::Vm;

use hashbrown::HashMap;
use std::sync::Mutex;

/// Source files read for tracebacks, by name, kept whole (lines are found when asked for).
static SOURCES: Mutex<Option<HashMap<String, String>>> = Mutex::new(None);

/// Line `line` (1-based) of a source file, for tracebacks.
pub fn source_line(filename: &str, line: u32) -> Option<String> {
    let mut g = SOURCES.lock().unwrap_or_else(|e| e.into_inner());
    let map = g.get_or_insert_with(HashMap::new);
    if !map.contains_key(filename) {
        let text = std::fs::read_to_string(filename).ok()?;
        map.insert(filename.to_string(), text);
    }
    let l = map
        .get(filename)?
        .lines()
        .nth((line as usize).checked_sub(1)?)?;
    if l.trim().is_empty() {
        None
    } else {
        Some(l.to_string())
    }
}
