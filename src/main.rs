//! The `kestrel` command: run a script, `-c CODE`, `-m MODULE`, `--dis FILE`, or a REPL.
//!
//! `no_main`: the C runtime calls our `main` directly. Rust's usual entry (`lang_start`)
//! reads /proc/self/maps to find the main thread's stack guard, polls fds 0-2 and installs
//! stack-overflow handlers; start-up is a benchmark here, and none of that is needed.
#![cfg_attr(not(test), no_main)]
// Under `cargo test` the harness supplies `main`, leaving the command's code unused.
#![cfg_attr(test, allow(dead_code, unused_imports))]

mod alloc;
mod big_stack;
mod quiet_env;

use kestrel_vm::{Obj, Value, Vm};
use std::path::{Path, PathBuf};

#[global_allocator]
static GLOBAL: alloc::Allocator = alloc::Allocator;

const USAGE: &str = "usage: kestrel [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
  -c cmd       program passed in as string
  -m mod       run library module as a script
  --dis FILE   print the bytecode of every code object in FILE
  -X opt       implementation option: frozen_modules=off runs the core library from source
  -h, --help   print this help message and exit
  -V, --version  print the version and exit
  file         program read from script file
  -            program read from stdin";

/// The process entry point, called by the C runtime.
#[cfg(not(test))]
#[no_mangle]
pub extern "C" fn main(
    _argc: std::ffi::c_int,
    _argv: *const *const std::ffi::c_char,
) -> std::ffi::c_int {
    quiet_env::restore();
    // Writing to a closed pipe raises BrokenPipeError (as in CPython), not a fatal signal.
    // SAFETY: installing SIG_IGN has no handler code to race with.
    unsafe { libc::signal(libc::SIGPIPE, libc::SIG_IGN) };
    let code = big_stack::run(real_main);
    std::process::exit(code);
}

fn real_main() -> i32 {
    let args: Vec<String> = std::env::args().collect();
    let mut i = 1;
    while i < args.len() {
        match args[i].as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return 0;
            }
            "-V" | "--version" => {
                println!(
                    "Kestrel {} (Python 3.11 compatible)",
                    env!("CARGO_PKG_VERSION")
                );
                return 0;
            }
            "-X" => {
                if let Some(opt) = args.get(i + 1) {
                    x_option(opt);
                }
                i += 2;
            }
            x if x.starts_with("-X") => {
                x_option(&x[2..]);
                i += 1;
            }
            "-W" => i += 2,
            "-S" | "-I" | "-E" | "-s" | "-u" | "-B" | "-O" => i += 1,
            "--dis" => {
                let Some(file) = args.get(i + 1) else {
                    eprintln!("kestrel: --dis needs a file");
                    return 2;
                };
                return disassemble(file);
            }
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -c option");
                    return 2;
                };
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 2..].iter().cloned());
                return run_source(code, "<string>", argv, std::env::current_dir().ok());
            }
            "-m" => {
                let Some(m) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -m option");
                    return 2;
                };
                let file = format!("{}.py", m.replace('.', "/"));
                let mut argv = vec![file.clone()];
                argv.extend(args[i + 2..].iter().cloned());
                return run_file(&file, argv);
            }
            "-" => return run_stdin(args[i + 1..].to_vec()),
            a if a.starts_with('-') && a.len() > 1 => {
                eprintln!("Unknown option: {a}\n{USAGE}");
                return 2;
            }
            file => {
                let argv = args[i..].to_vec();
                return run_file(file, argv);
            }
        }
    }
    if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        repl()
    } else {
        run_stdin(vec![])
    }
}

/// `-X frozen_modules=off` runs the core library from its sources instead of the frozen code.
static THAWED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn x_option(opt: &str) {
    match opt {
        "frozen_modules=off" => THAWED.store(true, std::sync::atomic::Ordering::Relaxed),
        "frozen_modules=on" => THAWED.store(false, std::sync::atomic::Ordering::Relaxed),
        _ => {}
    }
}

/// A VM with the core library, honouring `-X` options.
fn new_vm() -> Vm {
    let mut vm = kestrel_corelib::new_vm();
    vm.use_frozen = !THAWED.load(std::sync::atomic::Ordering::Relaxed);
    vm
}

fn run_stdin(rest: Vec<String>) -> i32 {
    let mut src = String::new();
    if let Err(e) = std::io::Read::read_to_string(&mut std::io::stdin(), &mut src) {
        eprintln!("kestrel: can't read stdin: {e}");
        return 1;
    }
    let mut argv = vec!["-".to_string()];
    argv.extend(rest);
    run_source(&src, "<stdin>", argv, std::env::current_dir().ok())
}

fn run_file(file: &str, argv: Vec<String>) -> i32 {
    let src = match std::fs::read(file) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            let prog = std::env::args().next().unwrap_or_else(|| "kestrel".into());
            eprintln!(
                "{prog}: can't open file '{file}': [Errno {}] {}",
                e.raw_os_error().unwrap_or(2),
                match e.kind() {
                    std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                    _ => e.to_string(),
                }
            );
            return 2;
        }
    };
    let dir = Path::new(file).parent().map(|p| {
        if p.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            p.to_path_buf()
        }
    });
    run_source(&src, file, argv, dir)
}

