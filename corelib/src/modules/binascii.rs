//! `binascii` (hex and base64 conversions, CRC-32, CRC-CCITT); `zlib`'s checksums are these
//! too (see `zlib.rs`).

use crate::args::*;
use kestrel_vm::dict::Dict;
use kestrel_vm::{Gc, Kwargs, PyResult, Raised, Value, Vm};

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("binascii", binascii_module);
}

fn binascii_module(vm: &mut Vm) -> PyResult<Gc> {
    let m = crate::modules::native_module(
        vm,
        "binascii",
        &[
            ("hexlify", hexlify),
            ("b2a_hex", hexlify),
            ("unhexlify", unhexlify),
            ("a2b_hex", unhexlify),
            ("b2a_base64", b2a_base64),
            ("a2b_base64", a2b_base64),
            ("crc32", crc32),
            ("crc_hqx", crc_hqx),
        ],
    );
    let value_error = vm.exc_class("ValueError");
    let exception = vm.exc_class("Exception");
    let modname = vm.new_str("binascii");
    for (name, base) in [("Error", value_error), ("Incomplete", exception)] {
        let cls = vm.new_class(name, vec![base], Dict::new());
        vm.class_set(cls, "__module__", modname);
        let d = Vm::module_dict(m);
        let k = vm.intern(name);
        vm.dict_set_str(d, k, Value::Obj(cls));
    }
    Ok(m)
}

/// Raises `binascii.Error(msg)`.
fn error(vm: &mut Vm, msg: &str) -> Raised {
    let cls = match vm.import_one("binascii") {
        Ok(m) => vm.getattr_str(Value::Obj(m), "Error").ok(),
        Err(_) => None,
    };
    match cls {
        Some(Value::Obj(c)) => {
            let m = vm.new_str(msg);
            let e = vm.new_exception(c, vec![m]);
            vm.raise(e)
        }
        _ => vm.value_error(msg),
    }
}

/// A bytes-like argument.
pub(crate) fn data_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.buffer(v)? {
        Some(b) => Ok(b.into_owned()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

/// The input of the `a2b_*` functions: bytes-like or an ASCII str.
fn ascii_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(s) = as_str(v) {
        if !s.is_ascii() {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    match vm.buffer(v)? {
        Some(b) => Ok(b.into_owned()),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "argument should be bytes, buffer or ASCII string, not '{t}'"
            )))
        }
    }
}

/// Lower-case hex digits of `data`, with `sep` between groups of `per` bytes (counted from
/// the right when `per` is positive, from the left when negative), as `bytes.hex`.
pub fn hex_with_sep(data: &[u8], sep: Option<u8>, per: i64) -> Vec<u8> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(data.len() * 3);
    let n = data.len();
    let group = per.unsigned_abs() as usize;
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep {
            if i > 0 && group > 0 {
                let boundary = if per > 0 {
                    (n - i).is_multiple_of(group)
                } else {
                    i.is_multiple_of(group)
                };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    out
}

/// The separator byte of `hexlify` / `bytes.hex`: a str or bytes-like of length 1. As in
/// CPython, a str must be one-byte (code point < 256), and only a str result (`bytes.hex`)
/// needs it ASCII.
pub fn hex_sep_byte(vm: &mut Vm, v: Value, bytes_result: bool) -> PyResult<u8> {
    let (b, len) = match as_str(v) {
        Some(s) => {
            let mut it = s.chars();
            let c = it.next();
            let len = c.map_or(0, |_| 1 + it.count());
            if len == 1 && c.is_some_and(|c| (c as u32) > 0xff) {
                return Err(vm.value_error("sep must be ASCII."));
            }
            (c.map_or(0, |c| c as u32 as u8), len)
        }
        None => match vm.buffer(v)? {
            Some(d) => (d.first().copied().unwrap_or(0), d.len()),
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("object of type '{t}' has no len()")));
            }
        },
    };
    if len != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    if !bytes_result && !b.is_ascii() {
        return Err(vm.value_error("sep must be ASCII."));
    }
    Ok(b)
}

fn hexlify(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let data_v = match args.first() {
        Some(v) => Some(*v),
        None => kwarg(vm, kw, "data"),
    };
    arity(vm, "hexlify", args, 0, 3)?;
    let Some(data_v) = data_v else {
        return Err(vm.type_error("hexlify() missing required argument 'data' (pos 1)"));
    };
    let data = data_arg(vm, data_v)?;
    let sep_v = args.get(1).copied().or_else(|| kwarg(vm, kw, "sep"));
    let per_v = args
        .get(2)
        .copied()
        .or_else(|| kwarg(vm, kw, "bytes_per_sep"));
    let sep = match sep_v {
        None => None,
        Some(v) => Some(hex_sep_byte(vm, v, true)?),
    };
    let per = match per_v {
        Some(v) => as_int(vm, v, "")?,
        None => 1,
    };
    let out = hex_with_sep(&data, sep, per);
    Ok(vm.new_bytes(out))
}

