//! `parse_module` must return (Ok or Err) on any input without panicking or overflowing the
//! stack: random bytes, random token soups, every prefix and many mutations of a real program,
//! and pathological nesting.

use kestrel_grammar::{dump, parse_module};

const SAMPLE: &str = include_str!("sample.py");

/// xorshift64*: deterministic, dependency-free randomness.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn parse(src: &str) -> bool {
    let arena = bumpalo::Bump::new();
    parse_module(src, &arena).is_ok()
}

#[test]
fn sample_parses() {
    let arena = bumpalo::Bump::new();
    let m = parse_module(SAMPLE, &arena).unwrap_or_else(|e| panic!("{e}"));
    assert!(dump::dump(&m).lines().count() > 15);
}

#[test]
fn every_prefix_of_sample() {
    let chars: Vec<(usize, char)> = SAMPLE.char_indices().collect();
    for &(i, _) in &chars {
        parse(&SAMPLE[..i]);
    }
}

#[test]
fn mutations_of_sample() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let pieces = [
        "(", ")", "[", "]", "{", "}", ":", "\n", "    ", "\t", "'", "\"", "\"\"\"", "\\", "f'{",
        "}", "=", "*", "**", ",", "lambda", "if", "else", "#", "€", "\0", "0x", "1e", "async",
        "yield",
    ];
    let bytes = SAMPLE.as_bytes();
    for _ in 0..1500 {
        let mut s = String::from(SAMPLE);
        for _ in 0..1 + rng.below(3) {
            let mut at = rng.below(s.len() + 1);
            while !s.is_char_boundary(at) {
                at -= 1;
            }
            match rng.below(3) {
                0 => s.insert_str(at, pieces[rng.below(pieces.len())]),
                1 => {
                    let mut end = (at + 1 + rng.below(8)).min(s.len());
                    while !s.is_char_boundary(end) {
                        end += 1;
                    }
                    s.replace_range(at..end, "");
                }
                _ => {
                    let from = rng.below(bytes.len());
                    let chunk = String::from_utf8_lossy(&bytes[from..(from + 20).min(bytes.len())])
                        .into_owned();
                    s.insert_str(at, &chunk);
                }
            }
        }
        parse(&s);
    }
}

#[test]
fn random_bytes() {
    let mut rng = Rng(42);
    let pool = b" \n\t()[]{}:'\"\\#=+-*/.,0123456789abcfrjxe_@!<>%&|^~;";
    for _ in 0..3000 {
        let len = rng.below(120);
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                // Bias towards ASCII punctuation and layout, where the interesting states are.
                let r = rng.next() as u8;
                if r < 200 {
                    pool[r as usize % pool.len()]
                } else {
                    r
                }
            })
            .collect();
        parse(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn token_soups() {
    let toks = [
        "x",
        "y",
        "f",
        "1",
        "0x1f",
        "1.5",
        "2j",
        "'s'",
        "b'b'",
        "f'{x}'",
        "f'{x=!r:>{w}}'",
        "\"\"\"t\"\"\"",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ",",
        ":",
        ";",
        ".",
        "...",
        "=",
        "==",
        ":=",
        "->",
        "+",
        "-",
        "*",
        "**",
        "/",
        "//",
        "%",
        "@",
        "<<",
        ">>",
        "&",
        "|",
        "^",
        "~",
        "<",
        ">",
        "<=",
        ">=",
        "!=",
        "+=",
        "**=",
        "//=",
        "\n",
        "\n    ",
        "\n\t",
        "\n  ",
        "if",
        "elif",
        "else",
        "for",
        "in",
        "while",
        "def",
        "class",
        "return",
        "yield",
        "from",
        "import",
        "as",
        "try",
        "except",
        "finally",
        "with",
        "lambda",
        "not",
        "and",
        "or",
        "is",
        "None",
        "True",
        "global",
        "del",
        "pass",
        "break",
        "raise",
        "assert",
        "async",
        "await",
        "print",
        "\\\n",
        "#c",
    ];
    let mut rng = Rng(7);
    for _ in 0..4000 {
        let n = rng.below(40);
        let mut s = String::new();
        for _ in 0..n {
            s.push_str(toks[rng.below(toks.len())]);
            if rng.below(3) > 0 {
                s.push(' ');
            }
        }
        parse(&s);
    }
}

#[test]
fn pathological_nesting() {
    let err = |src: &str| {
        let arena = bumpalo::Bump::new();
        parse_module(src, &arena).err().map(|e| e.msg)
    };
    // Brackets: CPython's limit of 200 levels.
    let deep = format!("x = {}1{}", "(".repeat(1000), ")".repeat(1000));
    assert_eq!(err(&deep).as_deref(), Some("too many nested parentheses"));
    assert_eq!(
        err(&"[".repeat(100_000)).as_deref(),
        Some("too many nested parentheses")
    );
    let ok = format!("x = {}1{}", "(".repeat(150), ")".repeat(150));
    assert_eq!(err(&ok), None);
    // Indentation: CPython's limit of 100 levels.
    let mut blocks = String::new();
    for i in 0..150 {
        blocks.push_str(&" ".repeat(i));
        blocks.push_str("if x:\n");
    }
    assert_eq!(
        err(&blocks).as_deref(),
        Some("too many levels of indentation")
    );
    // Long chains build deep trees without recursion in the parser.
    for src in [
        format!("x = {}1", "-".repeat(50_000)),
        format!("x = {}1", "not ".repeat(20_000)),
        format!("x = 1{}", " + 1".repeat(20_000)),
        format!("x = 2{}", " ** 2".repeat(20_000)),
        format!("x = a{}", ".b".repeat(20_000)),
        format!("x = f{}", "()".repeat(20_000)),
        format!("x = {}1", "lambda: ".repeat(5_000)),
        format!("x = {}", "f'{".repeat(30)),
        format!("x = {}", "'''".repeat(1001)),
        "\\\n".repeat(1000),
        "\n".repeat(100_000),
    ] {
        parse(&src);
    }
}
