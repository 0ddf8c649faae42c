//! `hashlib`: MD5, SHA-1, SHA-2, SHA-3 and BLAKE2 over the RustCrypto crates. Hash objects
//! are instances of `HASH` (or of the `blake2b`/`blake2s` classes, which are also their
//! constructors, as in CPython) carrying the running state as native data.

use crate::args::*;
use blake2::digest::{Update, VariableOutput};
use kestrel_vm::dict::Dict;
use kestrel_vm::object::{Extra, Instance, NativeData};
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Value, Vm};
use sha2::Digest;
use std::cell::RefCell;

type F = kestrel_vm::object::NativeFnPtr;

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("hashlib", hashlib_module);
}

#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Blake2b(blake2::Blake2bVar),
    Blake2s(blake2::Blake2sVar),
}

/// The algorithms by name: (name, digest size, block size).
const ALGORITHMS: [(&str, usize, usize); 12] = [
    ("md5", 16, 64),
    ("sha1", 20, 64),
    ("sha224", 28, 64),
    ("sha256", 32, 64),
    ("sha384", 48, 128),
    ("sha512", 64, 128),
    ("sha3_224", 28, 144),
    ("sha3_256", 32, 136),
    ("sha3_384", 48, 104),
    ("sha3_512", 64, 72),
    ("blake2b", 64, 128),
    ("blake2s", 32, 64),
];

impl State {
    /// A fresh state for `name` (BLAKE2 with `size`-byte digests).
    fn new(name: &str, size: usize) -> Option<State> {
        Some(match name {
            "md5" => State::Md5(md5::Md5::new()),
            "sha1" => State::Sha1(sha1::Sha1::new()),
            "sha224" => State::Sha224(sha2::Sha224::new()),
            "sha256" => State::Sha256(sha2::Sha256::new()),
            "sha384" => State::Sha384(sha2::Sha384::new()),
            "sha512" => State::Sha512(sha2::Sha512::new()),
            "sha3_224" => State::Sha3_224(sha3::Sha3_224::new()),
            "sha3_256" => State::Sha3_256(sha3::Sha3_256::new()),
            "sha3_384" => State::Sha3_384(sha3::Sha3_384::new()),
            "sha3_512" => State::Sha3_512(sha3::Sha3_512::new()),
            "blake2b" => State::Blake2b(blake2::Blake2bVar::new(size).ok()?),
            "blake2s" => State::Blake2s(blake2::Blake2sVar::new(size).ok()?),
            _ => return None,
        })
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            State::Md5(h) => Digest::update(h, data),
            State::Sha1(h) => Digest::update(h, data),
            State::Sha224(h) => Digest::update(h, data),
            State::Sha256(h) => Digest::update(h, data),
            State::Sha384(h) => Digest::update(h, data),
            State::Sha512(h) => Digest::update(h, data),
            State::Sha3_224(h) => Digest::update(h, data),
            State::Sha3_256(h) => Digest::update(h, data),
            State::Sha3_384(h) => Digest::update(h, data),
            State::Sha3_512(h) => Digest::update(h, data),
            State::Blake2b(h) => Update::update(h, data),
            State::Blake2s(h) => Update::update(h, data),
        }
    }

    /// The digest so far (the state itself goes on).
    fn digest(&self) -> Vec<u8> {
        match self.clone() {
            State::Md5(h) => h.finalize().to_vec(),
            State::Sha1(h) => h.finalize().to_vec(),
            State::Sha224(h) => h.finalize().to_vec(),
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha384(h) => h.finalize().to_vec(),
            State::Sha512(h) => h.finalize().to_vec(),
            State::Sha3_224(h) => h.finalize().to_vec(),
            State::Sha3_256(h) => h.finalize().to_vec(),
            State::Sha3_384(h) => h.finalize().to_vec(),
            State::Sha3_512(h) => h.finalize().to_vec(),
            State::Blake2b(h) => {
                let mut out = vec![0u8; h.output_size()];
                let _ = h.finalize_variable(&mut out);
                out
            }
            State::Blake2s(h) => {
                let mut out = vec![0u8; h.output_size()];
                let _ = h.finalize_variable(&mut out);
                out
            }
        }
    }
}

/// A hash object's data.
struct Hash {
    name: &'static str,
    digest_size: usize,
    block_size: usize,
    state: RefCell<State>,
}

impl NativeData for Hash {}

