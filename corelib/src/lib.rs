//! Kestrel's core library: the builtin functions, the methods of the builtin types, and the
//! `sys` and `math` modules, installed into a fresh VM by `install`.

pub mod args;
pub mod build_class;
pub mod builtins;
pub mod dunders;
pub mod dynamic;
pub mod frozen;
pub mod kwsigs;
pub mod modules;
pub mod randommod;
pub mod strmethods;
pub mod strmethods3;
pub mod timemod;
pub mod types;

use kestrel_vm::Vm;

/// Creates a VM with the whole core library installed.
pub fn new_vm() -> Vm {
    let mut vm = Vm::new();
    install(&mut vm);
    vm
}

pub fn install(vm: &mut Vm) {
    builtins::install(vm);
    vm.native_sigs = kwsigs::SIGNATURES;
    types::install(vm);
    types::bytes::install(vm);
    types::bytearray::install(vm);
    types::memoryview::install(vm);
    types::complex::install(vm);
    types::str::install(vm);
    modules::install(vm);
    timemod::install(vm);
    randommod::install(vm);
    vm.frozen = frozen::modules();
}
