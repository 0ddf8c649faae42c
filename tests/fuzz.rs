//! Fuzz-style robustness test: truncated and mutated versions of the script-test programs,
//! plus random byte soups, run through the whole pipeline (lexer, parser, compiler, VM).
//! Whatever the input, the interpreter must end with exit status 0 or 1 (a clean Python
//! error), never a Rust panic, a crash or a signal. Inputs that legitimately loop forever are
//! stopped after a short timeout and only counted.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// xorshift64*: deterministic, so a failure reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            // Programs that signal themselves may legitimately end by a signal (SIGINT,
            // SIGALRM), which this test counts as a crash.
            if !p.ends_with("signals") {
                programs(&p, out);
            }
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    "=",
    "==",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "lambda",
    "yield",
    "return",
    "def f(",
    "class C:",
    "try:",
    "except",
    "finally:",
    "with",
    "as",
    "not",
    "in",
    "is",
    "\n",
    "\n    ",
    "'",
    "\"",
    "f'{",
    "}'",
    "0x",
    "1e",
    "1_0",
    "@",
    "*args",
    "**kw",
    "global x",
    "nonlocal y",
    "del",
    "raise",
    "assert",
    "import",
    "from",
    "...",
];

fn mutate(src: &str, rng: &mut Rng) -> String {
    let mut s: Vec<char> = src.chars().collect();
    match rng.below(4) {
        0 => s.truncate(rng.below(s.len() + 1)),
        1 => {
            for _ in 0..1 + rng.below(4) {
                let at = rng.below(s.len() + 1);
                let tok = TOKENS[rng.below(TOKENS.len())];
                s.splice(at..at, tok.chars());
            }
        }
        2 => {
            for _ in 0..1 + rng.below(8) {
                if !s.is_empty() {
                    let at = rng.below(s.len());
                    s.remove(at);
                }
            }
        }
        _ => {
            let a = rng.below(s.len() + 1);
            let b = rng.below(s.len() + 1);
            let (a, b) = (a.min(b), a.max(b));
            let chunk: Vec<char> = s[a..b].to_vec();
            let at = rng.below(s.len() + 1);
            s.splice(at..at, chunk);
        }
    }
    s.into_iter().collect()
}

/// Runs one input; Err describes a crash.
fn run(bin: &str, src: &str, dir: &Path) -> Result<bool, String> {
    let file = dir.join("fuzz_case.py");
    std::fs::write(&file, src).map_err(|e| e.to_string())?;
    let mut child = Command::new(bin)
        .arg(&file)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            let mut err = String::new();
            if let Some(mut e) = child.stderr.take() {
                let _ = e.read_to_string(&mut err);
            }
            // Any exit status is the program's own (`sys.exit(3)` is fine); a crash is a
            // signal, a Rust panic, or the command's internal-error status 70.
            return match status.code() {
                Some(code) if code != 70 && !err.contains("panicked") => Ok(false),
                code => Err(format!("status {code:?}, stderr tail: {}", tail(&err))),
            };
        }
        if start.elapsed() > Duration::from_secs(3) {
            let _ = child.kill();
            let _ = child.wait();
            return Ok(true);
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

fn tail(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(4)..].join(" | ")
}

#[test]
fn mutated_programs_never_crash() {
    let bin = env!("CARGO_BIN_EXE_kestrel");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut files = Vec::new();
    programs(&root, &mut files);
    assert!(!files.is_empty());
    let work = std::env::temp_dir().join(format!("kestrel-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&work).expect("temp dir");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let cases: usize = std::env::var("KESTREL_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    let (mut timeouts, mut failures) = (0, Vec::new());
    for i in 0..cases {
        let src = if i % 10 == 9 {
            // Random printable soup.
            (0..rng.below(200))
                .map(|_| (32 + rng.below(95)) as u8 as char)
                .collect()
        } else {
            let path = &files[rng.below(files.len())];
            let text = std::fs::read_to_string(path).unwrap_or_default();
            mutate(&text, &mut rng)
        };
        match run(bin, &src, &work) {
            Ok(true) => timeouts += 1,
            Ok(false) => {}
            Err(e) => {
                let keep = work.join(format!("crash_{i}.py"));
                let _ = std::fs::write(&keep, &src);
                failures.push(format!("case {i} ({}): {e}", keep.display()));
            }
        }
    }
    println!(
        "fuzz: {cases} cases, {timeouts} stopped after the timeout, {} crashes",
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
