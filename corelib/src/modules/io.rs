//! `_kestrel_io`: the native half of the `_io` module (`corelib/lib/_io.py`): file
//! descriptors (open, read, readline, write, seek, ...), the standard streams (stdout goes
//! through the VM's buffered output so `print` and `sys.stdout.write` stay in order, stdin
//! through Rust's buffered stdin so `input()` and `sys.stdin` share one buffer), and text
//! encoding (`encode_text`/`decode_text`).

use crate::args::*;
use crate::types::codecs::{self, Codec};
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Value, Vm};
use std::io::{BufRead, Read, Write};
use std::os::fd::{FromRawFd, IntoRawFd};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_kestrel_io", module);
}

fn module(vm: &mut Vm) -> PyResult<Gc> {
    Ok(super::native_module(
        vm,
        "_kestrel_io",
        &[
            ("open", fd_open),
            ("read", fd_read),
            ("readline", fd_readline),
            ("write", fd_write),
            ("lseek", fd_lseek),
            ("close", fd_close),
            ("isatty", fd_isatty),
            ("ftruncate", fd_ftruncate),
            ("isdir", fd_isdir),
            ("std_write", std_write),
            ("encode", encode),
            ("decode", decode),
            ("concat", concat),
            ("set_pending", set_pending),
            ("join", join),
            ("to_bytes", to_bytes),
            ("decode_chunk", decode_chunk),
            ("split_lines", split_lines),
        ],
    ))
}

/// Raises the OSError subclass CPython picks for `err`, with `filename` when given:
/// `[Errno 2] No such file or directory: 'x'`.
/// The OSError for the calling thread's `errno` (after a failed libc call).
pub fn last_os_error(vm: &mut Vm) -> kestrel_vm::Raised {
    os_error(vm, &std::io::Error::last_os_error(), None)
}

pub fn os_error(vm: &mut Vm, err: &std::io::Error, filename: Option<Value>) -> kestrel_vm::Raised {
    let errno = err.raw_os_error().unwrap_or(0);
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    let text = match text.rfind(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let mut args = vec![Value::Int(errno as i64), vm.new_string(text)];
    if let Some(f) = filename {
        args.push(f);
    }
    let cls = Value::Obj(vm.exc_class("OSError"));
    match vm.call_value(cls, &args, &[]) {
        Ok(e) => vm.raise(e),
        Err(r) => r,
    }
}

/// `set_pending(flag)`: `_io` says whether some buffered writer holds unwritten bytes.
fn set_pending(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "set_pending", args, 1, 1)?;
    vm.pending_writes = vm.truthy(args[0])?;
    Ok(Value::None)
}

/// Before an open, a look at the file system through `os`, or a child process: the bytes
/// buffered writers still hold are written (`_io._flush_all`). A file dropped without
/// close() is then on disk, as CPython's reference counting has made it by this point; a
/// buffered stream may flush at any time, so live writers lose nothing.
pub fn flush_pending_writes(vm: &mut Vm) -> PyResult<()> {
    if !vm.pending_writes {
        return Ok(());
    }
    vm.pending_writes = false;
    let key = vm.intern("_io");
    let Some(sys) = vm.sys_module else {
        return Ok(());
    };
    let modules = vm.getattr_str(Value::Obj(sys), "modules")?;
    let Value::Obj(modules) = modules else {
        return Ok(());
    };
    if let Some(io) = vm.dict_get_str(modules, key) {
        let f = vm.getattr_str(io, "_flush_all")?;
        vm.call_value(f, &[], &[])?;
    }
    Ok(())
}

fn new_bytes(vm: &mut Vm, b: Vec<u8>) -> Value {
    Value::Obj(vm.alloc(Obj::Bytes(b.into_boxed_slice())))
}

/// The bytes of any bytes-like value (bytes, bytearray, memoryview, array), as a file's
/// `write` takes them.
fn bytes_of(vm: &mut Vm, v: Value, what: &str) -> PyResult<Vec<u8>> {
    match kestrel_vm::bytesobj::bytes_like(v) {
        Some(Ok(b)) => return Ok(b.into_owned()),
        Some(Err(msg)) => return Err(vm.value_error(msg.to_string())),
        None => {}
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("{what}a bytes-like object is required, not '{t}'")))
}

