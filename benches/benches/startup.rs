//! Start-up micro benchmarks: creating the interpreter, running an empty program, and
//! importing each core-library module from its frozen code and from its source.

use criterion::{criterion_group, criterion_main, Criterion};

fn run(vm: &mut kestrel_vm::Vm, src: &str) {
    let code = kestrel_compiler::compile_source(src, "<bench>").expect("compiles");
    let m = vm.new_module("__main__");
    vm.exec_module_code(code, m).expect("runs");
}

fn startup(c: &mut Criterion) {
    c.bench_function("vm_create", |b| b.iter(kestrel_corelib::new_vm));
    c.bench_function("vm_create_run_empty", |b| {
        b.iter(|| run(&mut kestrel_corelib::new_vm(), "pass"))
    });
    // The start-up goal: the modules common programs import, together.
    let common = "import os, re, json, dataclasses, enum, typing, collections, datetime, \
                  pathlib, argparse";
    for frozen in [true, false] {
        let label = format!("import_common_{}", if frozen { "frozen" } else { "thawed" });
        c.bench_function(&label, |b| {
            b.iter(|| {
                let mut vm = kestrel_corelib::new_vm();
                vm.use_frozen = frozen;
                run(&mut vm, common)
            })
        });
    }
    let mut names: Vec<&str> = kestrel_corelib::frozen::modules()
        .iter()
        .map(|m| m.name)
        .collect();
    names.extend(["math", "sys", "time"]);
    for name in names {
        let src = format!("import {name}");
        for frozen in [true, false] {
            let label = format!("import_{name}_{}", if frozen { "frozen" } else { "thawed" });
            c.bench_function(&label, |b| {
                b.iter(|| {
                    let mut vm = kestrel_corelib::new_vm();
                    vm.use_frozen = frozen;
                    run(&mut vm, &src)
                })
            });
        }
    }
}

criterion_group!(benches, startup);
criterion_main!(benches);
