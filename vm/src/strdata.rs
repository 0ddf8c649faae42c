//! A string object's UTF-8 text: up to `INLINE_CAP` bytes inside the object itself, longer
//! text in its own allocation. Most strings a program makes (names, keys, words, numbers'
//! text) are short, and the object has the room anyway (every heap object is as large as the
//! largest `Obj` variant), so they cost no second allocation and no second cache line.

/// Chosen so that `PyStr` (text, hash, length in characters) stays within the size of the
/// largest `Obj` variant (an instance, 64 bytes).
pub const INLINE_CAP: usize = 46;

#[derive(Clone)]
pub enum StrData {
    Inline {
        len: u8,
        buf: [u8; INLINE_CAP],
    },
    Heap(Box<str>),
    /// The first `len` bytes of a buffer that concatenation appends to (`strbuf.rs`).
    Shared {
        buf: std::rc::Rc<crate::strbuf::GrowBuf>,
        len: usize,
    },
}

impl StrData {
    #[inline]
    pub fn copy_of(s: &str) -> StrData {
        if s.len() <= INLINE_CAP {
            let mut buf = [0u8; INLINE_CAP];
            let (b, n) = (s.as_bytes(), s.len());
            // Short texts (words, names) by overlapping word moves, without a `memcpy` call.
            match n {
                8..=16 => {
                    buf[..8].copy_from_slice(&b[..8]);
                    buf[n - 8..n].copy_from_slice(&b[n - 8..]);
                }
                4..=7 => {
                    buf[..4].copy_from_slice(&b[..4]);
                    buf[n - 4..n].copy_from_slice(&b[n - 4..]);
                }
                // First, middle and last byte cover 1..=3 bytes.
                1..=3 => {
                    buf[0] = b[0];
                    buf[n / 2] = b[n / 2];
                    buf[n - 1] = b[n - 1];
                }
                0 => {}
                _ => buf[..n].copy_from_slice(b),
            }
            StrData::Inline {
                len: s.len() as u8,
                buf,
            }
        } else {
            StrData::Heap(s.into())
        }
    }

    /// Takes an owned string, keeping its allocation when the text is too long to inline.
    #[inline]
    pub fn from_string(s: String) -> StrData {
        if s.len() <= INLINE_CAP {
            StrData::copy_of(&s)
        } else {
            StrData::Heap(s.into_boxed_str())
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            StrData::Inline { len, buf } => {
                let bytes = &buf[..*len as usize];
                debug_assert!(std::str::from_utf8(bytes).is_ok());
                // SAFETY: an inline buffer's first `len` bytes are a copy of a whole `&str`
                // (`copy_of`), so they are valid UTF-8, and they are never modified.
                unsafe { std::str::from_utf8_unchecked(bytes) }
            }
            StrData::Heap(b) => b,
            StrData::Shared { buf, len } => buf.text(*len),
        }
    }
}

impl std::ops::Deref for StrData {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for StrData {
    #[inline]
    fn eq(&self, other: &StrData) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for StrData {}

impl PartialEq<str> for StrData {
    #[inline]
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialOrd for StrData {
    fn partial_cmp(&self, other: &StrData) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for StrData {
    fn cmp(&self, other: &StrData) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for StrData {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state)
    }
}

impl std::fmt::Display for StrData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Debug for StrData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_inline_and_long_text_is_not() {
        let short = StrData::copy_of("héllo");
        assert!(matches!(short, StrData::Inline { .. }));
        assert_eq!(&*short, "héllo");
        let edge = "x".repeat(INLINE_CAP);
        assert!(matches!(StrData::copy_of(&edge), StrData::Inline { .. }));
        let long = StrData::from_string("y".repeat(INLINE_CAP + 1));
        assert!(matches!(long, StrData::Heap(_)));
        assert_eq!(long.len(), INLINE_CAP + 1);
    }

    #[test]
    fn pystr_fits_in_the_largest_variant() {
        assert!(std::mem::size_of::<crate::object::PyStr>() <= 64);
    }
}
