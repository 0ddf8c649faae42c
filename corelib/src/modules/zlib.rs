//! `_zlib`, the native half of the frozen `zlib`: deflate and inflate (the `miniz_oxide`
//! crate) with the zlib and gzip wrappers done here, so that header errors and the
//! `unused_data` after a stream are reported as CPython's zlib does.

use super::binascii::{adler32, crc32, crc32_update, data_arg};
use crate::args::*;
use kestrel_vm::{Gc, Kwargs, PyResult, Value, Vm};
use miniz_oxide::inflate::stream::{inflate as inflate_step, InflateState};
use miniz_oxide::{DataFormat, MZError, MZFlush, MZStatus};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_zlib", zlib_module);
}

fn zlib_module(vm: &mut Vm) -> PyResult<Gc> {
    Ok(crate::modules::native_module(
        vm,
        "_zlib",
        &[
            ("crc32", crc32),
            ("adler32", adler32),
            ("_deflate", deflate),
            ("_inflate", inflate),
        ],
    ))
}

/// The Adler-32 checksum of `data` (the zlib trailer).
fn adler(data: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (1u32, 0u32);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

/// _deflate(data, level, wbits) -> bytes: one whole stream; the arguments were checked by
/// `zlib.py` (level 0..9, wbits 9..15 zlib, -15..-9 raw, 25..31 gzip).
fn deflate(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "_deflate", args, 3, 3)?;
    let data = data_arg(vm, args[0])?;
    let level = as_int(vm, args[1], "")?.clamp(0, 9) as u8;
    let wbits = as_int(vm, args[2], "")?;
    let raw = miniz_oxide::deflate::compress_to_vec(&data, level);
    let out = if wbits < 0 {
        raw
    } else if wbits > 15 {
        let xfl = match level {
            9 => 2,
            1 => 4,
            _ => 0,
        };
        let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3];
        out.extend_from_slice(&raw);
        out.extend_from_slice(&crc32_update(0, &data).to_le_bytes());
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out
    } else {
        // CMF: deflate with this window; FLG: the level class, padded to a multiple of 31.
        let cmf = (((wbits - 8) as u8) << 4) | 8;
        let class = match level {
            0 | 1 => 0u8,
            2..=5 => 1,
            6 => 2,
            _ => 3,
        };
        let mut flg = class << 6;
        let rem = ((cmf as u16) * 256 + flg as u16) % 31;
        if rem != 0 {
            flg += (31 - rem) as u8;
        }
        let mut out = vec![cmf, flg];
        out.extend_from_slice(&raw);
        out.extend_from_slice(&adler(&data).to_be_bytes());
        out
    };
    Ok(vm.new_bytes(out))
}

/// How far an inflation got: the stream ended at this input offset, more input is
/// needed, or the data is bad (zlib's message).
enum Inflated {
    End(usize),
    More,
    Bad(&'static str),
}

/// Inflates a raw deflate stream from the start of `input`, appending to `out`.
fn inflate_raw(input: &[u8], out: &mut Vec<u8>) -> Inflated {
    let mut state = InflateState::new_boxed(DataFormat::Raw);
    let mut buf = vec![0u8; 1 << 16];
    let mut pos = 0;
    loop {
        let r = inflate_step(&mut state, &input[pos..], &mut buf, MZFlush::None);
        pos += r.bytes_consumed;
        out.extend_from_slice(&buf[..r.bytes_written]);
        match r.status {
            Ok(MZStatus::StreamEnd) => return Inflated::End(pos),
            Ok(_) if r.bytes_consumed == 0 && r.bytes_written == 0 => return Inflated::More,
            Ok(_) => {}
            Err(MZError::Buf) => return Inflated::More,
            Err(_) => return Inflated::Bad("invalid block type"),
        }
    }
}

/// Skips a gzip header; the offset of the deflate data, None when incomplete.
fn gzip_header(d: &[u8]) -> Result<Option<usize>, &'static str> {
    if d.len() >= 2 && (d[0] != 0x1f || d[1] != 0x8b) || d.len() == 1 && d[0] != 0x1f {
        return Err("incorrect header check");
    }
    if d.len() < 10 {
        return Ok(None);
    }
    if d[2] != 8 {
        return Err("unknown compression method");
    }
    let flags = d[3];
    let mut p = 10;
    if flags & 4 != 0 {
        if d.len() < p + 2 {
            return Ok(None);
        }
        p += 2 + u16::from_le_bytes([d[p], d[p + 1]]) as usize;
    }
    for bit in [8, 16] {
        if flags & bit != 0 {
            match d.get(p..).and_then(|r| r.iter().position(|&b| b == 0)) {
                Some(n) => p += n + 1,
                None => return Ok(None),
            }
        }
    }
    if flags & 2 != 0 {
        p += 2;
    }
    Ok(if p <= d.len() { Some(p) } else { None })
}

