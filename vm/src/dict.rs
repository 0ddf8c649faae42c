//! An insertion-ordered hash map of Python values: a dense entry vector (iteration order) plus a
//! `hashbrown` table of indices. Deleted entries become tombstones and are compacted away when
//! they dominate. Equality is supplied by the caller, because comparing Python keys may run
//! Python code (`Vm::dict_*` in `dictops.rs` handle that).

use crate::heap::Gc;
use crate::value::Value;
use hashbrown::HashTable;
use std::sync::atomic::{AtomicU64, Ordering};

/// Bumped by every mutation of a namespace dict (module globals, builtins): `LoadGlobal`'s
/// inline caches are valid while the epoch they recorded is current.
pub static NAMESPACE_EPOCH: AtomicU64 = AtomicU64::new(0);

#[inline]
pub fn namespace_epoch() -> u64 {
    NAMESPACE_EPOCH.load(Ordering::Relaxed)
}

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: u64,
    pub key: Value,
    pub value: Value,
}

/// Dicts with at most this many entry slots are searched linearly, without an index table:
/// most instance and keyword dicts are that small.
const SMALL: usize = 8;

#[derive(Default, Clone)]
pub struct Dict {
    /// Entry positions by hash; built only once the dict outgrows `SMALL`.
    index: HashTable<u32>,
    indexed: bool,
    pub entries: Vec<Entry>,
    len: usize,
    /// A module namespace or builtins: mutations invalidate global-lookup caches.
    pub namespace: bool,
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            index: if n > SMALL {
                HashTable::with_capacity(n)
            } else {
                HashTable::new()
            },
            indexed: false,
            entries: Vec::with_capacity(n),
            len: 0,
            namespace: false,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Finds the entry index of a key with this hash for which `eq` holds.
    #[inline]
    pub fn find(&self, hash: u64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        let entries = &self.entries;
        if !self.indexed {
            return entries
                .iter()
                .position(|e| e.hash == hash && !e.key.is_empty() && eq(&e.key));
        }
        self.index
            .find(hash, |&i| {
                let e = &entries[i as usize];
                e.hash == hash && eq(&e.key)
            })
            .map(|&i| i as usize)
    }

    /// Entry indices whose hash matches (for keys that need Python-level equality).
    pub fn candidates(&self, hash: u64) -> Vec<usize> {
        (0..self.entries.len())
            .filter(|&i| self.entries[i].hash == hash && !self.entries[i].key.is_empty())
            .collect()
    }

    #[inline]
    fn touched(&self) {
        if self.namespace {
            NAMESPACE_EPOCH.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Appends a new key (the caller checked it is absent).
    pub fn insert_new(&mut self, hash: u64, key: Value, value: Value) {
        self.touched();
        let i = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.len += 1;
        if self.indexed {
            let entries = &self.entries;
            self.index
                .insert_unique(hash, i, |&j| entries[j as usize].hash);
        } else if self.entries.len() > SMALL {
            self.build_index();
        }
    }

    fn build_index(&mut self) {
        self.index.clear();
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            if !e.key.is_empty() {
                self.index
                    .insert_unique(e.hash, i as u32, |&j| entries[j as usize].hash);
            }
        }
        self.indexed = true;
    }

    pub fn set_at(&mut self, i: usize, value: Value) {
        self.touched();
        self.entries[i].value = value;
    }

    /// Removes the entry at index `i`, returning it.
    pub fn remove_at(&mut self, i: usize) -> Entry {
        self.touched();
        let e = self.entries[i];
        if self.indexed {
            if let Ok(slot) = self.index.find_entry(e.hash, |&j| j as usize == i) {
                slot.remove();
            }
        }
        self.entries[i].key = Value::Empty;
        self.entries[i].value = Value::Empty;
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        e
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.index.clear();
        self.indexed = false;
        self.len = 0;
        for e in old {
            if !e.key.is_empty() {
                self.insert_new(e.hash, e.key, e.value);
            }
        }
    }

    pub fn clear(&mut self) {
        self.touched();
        self.index.clear();
        self.indexed = false;
        self.entries.clear();
        self.len = 0;
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_empty())
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key).collect()
    }

    /// The live entry at or after raw index `i` (for iterators): (entry, next raw index).
    pub fn entry_from(&self, mut i: usize) -> Option<(Entry, usize)> {
        while i < self.entries.len() {
            let e = self.entries[i];
            if !e.key.is_empty() {
                return Some((e, i + 1));
            }
            i += 1;
        }
        None
    }

    /// Removes and returns the last entry.
    pub fn pop_last(&mut self) -> Option<Entry> {
        let i = self.entries.iter().rposition(|e| !e.key.is_empty())?;
        Some(self.remove_at(i))
    }

    pub fn trace(&self, out: &mut Vec<Gc>) {
        for e in &self.entries {
            if let Value::Obj(g) = e.key {
                out.push(g);
            }
            if let Value::Obj(g) = e.value {
                out.push(g);
            }
        }
    }

    /// Lookup by an interned-string key: identity first, then content.
    #[inline]
    pub fn get_str(&self, key: Gc, hash: u64) -> Option<Value> {
        self.find(hash, |k| match k {
            Value::Obj(g) => g.ptr_eq(key) || crate::strs::str_eq(*g, key),
            _ => false,
        })
        .map(|i| self.entries[i].value)
    }
}
