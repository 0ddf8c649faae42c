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
mod repl;
mod static_libc;

use kestrel_grammar::decode::{check_nul, decode_source, Origin};
use kestrel_vm::{Obj, Value, Vm};
use std::path::{Path, PathBuf};

#[global_allocator]
static GLOBAL: alloc::Allocator = alloc::Allocator;

const USAGE: &str = "usage: kestrel [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
  -c cmd       program passed in as string
  -m mod       run library module as a script
  --dis FILE   print the bytecode of every code object in FILE
  --dispatch NAME  run with dispatch strategy NAME (`--dispatch list` names them;
               also KESTREL_DISPATCH=NAME)
  --stats[=json]  print per-opcode and specialization counts on stderr after the run
               (also KESTREL_STATS=1 or KESTREL_STATS=json)
  --dis-quickened  after the run, print on stderr the bytecode of every code object that
               ran, as quickening left it (the specialized form each site settled on)
  -X opt       implementation option: frozen_modules=off runs the core library from source;
               max_instructions=N stops the program after N instructions, timeout=SECONDS
               after that much wall-clock time (also KESTREL_MAX_INSTRUCTIONS, KESTREL_TIMEOUT);
               max_memory=BYTES (K/M/G suffix) caps the heap (MemoryError beyond it; also
               KESTREL_MAX_MEMORY)
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
    // Writing to a closed pipe raises BrokenPipeError (as in CPython), not a fatal signal.
    // SAFETY: installing SIG_IGN has no handler code to race with.
    unsafe { libc::signal(libc::SIGPIPE, libc::SIG_IGN) };
    // Ctrl-C raises KeyboardInterrupt (unless the parent made the process ignore it).
    kestrel_vm::signals::install_default_sigint();
    let code = big_stack::run(real_main);
    if DIE_BY_SIGINT.load(std::sync::atomic::Ordering::Relaxed) {
        exit_by_sigint();
    }
    std::process::exit(code);
}

/// An uncaught KeyboardInterrupt ended the program: as CPython, the process ends by SIGINT
/// itself (so a calling shell sees the interrupt and stops too), or with status 130.
static DIE_BY_SIGINT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

#[cfg(not(test))]
fn exit_by_sigint() -> ! {
    let _ = kestrel_vm::signals::set_disposition(
        libc::SIGINT,
        kestrel_vm::signals::Disposition::Default,
    );
    // SAFETY: `kill` has no memory-safety preconditions.
    unsafe { libc::kill(libc::getpid(), libc::SIGINT) };
    std::process::exit(130);
}

/// Command-line switches that change how the program runs.
#[derive(Default)]
struct Flags {
    /// `-i`: the REPL after the program.
    inspect: bool,
    /// `-q`: no REPL banner.
    quiet: bool,
    /// `-P` / `-I`: no script directory (or cwd) in front of `sys.path`.
    safe_path: bool,
}

/// The command line as strings. CPython decodes bytes that are not UTF-8 with
/// surrogateescape, into lone surrogates that Kestrel strings cannot hold, so such an argument
/// stops the program with an error (CPython's own for `-c` code) instead of being altered.
fn utf8_args() -> Result<Vec<String>, i32> {
    let mut out = Vec::new();
    let mut prev_c = false;
    for a in std::env::args_os() {
        match a.into_string() {
            Ok(s) => {
                prev_c = s == "-c";
                out.push(s);
            }
            Err(raw) => {
                use std::os::unix::ffi::OsStrExt;
                let bytes = raw.as_bytes();
                let good = std::str::from_utf8(bytes)
                    .err()
                    .map(|e| e.valid_up_to())
                    .unwrap_or(0);
                let lead = std::str::from_utf8(&bytes[..good]).unwrap_or("");
                let pos = lead.chars().count();
                let ch = format!("\\udc{:02x}", bytes[good]);
                if prev_c {
                    eprintln!("Unable to decode the command from the command line:");
                    eprintln!(
                        "UnicodeEncodeError: 'utf-8' codec can't encode character '{ch}' in \
                         position {pos}: surrogates not allowed"
                    );
                } else {
                    eprintln!(
                        "kestrel: command-line argument {} is not UTF-8: position {pos} would \
                         decode to '{ch}', a lone surrogate, which Kestrel strings cannot hold",
                        out.len()
                    );
                }
                return Err(1);
            }
        }
    }
    Ok(out)
}