/// Borrows a descriptor as a `File` without taking ownership of it.
fn with_file<T>(fd: i32, f: impl FnOnce(&mut std::fs::File) -> T) -> T {
    // SAFETY: the descriptor stays owned by the Python file object; `into_raw_fd` below
    // gives it back before the `File` could close it.
    let mut file = unsafe { std::fs::File::from_raw_fd(fd) };
    let r = f(&mut file);
    let _ = file.into_raw_fd();
    r
}

/// A descriptor argument, checked to be open (std's `File` must never see a closed one).
fn fd_arg(vm: &mut Vm, v: Value) -> PyResult<i32> {
    let n = as_int(vm, v, "")?;
    // SAFETY: F_GETFD only queries the descriptor table; any int is a valid argument.
    let open =
        n >= 0 && n <= i32::MAX as i64 && unsafe { libc::fcntl(n as i32, libc::F_GETFD) } != -1;
    if !open {
        let e = std::io::Error::from_raw_os_error(libc::EBADF);
        return Err(os_error(vm, &e, None));
    }
    Ok(n as i32)
}

/// open(path, flags, mode) -> fd. Flags: the `os.O_*` values.
fn fd_open(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "open", args, 3, 3)?;
    flush_pending_writes(vm)?;
    let path = str_arg(vm, args[0], "open()")?.to_string();
    let flags = as_int(vm, args[1], "")? as i32;
    let mode = as_int(vm, args[2], "")? as u32;
    let mut o = std::fs::OpenOptions::new();
    let acc = flags & libc::O_ACCMODE;
    o.read(acc == libc::O_RDONLY || acc == libc::O_RDWR);
    o.write(acc == libc::O_WRONLY || acc == libc::O_RDWR);
    if flags & libc::O_APPEND != 0 {
        o.append(true);
    }
    if flags & libc::O_CREAT != 0 && flags & libc::O_EXCL != 0 {
        o.create_new(true);
    } else if flags & libc::O_CREAT != 0 {
        o.create(true);
    }
    if flags & libc::O_TRUNC != 0 {
        o.truncate(true);
    }
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, mode);
    let mut opened = o.open(&path);
    if matches!(&opened, Err(e) if matches!(e.raw_os_error(), Some(libc::EMFILE | libc::ENFILE))) {
        // Out of descriptors: abandoned file objects may hold them (CPython closes a file with
        // its last reference). A collection finalizes them; then one more try.
        vm.collect_now();
        opened = o.open(&path);
    }
    match opened {
        Ok(f) => {
            // Opening a directory for reading succeeds on Linux; CPython reports EISDIR.
            if f.metadata().is_ok_and(|m| m.is_dir()) {
                let e = std::io::Error::from_raw_os_error(libc::EISDIR);
                return Err(os_error(vm, &e, Some(args[0])));
            }
            Ok(Value::Int(f.into_raw_fd() as i64))
        }
        Err(e) => Err(os_error(vm, &e, Some(args[0]))),
    }
}

/// read(fd, n) -> bytes: up to n bytes (all that is left when n < 0).
fn fd_read(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "read", args, 2, 2)?;
    let fd = fd_arg(vm, args[0])?;
    let n = as_int(vm, args[1], "")?;
    let mut buf = Vec::new();
    vm.out.flush();
    loop {
        match read_fd(fd, n, &mut buf) {
            Ok(()) => return Ok(new_bytes(vm, buf)),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => vm.check_signals()?,
            Err(e) => return Err(os_error(vm, &e, None)),
        }
    }
}

/// Reads up to `n` bytes (all when n < 0) from `fd` into `buf`.
fn read_fd(fd: i32, n: i64, buf: &mut Vec<u8>) -> std::io::Result<()> {
    if fd == 0 {
        let mut stdin = std::io::stdin().lock();
        if n < 0 {
            stdin.read_to_end(buf).map(|_| ())
        } else {
            buf.resize(n as usize, 0);
            read_full(&mut stdin, buf)
        }
    } else {
        with_file(fd, |f| {
            if n < 0 {
                f.read_to_end(buf).map(|_| ())
            } else {
                buf.resize(n as usize, 0);
                read_full(f, buf)
            }
        })
    }
}

