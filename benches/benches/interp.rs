//! Micro benchmarks: interpreter creation, and small programs through the whole pipeline.

use criterion::{criterion_group, criterion_main, Criterion};

fn run(src: &str) {
    let code = kestrel_compiler::compile_source(src, "<bench>").expect("compiles");
    let mut vm = kestrel_corelib::new_vm();
    let m = vm.new_module("__main__");
    vm.exec_module_code(code, m).expect("runs");
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
}

criterion_group!(interp, benches);
criterion_main!(interp);
