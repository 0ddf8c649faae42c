//! Freezing: writes compiled code objects as Rust `static` items, so the core library's
//! modules are part of the binary (no parsing, compiling or unmarshalling at run time).
//! Used by `corelib/build.rs`.

use crate::code::{CodeObject, Const};
use std::fmt::Write;

/// Rust source declaring `pub static FROZEN: &[FrozenModule]` for `modules` (name, code,
/// source, whether it is a package), plus the op-table hash and compiler version the data was built with.
pub fn to_rust(modules: &[(&str, &CodeObject, &str, bool)]) -> String {
    let mut w = Writer {
        out: String::new(),
        next: 0,
    };
    let mut entries = Vec::new();
    for (name, code, source, package) in modules {
        let id = w.code(code);
        entries.push(format!(
            "    FrozenModule {{ name: {name:?}, code: &CODE_{id}, source: {source:?}, package: {package} }},\n"
        ));
    }
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
        let _ = writeln!(
            self.out,
            "static CODE_{id}: CodeObject = CodeObject {{ name: {:?}, qualname: {:?}, \
             filename: {:?}, first_line: {}, flags: {}, argcount: {}, posonlyargcount: {}, \
             kwonlyargcount: {}, nregs: {}, free_start: {}, nfree: {}, code: &[{}], \
             lines: &[{}], cols: &[{}], consts: &[{}], varnames: &[{}], exc_table: &[{}], ncaches: {}, \
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
            lines.join(", "),
            cols.join(", "),
            consts.join(", "),
            names.join(", "),
            excs.join(", "),
            code.ncaches,
            attrs.join(", "),
        );
        id
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
        assert!(rust.contains("name: \"p\", code: &CODE_3, source: \"src\", package: true"));
    }
}
