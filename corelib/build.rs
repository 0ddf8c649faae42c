//! Freezes the core library: compiles every `lib/*.py` module and every package under `lib/`
//! (`lib/<pkg>/__init__.py` and its submodules and subpackages, named `pkg.sub`) with
//! Kestrel's own compiler and writes the code objects as Rust statics (`$OUT_DIR/frozen.rs`,
//! included by `src/frozen.rs`). Cargo reruns this whenever a library source or the compiler
//! changes.

use std::path::Path;

/// One library source: its dotted module name, text, and whether it is a package.
struct Source {
    name: String,
    text: String,
    package: bool,
}

/// Collects the modules in `dir` (whose package prefix is `prefix`, "" at the top),
/// descending into subdirectories that hold an `__init__.py`.
fn collect(dir: &Path, prefix: &str, out: &mut Vec<Source>) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("library directory readable")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        let name = format!("{prefix}{stem}");
        if path.is_dir() {
            let init = path.join("__init__.py");
            if init.is_file() {
                println!("cargo:rerun-if-changed={}", init.display());
                let text = std::fs::read_to_string(&init).expect("read library source");
                out.push(Source {
                    name: name.clone(),
                    text,
                    package: true,
                });
                collect(&path, &format!("{name}."), out);
            }
        } else if path.extension().is_some_and(|e| e == "py") && stem != "__init__" {
            println!("cargo:rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path).expect("read library source");
            out.push(Source {
                name,
                text,
                package: false,
            });
        }
    }
}

/// Moves the modules that start-up benchmarks and common programs import
/// (`startup.modules`, written by `benches/startup_order.py`) to the front, in import order,
/// so their code lands together in the binary and an import maps in fewer pages of it.
fn start_up_modules_first(sources: &mut [Source]) {
    let list = Path::new("startup.modules");
    println!("cargo:rerun-if-changed={}", list.display());
    let text = std::fs::read_to_string(list).unwrap_or_default();
    let hot: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    sources.sort_by_key(|s| hot.iter().position(|h| *h == s.name).unwrap_or(hot.len()));
}

fn main() {
    let mut sources = Vec::new();
    collect(Path::new("lib"), "", &mut sources);
    start_up_modules_first(&mut sources);
    let mut compiled = Vec::new();
    for s in &sources {
        let filename = format!("<frozen {}>", s.name);
        let code = kestrel_compiler::compile_source(&s.text, &filename).unwrap_or_else(|e| {
            let file = if s.package {
                format!("{}/__init__", s.name.replace('.', "/"))
            } else {
                s.name.replace('.', "/")
            };
            panic!("corelib/lib/{file}.py:{}:{}: {}", e.line, e.col, e.msg)
        });
        compiled.push((s.name.as_str(), code, s.text.as_str(), s.package));
    }
    let rust = kestrel_compiler::freeze::to_rust(&compiled);
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("frozen.rs");
    std::fs::write(out, rust).expect("write frozen.rs");
}