/// Reads until `buf` is full or EOF, truncating it to what was read.
fn read_full(r: &mut impl Read, buf: &mut Vec<u8>) -> std::io::Result<()> {
    let mut got = 0;
    while got < buf.len() {
        match r.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(k) => got += k,
            // A signal with a handler to run: return what was read (a short read), or the
            // interruption itself so that the caller runs the handler first.
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                if kestrel_vm::signals::pending() {
                    if got == 0 {
                        return Err(e);
                    }
                    break;
                }
            }
            Err(e) => return Err(e),
        }
    }
    buf.truncate(got);
    Ok(())
}

/// readline(fd, limit, universal) -> bytes: one line with its terminator (`\n`; also `\r`
/// and `\r\n` when `universal`), at most `limit` bytes when limit >= 0. On a seekable file
/// the bytes read past the line are given back with a seek.
fn fd_readline(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "readline", args, 3, 3)?;
    let fd = fd_arg(vm, args[0])?;
    let limit = as_int(vm, args[1], "")?;
    let universal = vm.truthy(args[2])?;
    let limit = if limit < 0 {
        usize::MAX
    } else {
        limit as usize
    };
    vm.out.flush();
    let mut line = Vec::new();
    loop {
        let r = if fd == 0 {
            let mut stdin = std::io::stdin().lock();
            line_from_bufread(&mut stdin, &mut line, limit, universal)
        } else {
            with_file(fd, |f| line_from_file(f, &mut line, limit, universal))
        };
        match r {
            Ok(()) => return Ok(new_bytes(vm, line)),
            // A signal interrupted the read: its handler runs (and may raise), then the
            // read goes on with the part of the line already read.
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => vm.check_signals()?,
            Err(e) => return Err(os_error(vm, &e, None)),
        }
    }
}

/// The end of the first line in `buf` (index after its terminator), if complete.
fn line_end(buf: &[u8], universal: bool, at_eof: bool) -> Option<usize> {
    for (i, &c) in buf.iter().enumerate() {
        if c == b'\n' {
            return Some(i + 1);
        }
        if universal && c == b'\r' {
            return match buf.get(i + 1) {
                Some(b'\n') => Some(i + 2),
                Some(_) => Some(i + 1),
                None if at_eof => Some(i + 1),
                // A `\r` at the end of what was read: the next byte decides.
                None => None,
            };
        }
    }
    None
}

fn line_from_bufread(
    r: &mut impl BufRead,
    line: &mut Vec<u8>,
    limit: usize,
    universal: bool,
) -> std::io::Result<()> {
    while line.len() < limit {
        let Some(&c) = r.fill_buf()?.first() else {
            break;
        };
        r.consume(1);
        line.push(c);
        if c == b'\n' {
            break;
        }
        if universal && c == b'\r' {
            if line.len() < limit && r.fill_buf()?.first() == Some(&b'\n') {
                r.consume(1);
                line.push(b'\n');
            }
            break;
        }
    }
    Ok(())
}

/// A line from a file into `out` (which holds what an interrupted earlier try read).
fn line_from_file(
    f: &mut std::fs::File,
    out: &mut Vec<u8>,
    limit: usize,
    universal: bool,
) -> std::io::Result<()> {
    use std::io::Seek;
    let seekable = f.stream_position().is_ok();
    if !seekable {
        let mut r = std::io::BufReader::with_capacity(1, f);
        return line_from_bufread(&mut r, out, limit, universal);
    }
    let mut line = std::mem::take(out);
    let mut chunk = vec![0u8; 4096];
    loop {
        let k = loop {
            match f.read(&mut chunk) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                r => break r?,
            }
        };
        line.extend_from_slice(&chunk[..k]);
        let eof = k == 0;
        let end =
            line_end(&line, universal, eof).unwrap_or(if eof { line.len() } else { usize::MAX });
        let end = end.min(limit);
        if end <= line.len() {
            let extra = line.len() - end;
            if extra > 0 {
                f.seek(std::io::SeekFrom::Current(-(extra as i64)))?;
            }
            line.truncate(end);
            *out = line;
            return Ok(());
        }
    }
}

