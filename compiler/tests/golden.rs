//! Golden disassembly tests: each `golden/NAME.py` compiles to exactly `golden/NAME.dis`.
//! After an intended compiler change, regenerate with `KESTREL_BLESS=1 cargo test -p
//! kestrel-compiler --test golden` and review the diff.

use std::path::Path;

#[test]
fn disassembly_matches_golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let bless = std::env::var_os("KESTREL_BLESS").is_some();
    let mut checked = 0;
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("golden dir")
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        let src = std::fs::read_to_string(&path).expect("read source");
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        let code = kestrel_compiler::compile_source(&src, name).expect("compiles");
        let got = kestrel_compiler::disasm::disassemble(code);
        let golden = path.with_extension("dis");
        if bless {
            std::fs::write(&golden, &got).expect("write golden");
        } else {
            let want = std::fs::read_to_string(&golden).unwrap_or_default();
            if want != got {
                failures.push(format!("{name}:\n--- expected\n{want}\n--- got\n{got}"));
            }
        }
        checked += 1;
    }
    assert!(
        checked >= 5,
        "expected golden programs in {}",
        dir.display()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
