//! Freezing: writes compiled code objects as Rust `static` items, so the core library's
//! modules are part of the binary (no parsing, compiling or unmarshalling at run time).
//! Used by `corelib/build.rs`.
//!
//! Layout matters for start-up: the kernel maps a binary's pages 64 KiB at a time around each
//! touched byte, so data an import reads must not sit between data it never reads. What
//! running code needs (instructions, constants, the code objects) stays inline; line and
//! column tables (read only for tracebacks) and the sources (for `-X frozen_modules=off`)
//! are named statics written after all code objects, so they land together, away from it.

use crate::code::{CodeObject, Const};
use std::fmt::Write;

/// Rust source declaring `pub static FROZEN: &[FrozenModule]` for `modules` (name, code,
/// source, whether it is a package), plus the op-table hash and compiler version the data was built with.
pub fn to_rust(modules: &[(&str, &CodeObject, &str, bool)]) -> String {
    let mut w = Writer {
        out: String::new(),
        cold: String::new(),
        next: 0,
    };
    let mut entries = Vec::new();
    for (i, (name, code, source, package)) in modules.iter().enumerate() {
        let id = w.code(code);
        let _ = writeln!(w.cold, "static SRC_{i}: &str = {source:?};");
        entries.push(format!(
            "    FrozenModule {{ name: {name:?}, code: &CODE_{id}, source: SRC_{i}, package: {package} }},\n"
        ));
    }
    w.out.push_str(&w.cold);
    let _ = writeln!(
        w.out,
        "/// Op-table hash the frozen bytecode was compiled against.\n\
         pub const FROZEN_OP_TABLE_HASH: u64 = {:#x};\n\
         /// Compiler version the frozen bytecode was compiled with.\n\
         pub const FROZEN_COMPILER_VERSION: &str = {:?};\n\
         pub static FROZEN: &[FrozenModule] = &[\n{}];",
        crate::opcodes::op_table_hash(),
        crate::COMPILER_VERSION,
        entries.concat()
    );
    w.out
}

struct Writer {
    out: String,
    /// Statics read only for tracebacks or thawing, written after all code objects.
    cold: String,
    next: usize,
}

impl Writer {
    /// Emits `static CODE_<id>` for `code` (nested code objects first); returns the id.
    fn code(&mut self, code: &CodeObject) -> usize {
        let consts: Vec<String> = code.consts.iter().map(|c| self.constant(c)).collect();
        let id = self.next;
        self.next += 1;
        let insts: Vec<String> = code
            .code
            .iter()
            .map(|i| format!("Inst({:#x})", i.0))
            .collect();
        let lines: Vec<String> = code.lines.iter().map(|l| l.to_string()).collect();
        let cols: Vec<String> = code
            .cols
            .iter()
            .map(|c| format!("ColSpan({}, {}, {})", c.0, c.1, c.2))
            .collect();
        let names: Vec<String> = code.varnames.iter().map(|n| format!("{n:?}")).collect();
        let attrs: Vec<String> = code.attr_names.iter().map(|n| n.to_string()).collect();
        let excs: Vec<String> = code
            .exc_table
            .iter()
            .map(|e| {
                format!(
                    "ExcEntry {{ start: {}, end: {}, handler: {} }}",
                    e.start, e.end, e.handler
                )
            })
            .collect();
        let lines = self.cold_table("LINES", id, "u32", &lines);
        let cols = self.cold_table("COLS", id, "ColSpan", &cols);
        let _ = writeln!(
            self.out,
            "static CODE_{id}: CodeObject = CodeObject {{ name: {:?}, qualname: {:?}, \
             filename: {:?}, first_line: {}, flags: {}, argcount: {}, posonlyargcount: {}, \
             kwonlyargcount: {}, nregs: {}, free_start: {}, nfree: {}, code: &[{}], \
             lines: {}, cols: {}, consts: &[{}], varnames: &[{}], exc_table: &[{}], ncaches: {}, \
             attr_names: &[{}] }};",
            code.name,
            code.qualname,
            code.filename,
            code.first_line,
            code.flags,
            code.argcount,
            code.posonlyargcount,
            code.kwonlyargcount,
            code.nregs,
            code.free_start,
            code.nfree,
            insts.join(", "),
            lines,
            cols,
            consts.join(", "),
            names.join(", "),
            excs.join(", "),
            code.ncaches,
            attrs.join(", "),
        );
        id
    }

    /// Writes `static <kind>_<id>: [ty; n]` among the cold statics; returns a reference to it
    /// (or to an empty slice).
    fn cold_table(&mut self, kind: &str, id: usize, ty: &str, items: &[String]) -> String {
        if items.is_empty() {
            return "&[]".into();
        }
        let _ = writeln!(
            self.cold,
            "static {kind}_{id}: [{ty}; {}] = [{}];",
            items.len(),
            items.join(", ")
        );
        format!("&{kind}_{id}")
    }

    fn constant(&mut self, c: &Const) -> String {
        match c {
            Const::None => "Const::None".into(),
            Const::True => "Const::True".into(),
            Const::False => "Const::False".into(),
            Const::Ellipsis => "Const::Ellipsis".into(),
            Const::Int(i) => format!("Const::Int({i})"),
            Const::BigInt(s) => format!("Const::BigInt({s:?})"),
            Const::Float(f) => format!("Const::Float(f64::from_bits({:#x}))", f.to_bits()),
            Const::Imag(f) => format!("Const::Imag(f64::from_bits({:#x}))", f.to_bits()),
            Const::Str(s) => format!("Const::Str({s:?})"),
            Const::Bytes(b) => format!("Const::Bytes(&{b:?})"),
            Const::Tuple(items) => {
                let parts: Vec<String> = items.iter().map(|c| self.constant(c)).collect();
                format!("Const::Tuple(&[{}])", parts.join(", "))
            }
            Const::Code(inner) => {
                let id = self.code(inner);
                format!("Const::Code(&CODE_{id})")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn writes_statics_for_nested_code() {
        let code = crate::compile_source("def f(x):\n    return x + 1.5\n", "m.py").unwrap();
        let rust = super::to_rust(&[("m", code, "src", false), ("p", code, "src", true)]);
        assert!(rust.contains("static CODE_0: CodeObject"));
        assert!(rust.contains("static CODE_1: CodeObject"));
        assert!(rust.contains("Const::Code(&CODE_0)"));
        assert!(rust.contains("f64::from_bits(0x3ff8000000000000)"));
        assert!(rust.contains("FrozenModule { name: \"m\", code: &CODE_1"));
        assert!(rust.contains("package: false"));
        assert!(rust.contains("name: \"p\", code: &CODE_3, source: SRC_1, package: true"));
        assert!(rust.contains("static SRC_1: &str = \"src\";"));
        assert!(rust.contains("lines: &LINES_0, cols: &COLS_0"));
        assert!(rust.contains("static LINES_0: [u32; "));
    }
}
