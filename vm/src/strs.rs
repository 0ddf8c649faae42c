//! String helpers: hashing, equality, char indexing.

use crate::heap::Gc;
use crate::object::{Obj, PyStr};
use crate::value::Value;

/// FNV-1a over the bytes; never returns 0 (0 marks "not computed" in the cache) or -1.
pub fn hash_bytes(b: &[u8]) -> u64 {
    // Eight bytes a step (interning hashes every name and string constant a module loads),
    // then a final mix so that the low bits dict indexes use depend on every byte.
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h: u64 = b.len() as u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // The tail as a little-endian word, zero-padded (assembled in registers: a copy into
        // a buffer costs a `memcpy` call per short string).
        let mut tail = 0u64;
        for (i, &c) in rest.iter().enumerate() {
            tail |= (c as u64) << (8 * i);
        }
        h = (h.rotate_left(5) ^ tail).wrapping_mul(K);
    }
    h ^= h >> 32;
    h = h.wrapping_mul(0xd6e8_feb8_6659_fd93);
    h ^= h >> 29;
    // Keep it within Python's hash range (a non-negative i64 except -1 is reserved).
    let h = h >> 2;
    if h == 0 {
        1
    } else {
        h
    }
}

#[inline]
pub fn str_hash(s: &PyStr) -> u64 {
    let h = s.hash.get();
    if h != 0 {
        return h;
    }
    let h = hash_bytes(s.s.as_bytes());
    s.hash.set(h);
    h
}

/// Byte equality with short texts (most keys and names) compared by word loads inline,
/// without a call to `memcmp`.
#[inline(always)]
pub fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let word = |s: &[u8], at: usize| u64::from_le_bytes(s[at..at + 8].try_into().expect("8 bytes"));
    let half = |s: &[u8], at: usize| u32::from_le_bytes(s[at..at + 4].try_into().expect("4 bytes"));
    match n {
        // Two overlapping words cover 8..=16 bytes, two overlapping halves 4..=8.
        8..=16 => word(a, 0) == word(b, 0) && word(a, n - 8) == word(b, n - 8),
        4..=7 => half(a, 0) == half(b, 0) && half(a, n - 4) == half(b, n - 4),
        // First, middle and last byte cover 1..=3 bytes.
        1..=3 => a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1],
        0 => true,
        _ => a == b,
    }
}

#[inline]
pub fn as_str(g: Gc) -> Option<&'static PyStr> {
    match g.obj() {
        // SAFETY: the string lives as long as the object, which callers keep reachable; the
        // 'static here only spares lifetime plumbing for short-lived borrows.
        Obj::Str(s) => Some(unsafe { &*(s as *const PyStr) }),
        _ => None,
    }
}

#[inline]
pub fn str_eq(a: Gc, b: Gc) -> bool {
    match (a.obj(), b.obj()) {
        (Obj::Str(x), Obj::Str(y)) => {
            x.s.len() == y.s.len()
                && (x.hash.get() == 0 || y.hash.get() == 0 || x.hash.get() == y.hash.get())
                && x.s == y.s
        }
        _ => false,
    }
}

/// Byte offset of the char at `idx` (`idx <= chars`).
pub fn char_offset(s: &PyStr, idx: usize) -> usize {
    if s.is_ascii() {
        idx
    } else {
        s.s.char_indices()
            .nth(idx)
            .map(|(i, _)| i)
            .unwrap_or(s.s.len())
    }
}

/// The text of a `str` value.
pub fn as_str_value(v: Value) -> Option<&'static str> {
    match v {
        Value::Obj(g) => as_str(g).map(|s| &*s.s),
        _ => None,
    }
}
