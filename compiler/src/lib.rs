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
mod syntax_warnings;

pub use code::{CodeObject, Const};
pub use kestrel_grammar::{decode, set_identifier_normalizer, ErrorKind, SyntaxError};

/// `-O`: assert statements compile to nothing.
pub static OPTIMIZE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The compiler's version, part of the frozen core library's staleness key.
pub const COMPILER_VERSION: &str = env!("CARGO_PKG_VERSION");

/// A compile-time error (reported as SyntaxError).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub msg: String,
    pub line: u32,
    pub col: u32,
}

/// A compile-time `SyntaxWarning`: its message and place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileWarning {
    pub msg: String,
    pub line: u32,
    pub col: u32,
}

thread_local! {
    /// The warnings of this thread's last successful compilation (`take_warnings`).
    static WARNINGS: std::cell::RefCell<Vec<CompileWarning>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Takes the SyntaxWarnings of the last successful `compile_with`/`compile_source` on this
/// thread (callers issue them through the `warnings` module).
pub fn take_warnings() -> Vec<CompileWarning> {
    WARNINGS.with(|w| std::mem::take(&mut *w.borrow_mut()))
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
    compile_with(src, filename, Mode::Module)
}

/// What a piece of source is compiled as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module run as a module (`import`, a script): top-level names are globals.
    Module,
    /// `compile(..., 'exec')`: top-level names go through the frame's locals mapping, so the
    /// code runs with any `globals`/`locals` pair, as a class body does.
    Exec,
    /// `compile(..., 'eval')`: one expression whose value the code returns.
    Eval,
    /// `compile(..., 'single')` and the REPL: like `Exec`, and expression statements print
    /// their non-None values.
    Single,
}

/// Parses and compiles source in the given mode.
pub fn compile_with(
    src: &str,
    filename: &str,
    mode: Mode,
) -> Result<&'static CodeObject, SyntaxError> {
    WARNINGS.with(|w| w.borrow_mut().clear());
    let arena = bumpalo::Bump::new();
    let module = kestrel_grammar::parse_module(src, &arena)?;
    if mode == Mode::Eval {
        eval_shape(&module)?;
    }
    if mode == Mode::Single {
        // One statement, or several simple ones on its first line (`a = 1; b = 2`).
        if let [first, .., last] = module.body {
            if last.loc.line != first.loc.line {
                return Err(SyntaxError {
                    kind: ErrorKind::Syntax,
                    msg: "multiple statements found while compiling a single statement".into(),
                    line: first.loc.line,
                    col: first.loc.col,
                });
            }
        }
    }
    let filename = leak_str(filename);
    let mut table = symtable::SymbolTable::build(&module)?;
    table.module_names = mode != Mode::Module;
    let code = compile::Compiler::new(&table, filename)
        .with_mode(mode)
        .module(&module)
        .map_err(|e| SyntaxError {
            kind: ErrorKind::Syntax,
            msg: e.msg,
            line: e.line,
            col: e.col,
        })?;
    let found = std::mem::take(&mut table.warnings);
    WARNINGS.with(|w| {
        w.borrow_mut()
            .extend(found.into_iter().map(|(msg, loc)| CompileWarning {
                msg,
                line: loc.line,
                col: loc.col,
            }))
    });
    Ok(code)
}

/// `eval` source must be exactly one expression.
fn eval_shape(m: &kestrel_grammar::ast::Module) -> Result<(), SyntaxError> {
    use kestrel_grammar::ast::StmtKind;
    let bad = match m.body {
        [s] if matches!(s.kind, StmtKind::Expr(_)) => None,
        [] => Some(kestrel_grammar::ast::Loc::at(1, 0)),
        [s] => Some(s.loc),
        [_, s, ..] => Some(s.loc),
    };
    match bad {
        None => Ok(()),
        Some(loc) => Err(SyntaxError {
            kind: ErrorKind::Syntax,
            msg: "invalid syntax".into(),
            line: loc.line,
            col: loc.col,
        }),
    }
}
