//! Freezes the core library: compiles every `lib/*.py` with Kestrel's own compiler and writes
//! the code objects as Rust statics (`$OUT_DIR/frozen.rs`, included by `src/frozen.rs`).
//! Cargo reruns this whenever a library source or the compiler changes.

use std::path::Path;

fn main() {
    let lib = Path::new("lib");
    println!("cargo:rerun-if-changed=lib");
    let mut files: Vec<_> = std::fs::read_dir(lib)
        .expect("corelib/lib exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    let mut sources = Vec::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("module name")
            .to_string();
        let src = std::fs::read_to_string(path).expect("read library source");
        sources.push((name, src));
    }
    let mut compiled = Vec::new();
    for (name, src) in &sources {
        let filename = format!("<frozen {name}>");
        let code = kestrel_compiler::compile_source(src, &filename)
            .unwrap_or_else(|e| panic!("corelib/lib/{name}.py:{}:{}: {}", e.line, e.col, e.msg));
        compiled.push((name.as_str(), code, src.as_str()));
    }
    let rust = kestrel_compiler::freeze::to_rust(&compiled);
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("frozen.rs");
    std::fs::write(out, rust).expect("write frozen.rs");
}
