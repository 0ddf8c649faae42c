//! `_bz2`, the native half of the frozen `bz2`: whole bzip2 streams compressed and
//! decompressed with the `bzip2` crate on its pure-Rust backend (`libbz2-rs-sys`, a port of
//! libbzip2 that produces the same bytes), so no C library is linked.

use super::binascii::data_arg;
use crate::args::*;
use bzip2::{Action, Compress, Compression, Decompress, Status};
use kestrel_vm::{Gc, Kwargs, PyResult, Value, Vm};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_bz2", module);
}

fn module(vm: &mut Vm) -> PyResult<Gc> {
    Ok(super::native_module(
        vm,
        "_bz2",
        &[("compress", compress), ("decompress", decompress)],
    ))
}

/// compress(data, level) -> bytes: one whole stream (level 1..9, checked by `bz2.py`).
fn compress(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "compress", args, 2, 2)?;
    let data = data_arg(vm, args[0])?;
    let level = as_int(vm, args[1], "")?.clamp(1, 9) as u32;
    let mut c = Compress::new(Compression::new(level), 30);
    let mut out = Vec::with_capacity(data.len() / 2 + 128);
    loop {
        if out.len() == out.capacity() {
            out.reserve(out.capacity().max(4096));
        }
        let used = c.total_in() as usize;
        match c.compress_vec(&data[used..], &mut out, Action::Finish) {
            Ok(Status::StreamEnd) => break,
            Ok(_) => continue,
            Err(e) => return Err(vm.raise_msg("OSError", format!("bzip2 error: {e:?}"))),
        }
    }
    Ok(vm.new_bytes(out))
}

/// decompress(data) -> (output, consumed, status) for the stream at the start of `data`:
/// status is "end" (it ended after `consumed` bytes), "more" (the data stops inside it) or
/// "invalid" (not bzip2 data).
fn decompress(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "decompress", args, 1, 1)?;
    let data = data_arg(vm, args[0])?;
    let mut d = Decompress::new(false);
    let mut out: Vec<u8> = Vec::with_capacity(data.len().saturating_mul(4).max(256));
    let status = loop {
        if out.len() == out.capacity() {
            out.reserve(out.capacity());
        }
        let used = d.total_in() as usize;
        let before_out = out.len();
        match d.decompress_vec(&data[used..], &mut out) {
            Ok(Status::StreamEnd) => break "end",
            Ok(_) => {
                let stalled = d.total_in() as usize == used && out.len() == before_out;
                let starved = d.total_in() as usize >= data.len() && out.len() < out.capacity();
                if starved || stalled {
                    break "more";
                }
            }
            Err(_) => break "invalid",
        }
    };
    let consumed = d.total_in() as i64;
    let out = vm.new_bytes(out);
    let st = vm.new_str(status);
    Ok(vm.new_tuple(vec![out, Value::Int(consumed), st]))
}