fn real_main() -> i32 {
    let args: Vec<String> = match ARGS_OVERRIDE.with(|a| a.borrow_mut().take()) {
        Some(a) => a,
        None => match utf8_args() {
            Ok(a) => a,
            Err(status) => return status,
        },
    };
    let mut flags = Flags::default();
    if let Ok(name) = std::env::var("KESTREL_DISPATCH") {
        if let Err(status) = choose_dispatch(&name) {
            return status;
        }
    }
    if let Ok(n) = std::env::var("KESTREL_MAX_INSTRUCTIONS") {
        if let Err(status) = limit_option("max_instructions", &n) {
            return status;
        }
    }
    if let Ok(t) = std::env::var("KESTREL_TIMEOUT") {
        if let Err(status) = limit_option("timeout", &t) {
            return status;
        }
    }
    if let Ok(v) = std::env::var("KESTREL_MAX_MEMORY") {
        set_max_memory(&v);
    }
    match std::env::var("KESTREL_STATS").as_deref() {
        Ok("json") => STATS.store(2, std::sync::atomic::Ordering::Relaxed),
        Ok("") | Err(_) => {}
        Ok(_) => STATS.store(1, std::sync::atomic::Ordering::Relaxed),
    }
    let mut i = 1;
    while i < args.len() {
        match args[i].as_str() {
            "--dispatch" => {
                let Some(name) = args.get(i + 1) else {
                    eprintln!("kestrel: --dispatch needs a strategy name (or `list`)");
                    return 2;
                };
                if name == "list" {
                    for (n, _) in kestrel_vm::interp::Dispatch::ALL {
                        println!("{n}");
                    }
                    return 0;
                }
                if let Err(status) = choose_dispatch(name) {
                    return status;
                }
                i += 2;
            }
            x if x.starts_with("--dispatch=") => {
                if let Err(status) = choose_dispatch(&x["--dispatch=".len()..]) {
                    return status;
                }
                i += 1;
            }
            "--stats" | "--stats=text" => {
                STATS.store(1, std::sync::atomic::Ordering::Relaxed);
                i += 1;
            }
            "--stats=json" => {
                STATS.store(2, std::sync::atomic::Ordering::Relaxed);
                i += 1;
            }
            "--dis-quickened" => {
                DIS_QUICKENED.store(true, std::sync::atomic::Ordering::Relaxed);
                i += 1;
            }
            "-h" | "--help" | "-?" => {
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
                let Some(opt) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -X option\n{USAGE}");
                    return 2;
                };
                if let Err(status) = x_option(opt) {
                    return status;
                }
                i += 2;
            }
            x if x.starts_with("-X") => {
                if let Err(status) = x_option(&x[2..]) {
                    return status;
                }
                i += 1;
            }
            "-W" => {
                if args.get(i + 1).is_none() {
                    eprintln!("Argument expected for the -W option\n{USAGE}");
                    return 2;
                }
                i += 2;
            }
            x if x.starts_with("-W") => i += 1,
            "--dis" => {
                let Some(file) = args.get(i + 1) else {
                    eprintln!("kestrel: --dis needs a file");
                    return 2;
                };
                return disassemble(file);
            }
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -c option\n{USAGE}");
                    return 2;
                };
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 2..].iter().cloned());
                let path0 = (!flags.safe_path).then(|| PathBuf::from(""));
                return run_main(
                    Program::Source(code.clone(), "<string>"),
                    argv,
                    path0,
                    &flags,
                );
            }
            "-m" => {
                let Some(m) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -m option\n{USAGE}");
                    return 2;
                };
                let mut argv = vec![m.clone()];
                argv.extend(args[i + 2..].iter().cloned());
                let path0 = if flags.safe_path {
                    None
                } else {
                    std::env::current_dir().ok()
                };
                return run_main(Program::Module(m.clone()), argv, path0, &flags);
            }
            "-" => return run_stdin("-", args[i + 1..].to_vec(), &flags),
            "-u" => {
                UNBUFFERED.store(1, std::sync::atomic::Ordering::Relaxed);
                i += 1;
            }
            "-E" => {
                IGNORE_ENV.store(true, std::sync::atomic::Ordering::Relaxed);
                i += 1;
            }
            // Flags whose effect Kestrel has anyway or does not model: -B (no bytecode files
            // are written), -s/-S (no site-packages or site module are consulted), -b, -d, -v.
            "-B" | "-s" | "-S" | "-b" | "-bb" | "-d" | "-v" => i += 1,
            // -O: asserts compile to nothing and `__debug__` is False.
            "-O" | "-OO" => {
                kestrel_compiler::OPTIMIZE.store(true, std::sync::atomic::Ordering::Relaxed);
                i += 1;
            }
            "-I" => {
                flags.safe_path = true;
                IGNORE_ENV.store(true, std::sync::atomic::Ordering::Relaxed);
                i += 1;
            }
            "-P" => {
                flags.safe_path = true;
                i += 1;
            }
            "-i" => {
                flags.inspect = true;
                i += 1;
            }
            "-q" => {
                flags.quiet = true;
                i += 1;
            }
            a if a.starts_with('-') && a.len() > 2 && !a.starts_with("--") => {
                // Combined single-letter switches, e.g. `-uB` or `-qi`.
                let mut rest: Vec<String> = Vec::new();
                for (k, ch) in a[1..].char_indices() {
                    if matches!(ch, 'c' | 'm' | 'X' | 'W') {
                        rest.push(format!("-{ch}"));
                        let tail = &a[1 + k + ch.len_utf8()..];
                        if !tail.is_empty() {
                            rest.push(tail.to_string());
                        }
                        break;
                    }
                    rest.push(format!("-{ch}"));
                }
                let mut new_args = args[..i].to_vec();
                new_args.extend(rest);
                new_args.extend(args[i + 1..].iter().cloned());
                if new_args.len() == args.len() && new_args[i] == args[i] {
                    eprintln!("Unknown option: {a}\n{USAGE}");
                    return 2;
                }
                return rerun_with(new_args);
            }
            a if a.starts_with('-') && a.len() > 1 => {
                eprintln!("Unknown option: {a}\n{USAGE}");
                return 2;
            }
            file => {
                let argv = args[i..].to_vec();
                return run_file(file, argv, &flags);
            }
        }
    }
    if flags.inspect || std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        let mut vm = new_vm();
        vm.argv = vec![String::new()];
        if !flags.safe_path {
            vm.search_path.push(PathBuf::from(""));
        }
        let m = main_module(&mut vm, None);
        let status = repl(&mut vm, m, &flags);
        flush_open_files(&mut vm);
        vm.out.flush();
        status
    } else {
        run_stdin("", vec![], &flags)
    }
}

