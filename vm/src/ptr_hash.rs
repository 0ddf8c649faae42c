//! A hasher for maps keyed by an address (`const_cache`, `quick_cache`): every new closure or
//! generator expression looks its code object up there on first run, and SipHash cost more
//! than the rest of that lookup. Addresses are unique and attacker-independent, so one
//! multiply spreading the bits is enough.

use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default)]
pub struct PtrHasher(u64);

impl Hasher for PtrHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        // Only `usize` keys are hashed here; this keeps other keys correct, if slow.
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        // hashbrown takes the bucket from the low bits and a tag from the top ones: the
        // multiply spreads the address upward, the fold brings that back down (an address's
        // own low bits are alignment zeros).
        let h = (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = h ^ (h >> 32);
    }
}

pub type PtrMap<V> = std::collections::HashMap<usize, V, BuildHasherDefault<PtrHasher>>;
