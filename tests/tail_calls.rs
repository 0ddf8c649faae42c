//! The `threaded` dispatch strategy must run in constant native stack: each handler's call of
//! the next one has to compile to a jump. If a change makes LLVM keep any of those calls
//! (a temporary whose address escapes a handler, a destructor alive at the call), a long
//! loop needs a native frame per instruction and overflows the small stack below.

use kestrel_vm::interp::Dispatch;

/// 10^7 iterations of a loop body of about ten instructions (arithmetic, comparisons,
/// jumps, locals, globals, attributes, subscripts, builtin and Python calls, returns): about
/// 10^8 instructions.
const PROGRAM: &str = "
class Box:
    def __init__(self):
        self.n = 0

def bump(b, k):
    b.n = b.n + k
    return b.n

def main():
    b = Box()
    xs = [1, 2, 3]
    i = 0
    t = 0
    while i < 10_000_000:
        t += xs[i % 3] * 2 - len(xs)
        if i & 1023 == 0:
            t = t ^ bump(b, 1)
        i += 1
    return t, b.n

result = main()
";

fn run(dispatch: Dispatch) -> String {
    let code = kestrel_compiler::compile_source(PROGRAM, "<tail_calls>").expect("compiles");
    let mut vm = kestrel_corelib::new_vm();
    vm.dispatch = dispatch;
    let m = vm.new_module("__main__");
    vm.exec_module_code(code, m).expect("runs");
    let result = vm
        .getattr_str(kestrel_vm::Value::Obj(m), "result")
        .expect("result");
    vm.repr(result).expect("repr")
}

#[test]
fn threaded_dispatch_runs_in_constant_stack() {
    // 256 KiB: a few thousand native frames at most, far fewer than 10^8 instructions.
    let out = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| run(Dispatch::Threaded))
        .expect("spawn")
        .join()
        .expect("the threaded loop overflowed or failed");
    assert_eq!(out, "(12507303, 9766)");
}

/// The `become` strategy's calls are jumps by construction; this checks it runs the same
/// program to the same result in the same small stack.
#[cfg(feature = "become")]
#[test]
fn become_dispatch_runs_in_constant_stack() {
    let out = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| run(Dispatch::Become))
        .expect("spawn")
        .join()
        .expect("the become loop overflowed or failed");
    assert_eq!(out, "(12507303, 9766)");
}
