//! Parser and compiler: any decodable bytes compile or give a SyntaxError (or the
//! RecursionError/MemoryError kinds for deep nesting), never a panic or a stack overflow.
#![no_main]

use kestrel_compiler::decode::{decode_source, Origin};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = decode_source(data, Origin::Other) else {
        return;
    };
    let text = text.into_owned();
    // The compiler recurses as deep as the (bounded) nesting: give it the stack the
    // interpreter has (a big native stack), not libFuzzer's thread's.
    let worker = std::thread::Builder::new().stack_size(256 << 20).spawn(move || {
        for mode in [kestrel_compiler::Mode::Exec, kestrel_compiler::Mode::Eval] {
            let _ = kestrel_compiler::compile_with(&text, "<fuzz>", mode);
        }
    });
    if let Ok(w) = worker {
        let _ = w.join().map_err(|_| std::process::abort());
    }
});