fn hashlib_module(vm: &mut Vm) -> PyResult<Gc> {
    let m =
        crate::modules::native_module(vm, "hashlib", &[("new", new), ("pbkdf2_hmac", pbkdf2_hmac)]);
    let object = vm.types.object;
    let modname = vm.new_str("hashlib");
    let d = Vm::module_dict(m);
    let mut classes = Vec::new();
    for cname in ["HASH", "blake2b", "blake2s"] {
        let cls = vm.new_class(cname, vec![object], Dict::new());
        let methods: &[(&'static str, F)] = &[
            ("HASH.update", update),
            ("HASH.digest", digest),
            ("HASH.hexdigest", hexdigest),
            ("HASH.copy", copy),
        ];
        crate::modules::class_methods(vm, cls, methods);
        let props: [(&'static str, F); 3] = [
            ("name", name),
            ("digest_size", digest_size),
            ("block_size", block_size),
        ];
        for (n, f) in props {
            let get = vm.new_native(n, f);
            let p = vm.alloc(Obj::Property(get, Value::None, Value::None));
            vm.class_set(cls, n, Value::Obj(p));
        }
        vm.class_set(cls, "__module__", modname);
        classes.push(cls);
    }
    let (b2b, b2s) = (classes[1], classes[2]);
    for (cls, f) in [(b2b, blake2b_new as F), (b2s, blake2s_new as F)] {
        let n = vm.new_native("blake2.__new__", f);
        let sm = vm.alloc(Obj::StaticMethod(n));
        vm.class_set(cls, "__new__", Value::Obj(sm));
    }
    let fns: [(&'static str, F); 10] = [
        ("md5", md5_new),
        ("sha1", sha1_new),
        ("sha224", sha224_new),
        ("sha256", sha256_new),
        ("sha384", sha384_new),
        ("sha512", sha512_new),
        ("sha3_224", sha3_224_new),
        ("sha3_256", sha3_256_new),
        ("sha3_384", sha3_384_new),
        ("sha3_512", sha3_512_new),
    ];
    for (n, f) in fns {
        let v = vm.new_native(n, f);
        let k = vm.intern(n);
        vm.dict_set_str(d, k, v);
    }
    let names: Vec<Value> = ALGORITHMS.iter().map(|(n, ..)| vm.new_str(n)).collect();
    let set = vm.builtin("frozenset").unwrap_or(Value::None);
    let list = vm.new_list(names);
    let algos = vm.call_value(set, &[list], &[])?;
    for (name, v) in [
        ("HASH", Value::Obj(classes[0])),
        ("blake2b", Value::Obj(b2b)),
        ("blake2s", Value::Obj(b2s)),
        ("algorithms_guaranteed", algos),
        ("algorithms_available", algos),
    ] {
        let k = vm.intern(name);
        vm.dict_set_str(d, k, v);
    }
    Ok(m)
}

/// The data to hash: bytes-like only (str must be encoded first).
fn data_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if as_str(v).is_some() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    match vm.buffer(v)? {
        Some(b) => Ok(b.into_owned()),
        None => Err(vm.type_error("object supporting the buffer API required")),
    }
}

/// The class of hash objects for `name` (looked up in the imported module).
fn class_for(vm: &mut Vm, name: &str) -> PyResult<Gc> {
    let m = vm.import_one("hashlib")?;
    let cname = if name.starts_with("blake2") {
        name
    } else {
        "HASH"
    };
    match vm.getattr_str(Value::Obj(m), cname)? {
        Value::Obj(c) => Ok(c),
        _ => Err(vm.type_error("hashlib class missing")),
    }
}

fn make(
    vm: &mut Vm,
    cls: Option<Gc>,
    name: &str,
    size: usize,
    data: Option<Value>,
) -> PyResult<Value> {
    let Some(&(aname, dsize, bsize)) = ALGORITHMS.iter().find(|(n, ..)| *n == name) else {
        return Err(vm.value_error(format!("unsupported hash type {name}")));
    };
    let size = if aname.starts_with("blake2") {
        size
    } else {
        dsize
    };
    let Some(mut state) = State::new(aname, size) else {
        return Err(vm.value_error(format!("unsupported hash type {name}")));
    };
    if let Some(d) = data {
        let bytes = data_arg(vm, d)?;
        state.update(&bytes);
    }
    let cls = match cls {
        Some(c) => c,
        None => class_for(vm, aname)?,
    };
    Ok(Value::Obj(vm.alloc(Obj::Instance(Instance::with_extra(
        cls,
        Extra::Native(Box::new(Hash {
            name: aname,
            digest_size: size,
            block_size: bsize,
            state: RefCell::new(state),
        })),
    )))))
}

/// The optional data argument of a constructor (positional or `data=`/`string=`).
fn data_param(vm: &mut Vm, args: &[Value], kw: Kwargs, fname: &str) -> PyResult<Option<Value>> {
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 1 positional argument ({} given)",
            args.len()
        )));
    }
    let mut data = args.first().copied();
    for (k, v) in kw {
        match vm.key_str(*k).as_str() {
            "data" | "string" => data = Some(*v),
            "usedforsecurity" => {}
            other => {
                return Err(vm.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    Ok(data)
}

fn new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let mut name = args.first().copied();
    let mut rest: Vec<(Value, Value)> = Vec::new();
    for (k, v) in kw {
        if vm.key_str(*k) == "name" {
            name = Some(*v);
        } else {
            rest.push((*k, *v));
        }
    }
    let Some(name) = name else {
        return Err(vm.type_error("__hash_new() missing 1 required positional argument: 'name'"));
    };
    let n = canonical_name(str_arg(vm, name, "new() argument 'name'")?);
    let data = data_param(vm, args.get(1..).unwrap_or(&[]), &rest, "new")?;
    let size = ALGORITHMS
        .iter()
        .find(|(a, ..)| *a == n)
        .map(|a| a.1)
        .unwrap_or(0);
    make(vm, None, &n, size, data)
}

/// The bytes of a password/salt argument: any bytes-like value (a str is a TypeError).
fn key_material(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.buffer(v)? {
        Some(b) if as_str(v).is_none() => Ok(b.into_owned()),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`: PBKDF2 (RFC 8018)
/// with HMAC over the named digest.
fn pbkdf2_hmac(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let names = ["hash_name", "password", "salt", "iterations", "dklen"];
    let args = merge_kwargs(vm, "pbkdf2_hmac", args, kw, &names)?;
    if args.len() < 4 || args.len() > 5 {
        return Err(vm.type_error(format!(
            "pbkdf2_hmac() takes from 4 to 5 positional arguments but {} were given",
            args.len()
        )));
    }
    let name = canonical_name(str_arg(vm, args[0], "pbkdf2_hmac() argument 'hash_name'")?);
    let password = key_material(vm, args[1])?;
    let salt = key_material(vm, args[2])?;
    let iterations = as_int(vm, args[3], "")?;
    if iterations < 1 {
        return Err(vm.value_error("iteration value must be greater than 0."));
    }
    if iterations > u32::MAX as i64 {
        return Err(vm.raise_msg("OverflowError", "iteration value is too great."));
    }
    let Some(&(aname, dsize, bsize)) = ALGORITHMS.iter().find(|(n, ..)| *n == name) else {
        return Err(vm.value_error(format!("unsupported hash type {name}")));
    };
    let dklen = match args.get(4) {
        None | Some(Value::None) => dsize as i64,
        Some(v) => as_int(vm, *v, "")?,
    };
    if dklen < 1 {
        return Err(vm.value_error("key length must be greater than 0."));
    }
    if dklen > u32::MAX as i64 {
        return Err(vm.raise_msg("OverflowError", "key length is too great."));
    }
    let fresh = || State::new(aname, dsize).expect("listed algorithm");
    // HMAC's inner and outer states after the padded key, reused for every block.
    let mut key = password;
    if key.len() > bsize {
        let mut h = fresh();
        h.update(&key);
        key = h.digest();
    }
    key.resize(bsize, 0);
    let (mut inner, mut outer) = (fresh(), fresh());
    inner.update(&key.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
    outer.update(&key.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
    let prf = |msg: &[u8]| {
        let mut i = inner.clone();
        i.update(msg);
        let mut o = outer.clone();
        o.update(&i.digest());
        o.digest()
    };
    let mut out = Vec::with_capacity(dklen as usize + dsize);
    let mut block: u32 = 1;
    while out.len() < dklen as usize {
        let mut msg = salt.clone();
        msg.extend_from_slice(&block.to_be_bytes());
        let mut u = prf(&msg);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = prf(&u);
            t.iter_mut().zip(&u).for_each(|(a, b)| *a ^= b);
        }
        out.extend_from_slice(&t);
        block += 1;
    }
    out.truncate(dklen as usize);
    Ok(Value::Obj(vm.alloc(Obj::Bytes(out.into_boxed_slice()))))
}

/// The algorithm `hashlib.new` understands by `name`: the exact names, the MD5/SHA-1/SHA-2
/// ones in any case, and the `sha-256`/`sha3-256` spellings (as OpenSSL-backed CPython).
fn canonical_name(name: &str) -> String {
    if ALGORITHMS.iter().any(|(a, ..)| *a == name) {
        return name.to_string();
    }
    let lower = name.to_ascii_lowercase();
    let lower = match lower.strip_prefix("sha3-") {
        Some(bits) => format!("sha3_{bits}"),
        None => match lower.strip_prefix("sha-") {
            Some(bits) => format!("sha{bits}"),
            None => lower,
        },
    };
    let openssl = [
        "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384",
        "sha3_512",
    ];
    if openssl.contains(&lower.as_str())
        && (lower != name.to_ascii_lowercase() || !lower.starts_with("sha3"))
    {
        return lower;
    }
    name.to_string()
}

macro_rules! constructor {
    ($f:ident, $name:expr) => {
        fn $f(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
            let data = data_param(vm, args, kw, $name)?;
            make(vm, None, $name, 0, data)
        }
    };
}
constructor!(md5_new, "md5");
constructor!(sha1_new, "sha1");
constructor!(sha224_new, "sha224");
constructor!(sha256_new, "sha256");
constructor!(sha384_new, "sha384");
constructor!(sha512_new, "sha512");
constructor!(sha3_224_new, "sha3_224");
constructor!(sha3_256_new, "sha3_256");
constructor!(sha3_384_new, "sha3_384");
constructor!(sha3_512_new, "sha3_512");

/// `blake2b(data=b'', *, digest_size=64, key=b'', salt=b'', person=b'', ...)`.
fn blake2_new(vm: &mut Vm, args: &[Value], kw: Kwargs, name: &str, max: usize) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first().copied() else {
        return Err(vm.type_error("blake2 __new__: no class"));
    };
    let args = &args[1..];
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 1 positional argument ({} given)",
            args.len()
        )));
    }
    let mut data = args.first().copied();
    let mut size = max;
    for (k, v) in kw {
        match vm.key_str(*k).as_str() {
            "data" | "string" => data = Some(*v),
            "digest_size" => {
                let n = as_int(vm, *v, "")?;
                if n < 1 || n > max as i64 {
                    return Err(
                        vm.value_error(format!("digest_size must be between 1 and {max} bytes"))
                    );
                }
                size = n as usize;
            }
            "usedforsecurity" | "last_node" => {}
            "fanout" | "depth" | "leaf_size" | "node_offset" | "node_depth" | "inner_size" => {
                return Err(vm.raise_msg(
                    "NotImplementedError",
                    format!("{name}() tree hashing parameters are not supported"),
                ))
            }
            "key" | "salt" | "person" => {
                let b = data_arg(vm, *v)?;
                if !b.is_empty() {
                    return Err(vm.raise_msg(
                        "NotImplementedError",
                        format!("{name}() with a key, salt or person is not supported"),
                    ));
                }
            }
            other => {
                return Err(vm.type_error(format!(
                    "{name}() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    make(vm, Some(cls), name, size, data)
}

fn blake2b_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    blake2_new(vm, args, kw, "blake2b", 64)
}

fn blake2s_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    blake2_new(vm, args, kw, "blake2s", 32)
}

fn this<'a>(vm: &mut Vm, args: &[Value]) -> PyResult<&'a Hash> {
    if let Some(Value::Obj(g)) = args.first() {
        if let Obj::Instance(i) = g.obj() {
            if let Some(h) = i.native::<Hash>() {
                // SAFETY: the hash object is the native's receiver argument (reachable from
                // the register stack for the whole call); its native data never moves.
                return Ok(unsafe { &*(h as *const Hash) });
            }
        }
    }
    Err(vm.type_error("descriptor requires a hash object"))
}

fn update(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let h = this(vm, args)?;
    arity(vm, "update", &args[1..], 1, 1)?;
    let data = data_arg(vm, args[1])?;
    h.state.borrow_mut().update(&data);
    Ok(Value::None)
}

fn digest(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let h = this(vm, args)?;
    arity(vm, "digest", &args[1..], 0, 0)?;
    let d = h.state.borrow().digest();
    Ok(vm.new_bytes(d))
}

fn hexdigest(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let h = this(vm, args)?;
    arity(vm, "hexdigest", &args[1..], 0, 0)?;
    let d = h.state.borrow().digest();
    let hex = super::binascii::hex_with_sep(&d, None, 1);
    Ok(vm.new_string(String::from_utf8(hex).unwrap_or_default()))
}

fn copy(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let h = this(vm, args)?;
    arity(vm, "copy", &args[1..], 0, 0)?;
    let cls = vm.type_of(args[0]);
    Ok(Value::Obj(vm.alloc(Obj::Instance(Instance::with_extra(
        cls,
        Extra::Native(Box::new(Hash {
            name: h.name,
            digest_size: h.digest_size,
            block_size: h.block_size,
            state: RefCell::new(h.state.borrow().clone()),
        })),
    )))))
}

fn name(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let h = this(vm, args)?;
    Ok(vm.new_str(h.name))
}

fn digest_size(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let h = this(vm, args)?;
    Ok(Value::Int(h.digest_size as i64))
}

fn block_size(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let h = this(vm, args)?;
    Ok(Value::Int(h.block_size as i64))
}
