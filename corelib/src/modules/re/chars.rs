//! Character classes and case folding as `re` defines them: Unicode for str patterns,
//! ASCII for bytes patterns and under the ASCII flag.

use super::parse::{Cat, CharSet, SetItem};
use crate::strmethods::is_space;
use crate::types::str::{is_alpha, is_decimal, is_digit, is_numeric};

#[inline]
fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

#[inline]
pub fn is_word(c: u32, ascii: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    if ascii {
        return false;
    }
    let c = ch(c);
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

#[inline]
fn is_re_digit(c: u32, ascii: bool) -> bool {
    if c < 128 {
        return (b'0' as u32..=b'9' as u32).contains(&c);
    }
    !ascii && is_decimal(ch(c))
}

#[inline]
fn is_re_space(c: u32, ascii: bool) -> bool {
    if c < 128 || ascii {
        // Bytes and ASCII mode: [ \t\n\r\f\v].
        return matches!(c, 9..=13 | 32);
    }
    is_space(ch(c))
}

pub fn in_cat(cat: Cat, c: u32, ascii: bool) -> bool {
    match cat {
        Cat::Digit => is_re_digit(c, ascii),
        Cat::NotDigit => !is_re_digit(c, ascii),
        Cat::Word => is_word(c, ascii),
        Cat::NotWord => !is_word(c, ascii),
        Cat::Space => is_re_space(c, ascii),
        Cat::NotSpace => !is_re_space(c, ascii),
    }
}

/// Simple (one-character) lower-case mapping.
#[inline]
pub fn lower(c: u32, ascii: bool) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    if ascii {
        return c;
    }
    let mut it = ch(c).to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l as u32,
        _ => c,
    }
}

/// Simple (one-character) upper-case mapping.
#[inline]
pub fn upper(c: u32, ascii: bool) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    if ascii {
        return c;
    }
    let mut it = ch(c).to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u as u32,
        _ => c,
    }
}

/// Whether `c` equals a pattern character ignoring case, given the pattern character's
/// lower and upper forms (two characters such as `ſ` and `s` meet in their upper form).
#[inline]
pub fn eq_icase(c: u32, lo: u32, up: u32, ascii: bool) -> bool {
    c == lo || c == up || lower(c, ascii) == lo || (!ascii && upper(c, false) == up)
}

impl CharSet {
    /// Whether `c` is in the set (negation applied).
    pub fn contains(&self, c: u32) -> bool {
        self.contains_raw(c) != self.negate
    }

    fn contains_raw(&self, c: u32) -> bool {
        if !self.icase {
            return self.items.iter().any(|it| match *it {
                SetItem::Char(x) => x == c,
                SetItem::Range(lo, hi) => lo <= c && c <= hi,
                SetItem::Cat(cat) => in_cat(cat, c, self.ascii),
            });
        }
        let l = lower(c, self.ascii);
        let u = upper(c, self.ascii);
        // `ſ` is in `[a-z]` ignoring case: its upper form's lower form is `s`.
        let ul = lower(u, self.ascii);
        self.items.iter().any(|it| match *it {
            SetItem::Char(x) => x == c || lower(x, self.ascii) == l || upper(x, self.ascii) == u,
            SetItem::Range(lo, hi) => {
                let r = lo..=hi;
                r.contains(&c) || r.contains(&l) || r.contains(&u) || r.contains(&ul)
            }
            SetItem::Cat(cat) => in_cat(cat, c, self.ascii),
        })
    }
}