fn print_syntax_error(e: &kestrel_compiler::SyntaxError, filename: &str, src: &str) {
    let kind = match e.kind {
        kestrel_compiler::ErrorKind::Syntax => "SyntaxError",
        kestrel_compiler::ErrorKind::Indentation => "IndentationError",
        kestrel_compiler::ErrorKind::Tab => "TabError",
    };
    eprintln!("  File \"{filename}\", line {}", e.line);
    if let Some(line) = src.lines().nth((e.line as usize).saturating_sub(1)) {
        let trimmed = line.trim_start();
        let indent = line.chars().count() - trimmed.chars().count();
        let text = trimmed.trim_end();
        eprintln!("    {text}");
        let col = (e.col as usize).saturating_sub(indent);
        eprintln!("    {}^", " ".repeat(col.min(text.chars().count())));
    }
    eprintln!("{kind}: {}", e.msg);
}

fn run_source(src: &str, filename: &str, argv: Vec<String>, dir: Option<PathBuf>) -> i32 {
    let code = match kestrel_compiler::compile_source(src, filename) {
        Ok(c) => c,
        Err(e) => {
            print_syntax_error(&e, filename, src);
            return 1;
        }
    };
    let mut vm = new_vm();
    vm.argv = argv;
    if let Some(d) = dir {
        vm.search_path.push(d);
    }
    let m = vm.new_module("__main__");
    let md = Vm::module_dict(m);
    vm.main_globals = Some(md);
    let key = vm.new_str("__main__");
    let _ = vm.dict_setitem(Value::Obj(vm.modules), key, Value::Obj(m));
    let result = vm.exec_module_code(code, m);
    let status = match result {
        Ok(()) => 0,
        Err(_) => handle_uncaught(&mut vm),
    };
    vm.out.flush();
    // The process is about to exit: freeing every object one by one would only cost time.
    std::mem::forget(vm);
    status
}

/// Reports an uncaught exception (or performs SystemExit) and returns the exit status.
fn handle_uncaught(vm: &mut Vm) -> i32 {
    let exc = vm.take_raised();
    if vm.isinstance(exc, vm.exc_class("SystemExit")) {
        let code = Vm::exc_data(exc)
            .map(|d| d.borrow().args)
            .unwrap_or(Value::None);
        let code = match code {
            Value::Obj(g) => match g.obj() {
                Obj::Tuple(t) if t.len() == 1 => t[0],
                Obj::Tuple(t) if t.is_empty() => Value::None,
                _ => code,
            },
            v => v,
        };
        vm.out.flush();
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            other => {
                let s = vm.str_of(other).unwrap_or_default();
                eprintln!("{s}");
                1
            }
        };
    }
    vm.print_exception(exc);
    1
}

fn disassemble(file: &str) -> i32 {
    let src = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("kestrel: can't open file '{file}': {e}");
            return 2;
        }
    };
    match kestrel_compiler::compile_source(&src, file) {
        Ok(code) => {
            print!("{}", kestrel_compiler::disasm::disassemble(code));
            0
        }
        Err(e) => {
            print_syntax_error(&e, file, &src);
            1
        }
    }
}

fn repl() -> i32 {
    use std::io::Write;
    let mut vm = new_vm();
    vm.argv = vec![String::new()];
    vm.search_path.push(PathBuf::from("."));
    let m = vm.new_module("__main__");
    println!(
        "Kestrel {} (Python 3.11 compatible)",
        env!("CARGO_PKG_VERSION")
    );
    let mut buf = String::new();
    loop {
        print!("{}", if buf.is_empty() { ">>> " } else { "... " });
        let _ = std::io::stdout().flush();
        let mut line = String::new();
        match std::io::stdin().read_line(&mut line) {
            Ok(0) | Err(_) => {
                println!();
                return 0;
            }
            Ok(_) => {}
        }
        buf.push_str(&line);
        let complete = line.trim().is_empty()
            || (!buf.trim_end().ends_with(':') && !buf.contains('\n')
                || buf.lines().count() == 1 && !buf.trim_end().ends_with(':'));
        if !complete {
            continue;
        }
        let src = std::mem::take(&mut buf);
        if src.trim().is_empty() {
            continue;
        }
        match kestrel_compiler::compile_source(&src, "<stdin>") {
            Ok(code) => {
                if vm.exec_module_code(code, m).is_err() {
                    let exc = vm.take_raised();
                    if vm.isinstance(exc, vm.exc_class("SystemExit")) {
                        vm.raised = exc;
                        return handle_uncaught(&mut vm);
                    }
                    vm.print_exception(exc);
                }
                vm.out.flush();
            }
            Err(e) => print_syntax_error(&e, "<stdin>", &src),
        }
    }
}