/// Parses the command line again after splitting combined switches.
fn rerun_with(args: Vec<String>) -> i32 {
    ARGS_OVERRIDE.with(|a| *a.borrow_mut() = Some(args));
    real_main()
}

thread_local! {
    static ARGS_OVERRIDE: std::cell::RefCell<Option<Vec<String>>> = const { std::cell::RefCell::new(None) };
}

/// `-X frozen_modules=off` runs the core library from its sources instead of the frozen code.
static THAWED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Handles one `-X` option; Err(exit status) for a bad value.
fn x_option(opt: &str) -> Result<(), i32> {
    if let Some((name, value)) = opt.split_once('=') {
        if matches!(name, "max_instructions" | "timeout") {
            return limit_option(name, value);
        }
    }
    match opt {
        "frozen_modules=off" => THAWED.store(true, std::sync::atomic::Ordering::Relaxed),
        "frozen_modules=on" => THAWED.store(false, std::sync::atomic::Ordering::Relaxed),
        "importtime" | "importtime=1" => {
            kestrel_vm::import::IMPORT_TIME.store(true, std::sync::atomic::Ordering::Relaxed)
        }
        o if o.starts_with("int_max_str_digits=") => {
            use kestrel_vm::intlimit::*;
            match o["int_max_str_digits=".len()..].parse::<usize>() {
                Ok(n) if n == 0 || n >= MAX_STR_DIGITS_THRESHOLD => set_max_str_digits(n),
                _ => {
                    eprintln!(
                        "Fatal Python error: config_init_int_max_str_digits: -X \
                         int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.\n\
                         Python runtime state: preinitialized\n"
                    );
                    std::process::exit(1);
                }
            }
        }
        o if o.starts_with("max_memory=") => set_max_memory(&o["max_memory=".len()..]),
        _ => {}
    }
    Ok(())
}

