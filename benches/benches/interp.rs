//! Micro benchmarks: interpreter creation, small programs through the whole pipeline, and the
//! dispatch-bound programs of `benches/micro/` under every dispatch strategy.

use criterion::{criterion_group, criterion_main, Criterion};
use kestrel_vm::interp::Dispatch;

fn run_with(src: &str, dispatch: Dispatch) {
    let code = kestrel_compiler::compile_source(src, "<bench>").expect("compiles");
    let mut vm = kestrel_corelib::new_vm();
    vm.dispatch = dispatch;
    let m = vm.new_module("__main__");
    vm.exec_module_code(code, m).expect("runs");
}

fn run(src: &str) {
    run_with(src, Dispatch::default_choice());
}

/// A program of `benches/micro/` with its loop bound scaled down, printing nothing.
fn micro(name: &str, from: &str, to: &str) -> String {
    let path = format!("{}/micro/{name}.py", env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(&path).expect("micro program");
    src.replace(from, to).replace("print(", "(")
}

fn benches(c: &mut Criterion) {
    c.bench_function("vm_create", |b| b.iter(kestrel_corelib::new_vm));
    c.bench_function("empty_program", |b| b.iter(|| run("pass")));
    c.bench_function("fib_20", |b| {
        b.iter(|| run("def fib(n):\n    return n if n < 2 else fib(n-1) + fib(n-2)\nfib(20)\n"))
    });
    c.bench_function("while_loop_100k", |b| {
        b.iter(|| run("i = 0\nt = 0\nwhile i < 100000:\n    t += i * 2 % 7\n    i += 1\n"))
    });
    let programs = [
        ("fib", micro("fib", "fib(30)", "fib(20)")),
        ("int_loop", micro("int_loop", "10_000_000", "200_000")),
        ("float_loop", micro("float_loop", "3_000_000", "100_000")),
        ("methods", micro("methods", "2_000_000", "50_000")),
    ];
    let mut g = c.benchmark_group("dispatch");
    for (name, src) in &programs {
        for &(strategy, d) in Dispatch::ALL {
            g.bench_function(format!("{name}/{strategy}"), |b| {
                b.iter(|| run_with(src, d))
            });
        }
    }
    g.finish();
}

criterion_group!(interp, benches);
criterion_main!(interp);