/// _inflate(data, wbits) -> (output, consumed, status): status is "end" (the stream ended
/// after `consumed` bytes), "more" (it needs more input) or zlib's error message.
fn inflate(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "_inflate", args, 2, 2)?;
    let d = data_arg(vm, args[0])?;
    let wbits = as_int(vm, args[1], "")?;
    let mut out = Vec::new();
    let gzip = match wbits {
        24..=31 => true,
        40..=47 => d.first() == Some(&0x1f),
        _ => false,
    };
    let status: Result<Option<usize>, &str> = if wbits < 0 {
        match inflate_raw(&d, &mut out) {
            Inflated::End(n) => Ok(Some(n)),
            Inflated::More => Ok(None),
            Inflated::Bad(m) => Err(m),
        }
    } else if gzip {
        match gzip_header(&d) {
            Err(m) => Err(m),
            Ok(None) => Ok(None),
            Ok(Some(start)) => match inflate_raw(&d[start..], &mut out) {
                Inflated::Bad(m) => Err(m),
                Inflated::More => Ok(None),
                Inflated::End(n) => {
                    let end = start + n;
                    match d.get(end..end + 8) {
                        None => Ok(None),
                        Some(t) if t[..4] != crc32_update(0, &out).to_le_bytes() => {
                            Err("incorrect data check")
                        }
                        Some(t) if t[4..] != (out.len() as u32).to_le_bytes() => {
                            Err("incorrect length check")
                        }
                        Some(_) => Ok(Some(end + 8)),
                    }
                }
            },
        }
    } else {
        zlib_stream(&d, wbits, &mut out)
    };
    let out = vm.new_bytes(out);
    let (consumed, st) = match status {
        Ok(Some(n)) => (n as i64, "end"),
        Ok(None) => (0, "more"),
        Err(m) => (0, m),
    };
    let st = vm.new_str(st);
    Ok(vm.new_tuple(vec![out, Value::Int(consumed), st]))
}

/// A zlib-wrapped stream: header, deflate data, Adler-32 of the output.
fn zlib_stream(d: &[u8], wbits: i64, out: &mut Vec<u8>) -> Result<Option<usize>, &'static str> {
    if d.len() < 2 {
        return Ok(None);
    }
    let (cmf, flg) = (d[0], d[1]);
    if !(cmf as u16 * 256 + flg as u16).is_multiple_of(31) {
        return Err("incorrect header check");
    }
    if cmf & 15 != 8 {
        return Err("unknown compression method");
    }
    let window = (cmf >> 4) as i64 + 8;
    let limit = if wbits == 0 || wbits >= 40 { 15 } else { wbits };
    if window > limit {
        return Err("invalid window size");
    }
    if flg & 0x20 != 0 {
        return Err("need dictionary");
    }
    match inflate_raw(&d[2..], out) {
        Inflated::Bad(m) => Err(m),
        Inflated::More => Ok(None),
        Inflated::End(n) => {
            let end = 2 + n;
            match d.get(end..end + 4) {
                None => Ok(None),
                Some(t) if t != adler(out).to_be_bytes() => Err("incorrect data check"),
                Some(_) => Ok(Some(end + 4)),
            }
        }
    }
}
