//! Code objects: the compiler's output and the VM's input.
//!
//! Every field is a `'static` slice so that the same type describes code compiled at run time
//! (leaked once: code objects live as long as the program) and code compiled at build time into
//! `static` data (the frozen core library).

use crate::opcodes::Inst;

/// A compile-time constant.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    /// Decimal digits of an int too big for i64 (with a leading `-` if negative).
    BigInt(&'static str),
    Float(f64),
    /// Imaginary literal (complex numbers are not supported yet; kept for error reporting).
    Imag(f64),
    Str(&'static str),
    Bytes(&'static [u8]),
    Tuple(&'static [Const]),
    Code(&'static CodeObject),
}

/// An instruction's column span (PEP 657): start column, end column (characters) and end line
/// minus start line. All zeros when unknown (no real node has an empty span).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ColSpan(pub u16, pub u16, pub u16);

impl ColSpan {
    pub fn of(loc: kestrel_grammar::ast::Loc) -> ColSpan {
        if loc.end_line < loc.line || loc.col > u16::MAX as u32 || loc.end_col > u16::MAX as u32 {
            return ColSpan::default();
        }
        let dline = (loc.end_line - loc.line).min(u16::MAX as u32);
        ColSpan(loc.col as u16, loc.end_col as u16, dline as u16)
    }
}

/// An instruction's full position: `(line, end_line, col, end_col)`, as `co_positions()`.
pub type Position = (u32, u32, u32, u32);

/// A core-library module compiled at build time: its static code object and, for
/// `-X frozen_modules=off`, the source it was compiled from.
#[derive(Debug)]
pub struct FrozenModule {
    pub name: &'static str,
    pub code: &'static CodeObject,
    pub source: &'static str,
    /// A package (`lib/<name>/__init__.py`): imported with `__path__`, so its submodules
    /// (frozen under dotted names) can be imported.
    pub package: bool,
}

/// One exception-table row: an exception raised at a pc in `start..end` jumps to `handler`.
/// Rows are ordered innermost first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
}

pub mod flags {
    pub const VARARGS: u32 = 1;
    pub const VARKEYWORDS: u32 = 2;
    pub const GENERATOR: u32 = 4;
    /// A class body: names resolve through a namespace dict.
    pub const CLASS_BODY: u32 = 8;
    /// Module-level code: names are the module's globals.
    pub const MODULE: u32 = 16;
    /// A comprehension's implicit function (tracebacks name it `<listcomp>` etc.).
    pub const COMPREHENSION: u32 = 32;
    /// With GENERATOR: calling makes a coroutine (`async def` without `yield`).
    pub const COROUTINE: u32 = 64;
    /// With GENERATOR: calling makes an async generator.
    pub const ASYNC_GENERATOR: u32 = 128;
    /// A generator function that `await` accepts (`types.coroutine`).
    pub const ITERABLE_COROUTINE: u32 = 256;
    /// The function has a docstring, kept as constant 0 (read by `__doc__`).
    pub const HAS_DOCSTRING: u32 = 512;
}

#[cfg(test)]
mod flag_tests {
    /// Every flag is its own bit: two features sharing one made every generator with a
    /// docstring a coroutine.
    #[test]
    fn flags_are_distinct_bits() {
        use super::flags::*;
        let all = [
            VARARGS,
            VARKEYWORDS,
            GENERATOR,
            CLASS_BODY,
            MODULE,
            COMPREHENSION,
            COROUTINE,
            ASYNC_GENERATOR,
            ITERABLE_COROUTINE,
            HAS_DOCSTRING,
        ];
        let mut seen = 0;
        for f in all {
            assert_eq!(f.count_ones(), 1);
            assert_eq!(seen & f, 0, "flag {f} used twice");
            seen |= f;
        }
    }
}

#[derive(Debug, PartialEq)]
pub struct CodeObject {
    pub name: &'static str,
    pub qualname: &'static str,
    pub filename: &'static str,
    pub first_line: u32,
    pub flags: u32,
    /// Positional parameters (including positional-only).
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// Size of the register window.
    pub nregs: u32,
    /// Registers `free_start..free_start + nfree` receive the function's closure cells on entry.
    pub free_start: u32,
    pub nfree: u32,
    pub code: &'static [Inst],
    /// Source line of each instruction.
    pub lines: &'static [u32],
    /// Column span of each instruction (may be empty: no column information).
    pub cols: &'static [ColSpan],
    pub consts: &'static [Const],
    /// Names of the registers that hold named variables (parameters first), for keyword binding
    /// and error messages; `*args` and `**kwargs` follow the keyword-only parameters.
    pub varnames: &'static [&'static str],
    pub exc_table: &'static [ExcEntry],
    /// Global-lookup cache slots (two values each) appended after the constants at run time.
    pub ncaches: u32,
    /// Attribute caches (four values each: name, class, epoch, payload) after the global
    /// caches; entry i holds the constant index of cache i's attribute name.
    pub attr_names: &'static [u32],
}

impl CodeObject {
    /// First index of the attribute caches in the run-time constant table.
    pub fn attr_cache_base(&self) -> usize {
        self.consts.len() + 2 * self.ncaches as usize
    }

    /// The constant an instruction's name operand refers to, looking through attribute caches.
    pub fn name_operand(&self, k: usize) -> Option<&Const> {
        let base = self.attr_cache_base();
        if k >= base {
            let i = (k - base) / 4;
            return self
                .attr_names
                .get(i)
                .and_then(|&c| self.consts.get(c as usize));
        }
        self.consts.get(k)
    }
}

impl CodeObject {
    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }

    /// Line number of the instruction at `pc`.
    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.first_line)
    }

    /// The source span of the instruction at `pc`, if known.
    pub fn position_at(&self, pc: usize) -> Option<Position> {
        let line = *self.lines.get(pc)?;
        let c = *self.cols.get(pc)?;
        if c == ColSpan::default() {
            return None;
        }
        Some((line, line + c.2 as u32, c.0 as u32, c.1 as u32))
    }

    /// The handler for an exception raised at `pc`, if any.
    pub fn handler_for(&self, pc: usize) -> Option<usize> {
        let pc = pc as u32;
        self.exc_table
            .iter()
            .find(|e| e.start <= pc && pc < e.end)
            .map(|e| e.handler as usize)
    }

    /// Number of parameters that occupy registers (positional, keyword-only, *args, **kwargs).
    pub fn total_params(&self) -> usize {
        self.argcount as usize
            + self.kwonlyargcount as usize
            + (self.flags & flags::VARARGS != 0) as usize
            + (self.flags & flags::VARKEYWORDS != 0) as usize
    }
}
