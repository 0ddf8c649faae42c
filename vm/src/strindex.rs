//! Character positions in non-ASCII strings. Their text is UTF-8, so `s[i]` and `s[i:j]`
//! must find the byte where character `i` starts; scanning from the start each time makes a
//! loop over `range(len(s))` quadratic. The VM remembers the last few positions found (a
//! string's address, a character index, its byte offset) and walks from the nearest known
//! point: loops that move through a string step a few characters per access.
//! Entries are valid only until the next collection (a freed string's address is reused).

use crate::heap::Gc;
use crate::object::PyStr;
use crate::Vm;

/// Strings shorter than this are scanned from their start.
const CACHE_MIN: usize = 64;

#[derive(Default)]
pub struct CharPosCache {
    /// (address, character index, byte offset).
    entries: [(usize, usize, usize); 4],
    /// The collection count the entries belong to.
    epoch: usize,
    next: usize,
}

impl Vm {
    /// The byte offset in `s`'s text where character `i` starts (`i <= s.chars`; the text's
    /// length for `i == s.chars`).
    pub fn char_byte_offset(&self, g: Gc, s: &PyStr, i: usize) -> usize {
        let text: &str = &s.s;
        if s.is_ascii() {
            return i;
        }
        if i >= s.chars {
            return text.len();
        }
        if text.len() < CACHE_MIN {
            return walk_forward(text, 0, i);
        }
        let mut cache = self.char_pos.borrow_mut();
        if cache.epoch != self.heap.collections {
            *cache = CharPosCache {
                epoch: self.heap.collections,
                ..CharPosCache::default()
            };
        }
        let addr = g.addr();
        // The nearest known point: the start, the end, or a remembered position.
        let (mut c0, mut b0) = if i <= s.chars - i {
            (0, 0)
        } else {
            (s.chars, text.len())
        };
        let mut slot = None;
        for (k, &(a, c, b)) in cache.entries.iter().enumerate() {
            if a == addr {
                slot = Some(k);
                if c.abs_diff(i) < c0.abs_diff(i) {
                    (c0, b0) = (c, b);
                }
            }
        }
        let b = if i >= c0 {
            walk_forward(text, b0, i - c0)
        } else {
            walk_backward(text, b0, c0 - i)
        };
        let k = slot.unwrap_or_else(|| {
            let k = cache.next;
            cache.next = (k + 1) % cache.entries.len();
            k
        });
        cache.entries[k] = (addr, i, b);
        b
    }

    /// The text of characters `start..start + len` of `s`.
    pub fn char_range<'s>(&self, g: Gc, s: &'s PyStr, start: usize, len: usize) -> &'s str {
        let from = self.char_byte_offset(g, s, start);
        let text: &str = &s.s;
        let to = from + walk_forward(&text[from..], 0, len);
        &text[from..to]
    }
}

/// The byte offset `n` characters after byte offset `from` (a character boundary).
fn walk_forward(text: &str, from: usize, n: usize) -> usize {
    text[from..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(b, _)| from + b)
}

/// The byte offset `n` characters before byte offset `from` (a character boundary).
fn walk_backward(text: &str, from: usize, n: usize) -> usize {
    text[..from]
        .char_indices()
        .rev()
        .nth(n - 1)
        .map_or(0, |(b, _)| b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_both_ways_over_multibyte_text() {
        let t = "aé€😀b";
        assert_eq!(walk_forward(t, 0, 2), 3);
        assert_eq!(walk_forward(t, 3, 1), 6);
        assert_eq!(walk_forward(t, 0, 5), t.len());
        assert_eq!(walk_backward(t, t.len(), 1), 10);
        assert_eq!(walk_backward(t, 10, 2), 3);
        assert_eq!(walk_backward(t, 3, 2), 0);
    }
}
