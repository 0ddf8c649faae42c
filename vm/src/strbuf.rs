//! Concatenation that appends in place. `s += t` in a loop is the most common way programs
//! build text; CPython makes it linear by resizing `s` when nothing else refers to it. Kestrel
//! has no reference counts, so a concatenation result instead keeps its text at the start of
//! a growable buffer ([`GrowBuf`]) that later results share: when the left operand's text
//! ends where the buffer's written part ends, the right operand is written after it and the
//! new string is a longer view of the same buffer. Written bytes never change or move, so
//! every older view stays valid; an operand that is not at the end (its buffer was appended
//! to from another view) is copied into a new buffer of twice the size.

use crate::object::{Obj, PyStr};
use crate::strdata::StrData;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::Cell;
use std::ptr::NonNull;
use std::rc::Rc;

/// Results at most this long are made as ordinary strings (inline or exactly sized).
const SHARE_MIN: usize = 64;

/// A fixed-capacity byte buffer written only at its end: bytes before `used` are UTF-8 text
/// that views read and nothing writes again.
pub struct GrowBuf {
    ptr: NonNull<u8>,
    cap: usize,
    used: Cell<usize>,
}

impl GrowBuf {
    /// An empty buffer of `cap` bytes, or None when the allocation fails.
    fn try_new(cap: usize) -> Option<GrowBuf> {
        let mut v: Vec<u8> = Vec::new();
        v.try_reserve_exact(cap).ok()?;
        let mut v = std::mem::ManuallyDrop::new(v);
        let cap = v.capacity();
        Some(GrowBuf {
            ptr: NonNull::new(v.as_mut_ptr())?,
            cap,
            used: Cell::new(0),
        })
    }

    /// Writes `t` after the written part when the view of length `at` ends there and the
    /// buffer has room; false (and nothing written) otherwise.
    fn append_at(&self, at: usize, t: &str) -> bool {
        let used = self.used.get();
        if at != used || self.cap - used < t.len() {
            return false;
        }
        // SAFETY: `used + t.len() <= cap`, so the destination lies inside the allocation,
        // in its unwritten part, which no view covers (views cover `..len` with `len <=
        // used`). `t` is either another allocation or a view of this buffer, which ends at
        // or before `used`: the two ranges do not overlap.
        unsafe {
            std::ptr::copy_nonoverlapping(t.as_ptr(), self.ptr.as_ptr().add(used), t.len());
        }
        self.used.set(used + t.len());
        true
    }

    /// The text of a view of length `len`.
    #[inline]
    pub fn text(&self, len: usize) -> &str {
        debug_assert!(len <= self.used.get());
        // SAFETY: views are made only with `len <= used`; the bytes before `used` were
        // copied from whole `&str`s and are never written again, so they are valid UTF-8
        // that lives (unmoved) as long as the buffer.
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.ptr.as_ptr(), len)) }
    }
}

impl Drop for GrowBuf {
    fn drop(&mut self) {
        // SAFETY: `ptr` and `cap` came from a `Vec<u8>` that was never freed; a length of 0
        // drops no elements (bytes have no destructor).
        unsafe { drop(Vec::from_raw_parts(self.ptr.as_ptr(), 0, self.cap)) }
    }
}

impl Vm {
    /// `x + y` for two strs.
    pub fn concat_strs(&mut self, x: &PyStr, y: &PyStr) -> PyResult<Value> {
        let n =
            x.s.len()
                .checked_add(y.s.len())
                .ok_or_else(|| self.memory_error())?;
        let chars = x.chars + y.chars;
        if n <= SHARE_MIN {
            let mut s = String::with_capacity(n);
            s.push_str(&x.s);
            s.push_str(&y.s);
            let s = PyStr::with_chars(StrData::from_string(s), chars);
            return Ok(Value::Obj(self.alloc(Obj::Str(s))));
        }
        if let StrData::Shared { buf, len } = &x.s {
            if buf.append_at(*len, &y.s) {
                self.heap.note_size(y.s.len() / 16);
                let s = StrData::Shared {
                    buf: buf.clone(),
                    len: n,
                };
                return Ok(Value::Obj(
                    self.alloc(Obj::Str(PyStr::with_chars(s, chars))),
                ));
            }
        }
        // A first concatenation is sized exactly (most are never extended); extending a
        // result that has no room doubles, so a loop of `+=` copies each byte O(1) times.
        let cap = if matches!(x.s, StrData::Shared { .. }) {
            n.checked_mul(2).ok_or_else(|| self.memory_error())?
        } else {
            n
        };
        self.check_alloc(cap)?;
        let buf = GrowBuf::try_new(cap).ok_or_else(|| self.memory_error())?;
        let (wrote_x, wrote_y) = (buf.append_at(0, &x.s), buf.append_at(x.s.len(), &y.s));
        debug_assert!(wrote_x && wrote_y);
        self.heap.note_size(n / 16);
        let s = StrData::Shared {
            buf: Rc::new(buf),
            len: n,
        };
        Ok(Value::Obj(
            self.alloc(Obj::Str(PyStr::with_chars(s, chars))),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_keep_their_text_while_the_buffer_grows() {
        let buf = Rc::new(GrowBuf::try_new(16).unwrap());
        assert!(buf.append_at(0, "abc"));
        let first = StrData::Shared {
            buf: buf.clone(),
            len: 3,
        };
        assert!(buf.append_at(3, "défg"));
        // Not at the end any more: a second append from the first view is refused.
        assert!(!buf.append_at(3, "x"));
        // No room: refused.
        assert!(!buf.append_at(8, "0123456789"));
        assert_eq!(&*first, "abc");
        assert_eq!(buf.text(8), "abcdéfg");
    }
}
