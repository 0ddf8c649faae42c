//! Whole programs: compile and run in a fresh VM with a small recursion limit and an
//! instruction budget (`-X max_instructions`), so loops end with RuntimeError. Programs that
//! could touch the host (imports, files, `exit`, dunder access to `__import__`) are skipped.
#![no_main]

use kestrel_compiler::decode::{decode_source, Origin};
use libfuzzer_sys::fuzz_target;

const SKIP: [&str; 7] = ["import", "open", "__", "exit", "input", "sleep", "breakpoint"];

fuzz_target!(|data: &[u8]| {
    let Ok(text) = decode_source(data, Origin::Other) else {
        return;
    };
    if data.len() > 4096 || SKIP.iter().any(|w| text.contains(w)) {
        return;
    }
    let text = text.into_owned();
    let worker = std::thread::Builder::new().stack_size(256 << 20).spawn(move || {
        let Ok(code) = kestrel_compiler::compile_source(&text, "<fuzz>") else {
            return;
        };
        kestrel_vm::limits::set_max_instructions(200_000);
        let mut vm = kestrel_corelib::new_vm();
        vm.recursion_limit = 100;
        let m = vm.new_module("__main__");
        // A Python exception is a fine outcome; a panic or a crash is the finding.
        let _ = vm.exec_module_code(code, m);
    });
    if let Ok(w) = worker {
        let _ = w.join().map_err(|_| std::process::abort());
    }
});