/// `-X max_instructions=N` / `-X timeout=SECONDS` (and their `KESTREL_*` variables): the
/// run-time limits for untrusted code (`kestrel_vm::limits`, `kestrel_vm::signals`).
fn limit_option(name: &str, value: &str) -> Result<(), i32> {
    match name {
        "max_instructions" => match value.trim().parse::<u64>() {
            Ok(n) => kestrel_vm::limits::set_max_instructions(n),
            Err(_) => {
                eprintln!("kestrel: -X max_instructions needs a whole number, not '{value}'");
                return Err(2);
            }
        },
        _ => match value.trim().parse::<f64>() {
            Ok(t) if t.is_finite() && t >= 0.0 => kestrel_vm::signals::start_timeout(t),
            _ => {
                eprintln!("kestrel: -X timeout needs a number of seconds, not '{value}'");
                return Err(2);
            }
        },
    }
    Ok(())
}

/// `-X max_memory=BYTES` / `KESTREL_MAX_MEMORY=BYTES` (K, M, G suffixes): the heap cap.
fn set_max_memory(v: &str) {
    match kestrel_vm::memory::parse_size(v) {
        Some(n) => kestrel_vm::memory::set_limit(n),
        None => {
            eprintln!("kestrel: -X max_memory: invalid size {v:?} (bytes, or with K, M or G)");
            std::process::exit(2);
        }
    }
}

/// A VM with the core library, honouring `-X` options.
fn new_vm() -> Vm {
    let mut vm = kestrel_corelib::new_vm();
    vm.use_frozen = !THAWED.load(std::sync::atomic::Ordering::Relaxed);
    if STATS.load(std::sync::atomic::Ordering::Relaxed) != 0 {
        vm.stats = Some(Box::default());
    }
    vm.out.unbuffered = UNBUFFERED.load(std::sync::atomic::Ordering::Relaxed) != 0
        || (!IGNORE_ENV.load(std::sync::atomic::Ordering::Relaxed)
            && std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty()));
    vm
}

/// `-u`: standard output unbuffered.
static UNBUFFERED: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);
/// `-E` / `-I`: PYTHON* environment variables are ignored.
static IGNORE_ENV: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `--stats`: 0 off, 1 text, 2 JSON.
static STATS: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);
/// `--dis-quickened`: print the quickened code after the run.
static DIS_QUICKENED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Makes `name` the dispatch strategy; an unknown name is a usage error (exit status 2).
fn choose_dispatch(name: &str) -> Result<(), i32> {
    match kestrel_vm::interp::Dispatch::from_name(name) {
        Some(d) => {
            d.set_default();
            Ok(())
        }
        None => {
            eprintln!("kestrel: unknown dispatch strategy '{name}' (`--dispatch list` names them)");
            Err(2)
        }
    }
}

/// Prints the `--stats` report on stderr.
fn print_stats(vm: &Vm) {
    if let Some(s) = vm.stats.as_deref() {
        let text = match STATS.load(std::sync::atomic::Ordering::Relaxed) {
            2 => s.report_json(),
            _ => s.report_text(),
        };
        eprint!("{text}");
    }
    if DIS_QUICKENED.load(std::sync::atomic::Ordering::Relaxed) {
        for (code, insts) in vm.quickened_code() {
            eprintln!("# {}", code.filename);
            eprint!(
                "{}",
                kestrel_compiler::disasm::disassemble_quickened(code, insts)
            );
        }
    }
}