/// write(fd, bytes) -> count written.
fn fd_write(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "write", args, 2, 2)?;
    let fd = fd_arg(vm, args[0])?;
    let data = bytes_of(vm, args[1], "")?;
    let r = with_file(fd, |f| f.write_all(&data));
    match r {
        Ok(()) => Ok(Value::Int(data.len() as i64)),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

/// lseek(fd, pos, whence) -> new position.
fn fd_lseek(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "lseek", args, 3, 3)?;
    let fd = fd_arg(vm, args[0])?;
    let pos = as_int(vm, args[1], "")?;
    let whence = as_int(vm, args[2], "")?;
    let from = match whence {
        0 if pos < 0 => return Err(vm.value_error(format!("negative seek position {pos}"))),
        0 => std::io::SeekFrom::Start(pos as u64),
        1 => std::io::SeekFrom::Current(pos),
        2 => std::io::SeekFrom::End(pos),
        _ => return Err(vm.value_error(format!("whence value {whence} unsupported"))),
    };
    match with_file(fd, |f| std::io::Seek::seek(f, from)) {
        Ok(p) => Ok(Value::Int(p as i64)),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn fd_close(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "close", args, 1, 1)?;
    let fd = fd_arg(vm, args[0])?;
    if fd > 2 {
        // SAFETY: the Python file object owned this descriptor and is closing it now.
        drop(unsafe { std::fs::File::from_raw_fd(fd) });
    }
    Ok(Value::None)
}

fn fd_isatty(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "isatty", args, 1, 1)?;
    let fd = fd_arg(vm, args[0])?;
    let tty = with_file(fd, |f| std::io::IsTerminal::is_terminal(f));
    Ok(Value::Bool(tty))
}

fn fd_isdir(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "isdir", args, 1, 1)?;
    let fd = fd_arg(vm, args[0])?;
    let d = with_file(fd, |f| f.metadata().is_ok_and(|m| m.is_dir()));
    Ok(Value::Bool(d))
}

fn fd_ftruncate(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "ftruncate", args, 2, 2)?;
    let fd = fd_arg(vm, args[0])?;
    let n = as_int(vm, args[1], "")?;
    if n < 0 {
        return Err(vm.value_error(format!("negative size value {n}")));
    }
    match with_file(fd, |f| f.set_len(n as u64)) {
        Ok(()) => Ok(Value::Int(n)),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

/// std_write(fd, data): writes str or bytes to stdout (through the VM's buffer) or stderr.
fn std_write(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "std_write", args, 2, 2)?;
    let fd = fd_arg(vm, args[0])?;
    // Text is written as UTF-8; bytes (`sys.stdout.buffer`) as they are.
    let (data, n): (Vec<u8>, usize) = match as_str(args[1]) {
        Some(s) => (s.as_bytes().to_vec(), s.chars().count()),
        None => {
            let b = bytes_of(vm, args[1], "")?;
            let n = b.len();
            (b, n)
        }
    };
    if fd == 1 {
        vm.out.write_bytes(&data);
    } else {
        vm.out.flush();
        let mut e = std::io::stderr().lock();
        let _ = e.write_all(&data);
        let _ = e.flush();
    }
    Ok(Value::Int(n as i64))
}

/// The text codecs are those of `str.encode`/`bytes.decode` (corelib/src/types/codecs.rs).
pub fn encode_text(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    codecs::encode(vm, s, encoding, errors)
}

pub fn decode_text(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    codecs::decode(vm, b, encoding, errors)
}

/// Where the bytes a chunk of text in `codec` may still need to complete begin: an
/// incomplete UTF-8 sequence, a partial UTF-16/32 unit or a UTF-16 high surrogate.
fn chunk_cut(codec: Codec, b: &[u8]) -> usize {
    let (width, big) = match codec {
        Codec::Utf8 | Codec::Utf8Sig => return incomplete_utf8_start(b),
        Codec::Utf16 | Codec::Utf16Le => (2, false),
        Codec::Utf16Be => (2, true),
        Codec::Utf32 | Codec::Utf32Le => (4, false),
        Codec::Utf32Be => (4, true),
        _ => return b.len(),
    };
    let whole = b.len() - b.len() % width;
    if width == 2 && whole >= 2 {
        let (x, y) = (b[whole - 2] as u16, b[whole - 1] as u16);
        let unit = if big { x << 8 | y } else { y << 8 | x };
        if (0xd800..0xdc00).contains(&unit) {
            return whole - 2;
        }
    }
    whole
}

