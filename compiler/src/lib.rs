//! Kestrel's compiler: scope analysis (`symtable`), register allocation and bytecode emission
//! (`emit`, `compile`), the instruction set (`opcodes`), code objects (`code`) and the
//! disassembler (`disasm`).

pub mod code;
pub mod compile;
pub mod disasm;
pub mod emit;
pub mod freeze;
mod future;
pub mod opcodes;
pub mod symtable;

pub use code::{CodeObject, Const};
pub use kestrel_grammar::{ErrorKind, SyntaxError};

/// The compiler's version, part of the frozen core library's staleness key.
pub const COMPILER_VERSION: &str = env!("CARGO_PKG_VERSION");

/// A compile-time error (reported as SyntaxError).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub msg: String,
    pub line: u32,
    pub col: u32,
}

/// Code objects live as long as the program: their text is leaked once.
pub fn leak_str(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

pub fn leak_slice<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

/// Parses and compiles a module. The AST lives in a bump arena dropped before returning.
pub fn compile_source(src: &str, filename: &str) -> Result<&'static CodeObject, SyntaxError> {
    let arena = bumpalo::Bump::new();
    let module = kestrel_grammar::parse_module(src, &arena)?;
    let filename = leak_str(filename);
    let to_syntax = |(msg, loc): (String, kestrel_grammar::ast::Loc)| SyntaxError {
        kind: ErrorKind::Syntax,
        msg,
        line: loc.line,
        col: loc.col,
    };
    let table = symtable::SymbolTable::build(&module).map_err(to_syntax)?;
    compile::Compiler::new(&table, filename)
        .module(&module)
        .map_err(|e| SyntaxError {
            kind: ErrorKind::Syntax,
            msg: e.msg,
            line: e.line,
            col: e.col,
        })
}