/// The program on standard input: `argv0` is "-" when named so, else "" (as CPython).
fn run_stdin(argv0: &str, rest: Vec<String>, flags: &Flags) -> i32 {
    let mut src = String::new();
    if let Err(e) = std::io::Read::read_to_string(&mut std::io::stdin(), &mut src) {
        eprintln!("kestrel: can't read stdin: {e}");
        return 1;
    }
    let mut argv = vec![argv0.to_string()];
    argv.extend(rest);
    let path0 = (!flags.safe_path).then(|| PathBuf::from(""));
    run_main(Program::Source(src, "<stdin>"), argv, path0, flags)
}

fn run_file(file: &str, argv: Vec<String>, flags: &Flags) -> i32 {
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            let prog = std::env::args().next().unwrap_or_else(|| "kestrel".into());
            eprintln!(
                "{prog}: can't open file '{}': [Errno {}] {}",
                abs_string(file),
                e.raw_os_error().unwrap_or(2),
                match e.kind() {
                    std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                    _ => e.to_string(),
                }
            );
            return 2;
        }
    };
    // As CPython: the script's directory (resolved) heads `sys.path`, and the script's
    // own name is absolute in `__file__` and tracebacks.
    let abs = abs_string(file);
    let Some(src) = decode_file(&bytes, &abs, Origin::Script(&abs)) else {
        return 1;
    };
    let dir = Path::new(&abs)
        .parent()
        .map(|p| std::fs::canonicalize(p).unwrap_or(p.to_path_buf()));
    let path0 = if flags.safe_path { None } else { dir };
    run_main(Program::File(src, abs), argv, path0, flags)
}

/// A program file's text per PEP 263 (a cookie, a BOM), or None once the SyntaxError for
/// bytes that do not decode (or hold a NUL) is reported.
fn decode_file(bytes: &[u8], filename: &str, origin: Origin) -> Option<String> {
    let decoded = decode_source(bytes, origin).and_then(|text| {
        check_nul(&text)?;
        Ok(text.into_owned())
    });
    match decoded {
        Ok(text) => Some(text),
        Err(e) => {
            let text = String::from_utf8_lossy(bytes);
            print_syntax_error(&e, filename, &text);
            None
        }
    }
}

fn abs_string(file: &str) -> String {
    std::path::absolute(file)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| file.to_string())
}

/// What `__main__` runs.
enum Program {
    /// Source and the name it is compiled under (`<string>`, `<stdin>`).
    Source(String, &'static str),
    /// A script's source and absolute path.
    File(String, String),
    /// `-m name`.
    Module(String),
}

/// The `__main__` module, with `__builtins__` the builtins module, `__spec__` None and
/// `__file__` when there is one, entered in `sys.modules`.
fn main_module(vm: &mut Vm, file: Option<&str>) -> kestrel_vm::Gc {
    let m = vm.new_module("__main__");
    let md = Vm::module_dict(m);
    vm.main_globals = Some(md);
    let b = vm.builtins_module();
    let set = |vm: &mut Vm, k: &str, v: Value| {
        let k = vm.intern(k);
        vm.dict_set_str(md, k, v);
    };
    set(vm, "__builtins__", Value::Obj(b));
    set(vm, "__spec__", Value::None);
    set(vm, "__package__", Value::None);
    // As CPython's: an empty `__annotations__` from the start, and a script's `__cached__`.
    let ann = vm.new_dict(kestrel_vm::dict::Dict::new());
    set(vm, "__annotations__", ann);
    if let Some(f) = file {
        let fv = vm.new_str(f);
        set(vm, "__file__", fv);
        set(vm, "__cached__", Value::None);
    }
    // No `__loader__`: making one imports `importlib.machinery`, which tripled the peak RSS
    // of `kestrel -c pass` (2 -> 6 MB); code that reads it gets a NameError, not a wrong value.
    let key = vm.new_str("__main__");
    let _ = vm.dict_setitem(Value::Obj(vm.modules), key, Value::Obj(m));
    m
}

fn run_main(program: Program, argv: Vec<String>, path0: Option<PathBuf>, flags: &Flags) -> i32 {
    let mut vm = new_vm();
    vm.argv = argv;
    if let Some(d) = path0 {
        vm.search_path.push(d);
    }
    let result = match program {
        Program::Source(src, name) => {
            let m = main_module(&mut vm, None);
            run_code(&mut vm, &src, name, m)
        }
        Program::File(src, file) => {
            let m = main_module(&mut vm, Some(&file));
            run_code(&mut vm, &src, &file, m)
        }
        Program::Module(name) => match run_module(&mut vm, &name) {
            Some(r) => r,
            None => return 1,
        },
    };
    let mut status = match result {
        Ok(()) => 0,
        Err(Failure::Syntax) => 1,
        Err(Failure::Raised) => handle_uncaught(&mut vm),
    };
    flush_open_files(&mut vm);
    if flags.inspect && !is_system_exit(&vm, status) {
        let m = match vm.main_globals {
            Some(_) => {
                let key = vm.new_str("__main__");
                match vm.dict_getitem_opt(Value::Obj(vm.modules), key) {
                    Ok(Some(Value::Obj(m))) => m,
                    _ => main_module(&mut vm, None),
                }
            }
            None => main_module(&mut vm, None),
        };
        status = repl(&mut vm, m, flags);
        flush_open_files(&mut vm);
    }
    vm.run_exit_hooks();
    flush_open_files(&mut vm);
    vm.out.flush();
    if let Some(e) = vm.out.error.take() {
        // Output lost at exit (stdout closed): reported, and the run failed, as in CPython.
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            eprintln!("BrokenPipeError: [Errno 32] Broken pipe");
        } else {
            eprintln!("OSError: {e}");
        }
        if status == 0 {
            status = 1;
        }
    }
    print_stats(&vm);
    // The process is about to exit: freeing every object one by one would only cost time.
    std::mem::forget(vm);
    status
}

