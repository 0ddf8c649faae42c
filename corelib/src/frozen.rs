//! The frozen core library: static code objects generated at build time by `build.rs`.

// The generated statics name these types; which ones depends on the library sources.
#[allow(unused_imports)]
use kestrel_compiler::code::{CodeObject, ColSpan, Const, ExcEntry, FrozenModule};
use kestrel_compiler::opcodes::Inst;

include!(concat!(env!("OUT_DIR"), "/frozen.rs"));

/// The frozen modules, if they were built with this binary's op table and compiler (stale
/// bytecode must never run); otherwise none, and imports fall back to other sources.
pub fn modules() -> &'static [FrozenModule] {
    // Decided at compile time: hashing the op table at run time touched its pages at start-up.
    const CURRENT: bool = FROZEN_OP_TABLE_HASH == kestrel_compiler::opcodes::op_table_hash();
    if CURRENT && FROZEN_COMPILER_VERSION == kestrel_compiler::COMPILER_VERSION {
        FROZEN
    } else {
        &[]
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn frozen_data_matches_this_build() {
        assert!(!super::modules().is_empty());
        for m in super::modules() {
            assert_eq!(m.code.name, "<module>");
            assert!(!m.source.is_empty());
        }
    }
}
