//! Lexer and parser: any bytes, decoded per PEP 263, parse or give a SyntaxError.
#![no_main]

use kestrel_grammar::decode::{decode_source, Origin};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = decode_source(data, Origin::Other) {
        let arena = bumpalo::Bump::new();
        let _ = kestrel_grammar::parse_module(&text, &arena);
    }
});