/// Writes what file objects still buffer, as CPython's finalization does for files the
/// program did not close.
fn flush_open_files(vm: &mut Vm) {
    let key = vm.new_str("_io");
    if let Ok(Some(io)) = vm.dict_getitem_opt(Value::Obj(vm.modules), key) {
        if let Ok(f) = vm.getattr_str(io, "_flush_all") {
            let _ = vm.call_value(f, &[], &[]);
        }
    }
    vm.raised = Value::Empty;
}

/// `-i` still inspects after an exception, but not after `sys.exit()`.
fn is_system_exit(_vm: &Vm, _status: i32) -> bool {
    EXITED.with(|e| e.get())
}

thread_local! {
    static EXITED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

enum Failure {
    Syntax,
    Raised,
}

fn run_code(vm: &mut Vm, src: &str, filename: &str, m: kestrel_vm::Gc) -> Result<(), Failure> {
    let code = match kestrel_compiler::compile_source(src, filename) {
        Ok(c) => c,
        Err(e) => {
            vm.out.flush();
            print_syntax_error(&e, filename, src);
            return Err(Failure::Syntax);
        }
    };
    vm.issue_compile_warnings(filename, Some(src))
        .map_err(|_| Failure::Raised)?;
    vm.exec_module_code(code, m).map_err(|_| Failure::Raised)
}

/// `sys.argv` again from `vm.argv` when `sys` already exists (imported by a package).
fn sync_sys_argv(vm: &mut Vm) {
    if let Some(sys) = vm.sys_module {
        let argv: Vec<Value> = vm
            .argv
            .clone()
            .into_iter()
            .map(|a| vm.new_string(a))
            .collect();
        let l = vm.new_list(argv);
        let k = vm.intern("argv");
        vm.dict_set_str(Vm::module_dict(sys), k, l);
    }
}

/// `-m name`: imports the parent package, then runs the module's source (a package's
/// `__main__`) as `__main__`. None when it could not be found (reported already).
fn run_module(vm: &mut Vm, name: &str) -> Option<Result<(), Failure>> {
    let prog = std::env::args().next().unwrap_or_else(|| "kestrel".into());
    let parent = name.rsplit_once('.').map(|(p, _)| p.to_string());
    if let Some(p) = &parent {
        if vm.import_level(p, None, 0, true).is_err() {
            let e = vm.take_raised();
            let msg = vm.str_of(e).unwrap_or_default();
            let t = vm.type_name(e);
            eprintln!("{prog}: Error while finding module specification for '{name}' ({t}: {msg})");
            return None;
        }
    }
    let Some((file, is_pkg)) = find_module_file(vm, name) else {
        if let Some(src) = vm.frozen_source(name) {
            // CPython gives the module's file; a frozen module's is its path inside the
            // core library it was frozen from (so `argparse` names the program `tool.py`).
            vm.argv[0] = format!("{}.py", name.replace('.', "/"));
            sync_sys_argv(vm);
            let m = main_module(vm, None);
            return Some(run_code(vm, src, &format!("<frozen {name}>"), m));
        }
        // A frozen package runs its `__main__` (`-m unittest`).
        let sub = format!("{name}.__main__");
        if let Some(src) = vm.frozen_source(&sub) {
            if vm.import_level(name, None, 0, true).is_err() {
                return Some(Err(Failure::Raised));
            }
            vm.argv[0] = name.to_string();
            let m = main_module(vm, None);
            let md = Vm::module_dict(m);
            let pk = vm.intern("__package__");
            let pv = vm.new_string(name.to_string());
            vm.dict_set_str(md, pk, pv);
            return Some(run_code(vm, src, &format!("<frozen {sub}>"), m));
        }
        eprintln!("{prog}: No module named {name}");
        return None;
    };
    let (file, package) = if is_pkg {
        let main = file.join("__main__.py");
        if !main.is_file() {
            eprintln!(
                "{prog}: No module named {name}.__main__; '{name}' is a package and cannot be directly executed"
            );
            return None;
        }
        if vm.import_level(name, None, 0, true).is_err() {
            return Some(Err(Failure::Raised));
        }
        (main, name.to_string())
    } else {
        (file, parent.unwrap_or_default())
    };
    let abs = abs_string(&file.to_string_lossy());
    let src = match std::fs::read(&file) {
        Ok(b) => match decode_file(&b, &abs, Origin::Other) {
            Some(src) => src,
            None => return Some(Err(Failure::Syntax)),
        },
        Err(e) => {
            eprintln!("{prog}: can't open file '{abs}': {e}");
            return None;
        }
    };
    vm.argv[0] = abs.clone();
    sync_sys_argv(vm);
    let m = main_module(vm, Some(&abs));
    let md = Vm::module_dict(m);
    let pk = vm.intern("__package__");
    let pv = vm.new_string(package);
    vm.dict_set_str(md, pk, pv);
    // `__spec__` names the module that was asked for (a package's `__main__`).
    let spec_name = if is_pkg {
        format!("{name}.__main__")
    } else {
        name.to_string()
    };
    match vm.new_spec(&spec_name, &abs, false) {
        Ok(spec) => {
            let sk = vm.intern("__spec__");
            vm.dict_set_str(md, sk, spec);
        }
        Err(_) => return Some(Err(Failure::Raised)),
    }
    Some(run_code(vm, &src, &abs, m))
}

/// The file of module `name` (or the directory of package `name`) on the search path or
/// its parent package's `__path__`.
fn find_module_file(vm: &mut Vm, name: &str) -> Option<(PathBuf, bool)> {
    let last = name.rsplit('.').next().unwrap_or(name);
    let dirs: Vec<PathBuf> = match name.rsplit_once('.') {
        Some((parent, _)) => {
            let key = vm.new_str(parent);
            let p = vm.dict_getitem_opt(Value::Obj(vm.modules), key).ok()??;
            let path = vm.getattr_str(p, "__path__").ok()?;
            let items = vm.collect_iter(path).ok()?;
            items
                .into_iter()
                .filter_map(|v| vm.str_of(v).ok().map(PathBuf::from))
                .collect()
        }
        None => vm.search_path.clone(),
    };
    for d in dirs {
        let d = if d.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            d
        };
        let pkg = d.join(last);
        if pkg.join("__init__.py").is_file() {
            return Some((pkg, true));
        }
        let f = d.join(format!("{last}.py"));
        if f.is_file() {
            return Some((f, false));
        }
    }
    None
}

