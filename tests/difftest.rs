//! Differential test: 50 random programs from `tests/difftest/gen.py` run under Kestrel and
//! CPython (`python3`, on every machine that runs the tests); stdout, the uncaught exception's
//! type and the exit code must agree. More seeds by hand:
//! `python3 tests/difftest/run.py target/debug/kestrel 1000`.

use std::process::Command;

#[test]
fn generated_programs_match_cpython() {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new("python3")
        .arg(format!("{root}/tests/difftest/run.py"))
        .arg(env!("CARGO_BIN_EXE_kestrel"))
        .arg("50")
        .output()
        .expect("python3 runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "mismatches:\n{text}");
}
