//! `--dispatch` and `--stats`: choosing a dispatch loop and reading execution statistics.

use std::process::Command;

const KESTREL: &str = env!("CARGO_BIN_EXE_kestrel");

fn kestrel(args: &[&str]) -> (String, String, i32) {
    let out = Command::new(KESTREL)
        .args(args)
        .env_remove("KESTREL_DISPATCH")
        .env_remove("KESTREL_STATS")
        .output()
        .expect("run kestrel");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

const PROGRAM: &str = "
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15), [x * x for x in range(5)])
";

#[test]
fn dispatch_list_names_every_strategy() {
    let (out, _, code) = kestrel(&["--dispatch", "list"]);
    assert_eq!(code, 0);
    let names: Vec<&str> = out.lines().collect();
    assert!(
        names.contains(&"switch") && names.contains(&"threaded"),
        "{names:?}"
    );
}

#[test]
fn every_strategy_gives_the_same_output() {
    let (list, _, _) = kestrel(&["--dispatch", "list"]);
    for name in list.lines() {
        let (out, err, code) = kestrel(&["--dispatch", name, "-c", PROGRAM]);
        assert_eq!(
            (out.as_str(), err.as_str(), code),
            ("610 [0, 1, 4, 9, 16]\n", "", 0),
            "{name}"
        );
        let (out, _, _) = kestrel(&[&format!("--dispatch={name}"), "-c", PROGRAM]);
        assert_eq!(out, "610 [0, 1, 4, 9, 16]\n", "{name}");
    }
}

#[test]
fn unknown_strategy_is_a_usage_error() {
    let (out, err, code) = kestrel(&["--dispatch", "computed-goto", "-c", "print(1)"]);
    assert_eq!((out.as_str(), code), ("", 2));
    assert!(
        err.contains("unknown dispatch strategy 'computed-goto'"),
        "{err}"
    );
}

#[test]
fn stats_count_executed_instructions() {
    let (out, err, code) = kestrel(&["--stats", "-c", PROGRAM]);
    assert_eq!((out.as_str(), code), ("610 [0, 1, 4, 9, 16]\n", 0));
    assert!(err.starts_with("kestrel stats: "), "{err}");
    // fib(15) makes 1973 calls, each returning once.
    let returns = err
        .lines()
        .find(|l| l.starts_with("RETURN "))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse::<u64>().ok());
    assert!(returns.is_some_and(|n| n >= 1973), "{err}");
    let (_, json, _) = kestrel(&["--stats=json", "-c", PROGRAM]);
    assert!(json.starts_with("{\"instructions\": "), "{json}");
    assert!(json.contains("\"RETURN\": "), "{json}");
}

#[test]
fn dis_quickened_shows_the_forms_sites_settled_on() {
    let (out, err, code) = kestrel(&["--dis-quickened", "-c", PROGRAM]);
    assert_eq!((out.as_str(), code), ("610 [0, 1, 4, 9, 16]\n", 0));
    let fib = err
        .split("\n\n")
        .find(|c| c.contains("code fib "))
        .unwrap_or_else(|| panic!("{err}"));
    // The recursive calls settled on the direct Python call, the comparison on its int form;
    // annotations still name the global they load.
    assert!(fib.contains("CALL_PY "), "{fib}");
    assert!(fib.contains("_INT"), "{fib}");
    assert!(fib.contains("; \"fib\""), "{fib}");
    // Without the option the program's output is all there is.
    let (_, err, _) = kestrel(&["-c", PROGRAM]);
    assert_eq!(err, "");
}

const OBJECTS: &str = "
class P:
    def __init__(self, x):
        self.x = x
    def bump(self, xs):
        self.x = self.x + len(xs) + isinstance(self, P)
ps = [P(i) for i in range(20)]
for p in ps:
    p.bump('ab')
print(sum(p.x for p in ps))
";

#[test]
fn dis_quickened_shows_attribute_stores_instantiation_and_builtins() {
    let (out, err, code) = kestrel(&["--dis-quickened", "-c", OBJECTS]);
    assert_eq!((out.as_str(), code), ("250\n", 0));
    let code_of = |name: &str| {
        err.split("\n\n")
            .find(|c| c.contains(&format!("code {name} ")) || c.contains(&format!(".{name} (")))
            .unwrap_or_else(|| panic!("{err}"))
            .to_string()
    };
    let init = code_of("__init__");
    assert!(init.contains("SET_ATTR_INSTANCE "), "{init}");
    assert!(init.contains("; \"x\""), "{init}");
    let bump = code_of("bump");
    assert!(bump.contains("CALL_LEN "), "{bump}");
    assert!(bump.contains("CALL_ISINSTANCE "), "{bump}");
    assert!(code_of("<listcomp>").contains("CALL_INIT "), "{err}");
    // Each specialized form counts its executions.
    let (_, stats, _) = kestrel(&["--stats", "-c", OBJECTS]);
    for form in [
        "SET_ATTR_INSTANCE",
        "CALL_INIT",
        "CALL_LEN",
        "CALL_ISINSTANCE",
    ] {
        assert!(
            stats.lines().any(|l| l.starts_with(form)),
            "{form}: {stats}"
        );
    }
}