fn print_syntax_error(e: &kestrel_compiler::SyntaxError, filename: &str, src: &str) {
    let kind = e.kind.class_name();
    if !e.kind.is_syntax() {
        // Nesting too deep: CPython reports these with no location.
        match e.msg.is_empty() {
            true => eprintln!("{kind}"),
            false => eprintln!("{kind}: {}", e.msg),
        }
        return;
    }
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

/// Reports an uncaught exception (or performs SystemExit) and returns the exit status.
fn handle_uncaught(vm: &mut Vm) -> i32 {
    let exc = vm.take_raised();
    if vm.isinstance(exc, vm.exc_class("SystemExit")) {
        EXITED.with(|e| e.set(true));
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
    if !kestrel_corelib::modules::call_user_excepthook(vm, exc) {
        vm.print_exception(exc);
    }
    if vm.isinstance(exc, vm.exc_class("KeyboardInterrupt")) {
        DIE_BY_SIGINT.store(true, std::sync::atomic::Ordering::Relaxed);
        return 130;
    }
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

/// The interactive loop: line editing on a terminal (`repl.rs`), else plain reading with
/// prompts on stderr, as CPython when stdin is not a terminal.
fn repl(vm: &mut Vm, m: kestrel_vm::Gc, flags: &Flags) -> i32 {
    DIE_BY_SIGINT.store(false, std::sync::atomic::Ordering::Relaxed);
    if std::io::IsTerminal::is_terminal(&std::io::stdin())
        && std::io::IsTerminal::is_terminal(&std::io::stderr())
    {
        return repl::interactive(vm, m, flags.quiet);
    }
    plain_repl(vm, m)
}

/// The REPL reading standard input line by line.
fn plain_repl(vm: &mut Vm, m: kestrel_vm::Gc) -> i32 {
    use std::io::Write;
    let mut buf = String::new();
    loop {
        vm.out.flush();
        eprint!("{}", if buf.is_empty() { ">>> " } else { "... " });
        let _ = std::io::stderr().flush();
        let line = match kestrel_vm::signals::read_stdin_line(vm) {
            Ok(Some(bytes)) => String::from_utf8_lossy(&bytes).into_owned(),
            Ok(None) => {
                eprintln!();
                return 0;
            }
            // Ctrl-C while waiting for a line (or a signal handler raising): a fresh prompt.
            Err(_) => {
                let exc = vm.take_raised();
                if vm.isinstance(exc, vm.exc_class("SystemExit")) {
                    vm.raised = exc;
                    return handle_uncaught(vm);
                }
                let name = vm.type_name(exc);
                eprintln!("\n{name}");
                buf.clear();
                continue;
            }
        };
        buf.push_str(&line);
        if !block_complete(&buf, &line) {
            continue;
        }
        let src = std::mem::take(&mut buf);
        if let Some(status) = repl_run(vm, m, &src) {
            return status;
        }
    }
}

/// Whether the REPL has a whole statement in `buf` (which ends with `line`): a single line
/// not opening a block, or a block ended by a blank line.
fn block_complete(buf: &str, line: &str) -> bool {
    line.trim().is_empty() || buf.lines().count() == 1 && !buf.trim_end().ends_with(':')
}

/// Runs one REPL entry; Some(exit status) when it raised SystemExit.
fn repl_run(vm: &mut Vm, m: kestrel_vm::Gc, src: &str) -> Option<i32> {
    if src.trim().is_empty() {
        return None;
    }
    match kestrel_compiler::compile_with(src, "<stdin>", kestrel_compiler::Mode::Single) {
        Ok(code) => {
            let md = Vm::module_dict(m);
            if vm.exec_code(code, md, Some(md)).is_err() {
                let exc = vm.take_raised();
                if vm.isinstance(exc, vm.exc_class("SystemExit")) {
                    vm.raised = exc;
                    return Some(handle_uncaught(vm));
                }
                vm.print_exception(exc);
            }
            vm.out.flush();
        }
        Err(e) => {
            vm.out.flush();
            print_syntax_error(&e, "<stdin>", src)
        }
    }
    None
}