fn text_args(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(String, String)> {
    arity(vm, name, args, 3, 3)?;
    let enc = str_arg(vm, args[1], name)?.to_string();
    let errors = str_arg(vm, args[2], name)?.to_string();
    Ok((enc, errors))
}

/// encode(str, encoding, errors) -> bytes.
fn encode(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let (enc, errors) = text_args(vm, args, "encode")?;
    let Some(s) = as_str(args[0]) else {
        let t = vm.type_name(args[0]);
        return Err(vm.type_error(format!("write() argument must be str, not {t}")));
    };
    let b = encode_text(vm, s, &enc, &errors)?;
    Ok(new_bytes(vm, b))
}

/// concat(a, b) -> a + b for bytes (until bytes grows its own operators).
fn concat(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "concat", args, 2, 2)?;
    let mut a = bytes_of(vm, args[0], "")?;
    a.extend(bytes_of(vm, args[1], "")?);
    Ok(new_bytes(vm, a))
}

/// decode_chunk(bytes, encoding, errors) -> (str, tail): decodes all but the bytes a
/// character cut off by the chunk's end needs (see `chunk_cut`), returned for the next chunk.
fn decode_chunk(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let (enc, errors) = text_args(vm, args, "decode_chunk")?;
    let b = bytes_of(vm, args[0], "")?;
    let cut = chunk_cut(codecs::check_encoding(vm, &enc)?, &b);
    let s = decode_text(vm, &b[..cut], &enc, &errors)?;
    let s = vm.new_string(s);
    let tail = new_bytes(vm, b[cut..].to_vec());
    Ok(vm.new_tuple(vec![s, tail]))
}

/// split_lines(text, mode) -> (complete lines with their terminators, rest). Mode 0 ends
/// lines at `\n`, 1 at `\n`, `\r\n` or `\r` (a final `\r` stays in the rest: a `\n` may
/// follow), 2 at `\r`, 3 at `\r\n`.
fn split_lines(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "split_lines", args, 2, 2)?;
    let text = str_arg(vm, args[0], "split_lines()")?.to_string();
    let mode = as_int(vm, args[1], "")?;
    let b = text.as_bytes();
    let mut ends = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let end = match (mode, c) {
            (0, b'\n') | (2, b'\r') => Some(i + 1),
            (3, b'\r') if b.get(i + 1) == Some(&b'\n') => Some(i + 2),
            (1, b'\n') => Some(i + 1),
            (1, b'\r') => match b.get(i + 1) {
                Some(b'\n') => Some(i + 2),
                Some(_) => Some(i + 1),
                None => None,
            },
            _ => None,
        };
        match end {
            Some(e) => {
                ends.push(e);
                i = e;
            }
            None => i += 1,
        }
    }
    let mut start = 0;
    let mut lines = Vec::with_capacity(ends.len());
    for e in ends {
        lines.push(vm.new_str(&text[start..e]));
        start = e;
    }
    let list = vm.new_list(lines);
    let rest = vm.new_str(&text[start..]);
    Ok(vm.new_tuple(vec![list, rest]))
}

/// Where a UTF-8 sequence cut off by the end of `b` starts (`b.len()` if none is).
fn incomplete_utf8_start(b: &[u8]) -> usize {
    for back in 1..=3.min(b.len()) {
        let i = b.len() - back;
        let c = b[i];
        if c & 0xc0 == 0x80 {
            continue;
        }
        let need = match c {
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf7 => 4,
            _ => 1,
        };
        return if need > back { i } else { b.len() };
    }
    b.len()
}

/// join(list of bytes) -> their concatenation.
fn join(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "join", args, 1, 1)?;
    let items = vm.collect_iter(args[0])?;
    let mut out = Vec::new();
    for v in items {
        out.extend(bytes_of(vm, v, "")?);
    }
    Ok(new_bytes(vm, out))
}

/// to_bytes(bytes-like) -> a bytes copy; TypeError for anything that is not bytes-like.
fn to_bytes(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "to_bytes", args, 1, 1)?;
    let b = bytes_of(vm, args[0], "")?;
    Ok(new_bytes(vm, b))
}

/// decode(bytes, encoding, errors) -> str.
fn decode(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let (enc, errors) = text_args(vm, args, "decode")?;
    let b = bytes_of(vm, args[0], "")?;
    let s = decode_text(vm, &b, &enc, &errors)?;
    Ok(vm.new_string(s))
}