fn unhexlify(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "unhexlify", args, 1, 1)?;
    let data = ascii_arg(vm, args[0])?;
    if data.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks_exact(2) {
        let hi = (pair[0] as char).to_digit(16);
        let lo = (pair[1] as char).to_digit(16);
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(vm.new_bytes(out))
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub fn base64_encode(data: &[u8], out: &mut Vec<u8>) {
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if chunk.len() > 1 {
            B64[(n >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if chunk.len() > 2 {
            B64[n as usize & 63]
        } else {
            b'='
        });
    }
}

fn b2a_base64(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    arity(vm, "b2a_base64", args, 1, 1)?;
    let data = data_arg(vm, args[0])?;
    let newline = match kwarg(vm, kw, "newline") {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let mut out = Vec::with_capacity(data.len() * 4 / 3 + 4);
    base64_encode(&data, &mut out);
    if newline {
        out.push(b'\n');
    }
    Ok(vm.new_bytes(out))
}

fn b64_value(c: u8) -> Option<u32> {
    B64.iter().position(|&x| x == c).map(|p| p as u32)
}

fn a2b_base64(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    arity(vm, "a2b_base64", args, 1, 1)?;
    let data = ascii_arg(vm, args[0])?;
    let strict = match kwarg(vm, kw, "strict_mode") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if strict && data.first() == Some(&b'=') {
        return Err(error(vm, "Leading padding not allowed"));
    }
    let mut out = Vec::with_capacity(data.len() * 3 / 4);
    let (mut quad, mut acc, mut pads) = (0u32, 0u32, 0u32);
    let mut padding_started = false;
    let mut complete = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            pads += 1;
            if quad >= 2 && quad + pads >= 4 {
                if strict && i + 1 < data.len() {
                    return Err(error(vm, "Excess data after padding"));
                }
                complete = true;
                break;
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error(vm, "Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error(vm, "Discontinuous padding not allowed"));
        }
        pads = 0;
        acc = (acc << 6) | v;
        quad += 1;
        match quad {
            2 => out.push((acc >> 4) as u8),
            3 => out.push((acc >> 2) as u8),
            4 => {
                out.push(acc as u8);
                quad = 0;
                acc = 0;
            }
            _ => {}
        }
        acc &= 0xff;
    }
    if !complete && quad != 0 {
        if quad == 1 {
            let n = out.len() / 3 * 4 + 1;
            return Err(error(
                vm,
                &format!(
                    "Invalid base64-encoded string: number of data characters ({n}) cannot be 1 more than a multiple of 4"
                ),
            ));
        }
        return Err(error(vm, "Incorrect padding"));
    }
    Ok(vm.new_bytes(out))
}

/// The reflected CRC-32 (polynomial 0xEDB88320) of `data`, continuing from `crc`.
pub fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (i, e) in t.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xedb8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *e = c;
        }
        t
    });
    let mut c = !crc;
    for &b in data {
        c = table[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

/// An unsigned starting value (`crc32(data, value)`): Python ints are taken modulo 2**32.
fn start_value(vm: &mut Vm, v: Option<Value>, bits: u32) -> PyResult<u32> {
    let Some(v) = v else { return Ok(0) };
    let r = match v {
        Value::Float(_) => None,
        _ => vm.index_value(v)?,
    };
    let mask = if bits == 32 { u32::MAX } else { 0xffff };
    match r {
        Some(Value::Int(i)) => Ok((i as u64 as u32) & mask),
        Some(Value::Obj(g)) => match g.obj() {
            kestrel_vm::Obj::BigInt(b) => {
                let m = num_bigint::BigInt::from(1u64 << 32);
                let r = ((b % &m) + &m) % &m;
                Ok(num_traits::ToPrimitive::to_u32(&r).unwrap_or(0) & mask)
            }
            _ => Ok(0),
        },
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

pub(crate) fn crc32(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "crc32", args, 1, 2)?;
    let data = data_arg(vm, args[0])?;
    let start = start_value(vm, args.get(1).copied(), 32)?;
    Ok(Value::Int(crc32_update(start, &data) as i64))
}

fn crc_hqx(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "crc_hqx", args, 2, 2)?;
    let data = data_arg(vm, args[0])?;
    let mut crc = start_value(vm, Some(args[1]), 16)?;
    for &b in &data {
        crc ^= (b as u32) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            } & 0xffff;
        }
    }
    Ok(Value::Int(crc as i64))
}

pub(crate) fn adler32(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "adler32", args, 1, 2)?;
    let data = data_arg(vm, args[0])?;
    let start = match args.get(1) {
        Some(v) => start_value(vm, Some(*v), 32)?,
        None => 1,
    };
    const MOD: u32 = 65521;
    let (mut a, mut b) = ((start & 0xffff) % MOD, (start >> 16) % MOD);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    Ok(Value::Int(((b << 16) | a) as i64))
}
