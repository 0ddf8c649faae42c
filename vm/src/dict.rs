//! An insertion-ordered hash map of Python values: a dense entry vector (iteration order) plus a
//! `hashbrown` table of indices. Deleted entries become tombstones and are compacted away when
//! they dominate. Equality is supplied by the caller, because comparing Python keys may run
//! Python code (`Vm::dict_*` in `dictops.rs` handle that).

use crate::heap::Gc;
use crate::value::Value;
use hashbrown::HashTable;
use std::sync::atomic::{AtomicU64, Ordering};

/// Bumped when a namespace dict (module globals, builtins) gains or loses a key, and when a
/// builtin's value changes: `LoadGlobal`'s inline caches are valid while the epoch they
/// recorded is current. Rebinding an existing module global does not bump it (those caches
/// hold the entry's index and read its value live), so a loop that assigns globals does not
/// keep invalidating every global lookup.
pub static NAMESPACE_EPOCH: AtomicU64 = AtomicU64::new(0);

#[inline]
pub fn namespace_epoch() -> u64 {
    NAMESPACE_EPOCH.load(Ordering::Relaxed)
}

/// The index table's hash of a Python hash. The table tells keys apart by the top seven bits
/// first, and Python hashes of small ints (and of strings, kept below 2^62) have those bits
/// clear; a multiply by an odd constant moves every bit into them and keeps the low bits, which
/// pick the bucket, distinct.
#[inline(always)]
fn spread(hash: u64) -> u64 {
    hash.wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// A key's bit in `Dict::key_bits`.
#[inline(always)]
fn key_bit(hash: u64) -> u8 {
    1 << (hash & 7)
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

/// A dict is 40 bytes: its lookup table sits behind one pointer (absent while the dict is
/// small), because dicts live inline in every instance and the largest `Obj` variant sets the
/// size of every heap object.
#[derive(Default, Clone)]
pub struct Dict {
    pub entries: Vec<Entry>,
    /// Live entries (u32 keeps the dict at 40 bytes, and so an instance within 64).
    len: u32,
    /// Bit `hash % 8` of every key ever inserted (cleared only by `clear`): a clear bit
    /// proves that no key with such a hash is present, which lets `LOAD_METHOD` see that an
    /// instance does not shadow a method without searching its dict. One byte: it fills the
    /// dict's last padding byte (a wider mask would make every object bigger).
    key_bits: u8,
    /// None: a small dict, searched linearly.
    table: Option<Box<Table>>,
    /// A module namespace or builtins: adding or removing keys invalidates global-lookup caches.
    pub namespace: bool,
    /// Builtins: global-lookup caches hold its values, so value changes invalidate them too.
    pub values_cached: bool,
    /// An instance's own dict after `obj.__dict__ = d`: it holds only the link to `d` (under
    /// the key None) and slot values; attribute stores must go to `d` (`Instance::attrs`).
    pub aliased: bool,
}

#[derive(Clone)]
enum Table {
    /// Entry positions by hash; built once the dict outgrows `SMALL`.
    Hash(HashTable<u32>),
    /// Sets only: where each entry would sit in CPython's open-addressing set table, so that
    /// sets iterate (and print) in CPython's order.
    Set(SetOrder),
}

/// CPython's set table, simulated for ordering: slot → entry index + 1 (0 empty, DUMMY after a
/// removal). Probing, load factor and resizing follow CPython 3.11's `setobject.c`.
#[derive(Clone)]
struct SetOrder {
    slots: SlotTable,
    fill: usize,
}

/// A set table's slots: the smallest table (most sets) inside the boxed `Table`, larger ones
/// in their own allocation, so a small set costs one allocation less.
#[derive(Clone)]
enum SlotTable {
    Small([u32; SET_MINSIZE]),
    Big(Box<[u32]>),
}

impl SlotTable {
    fn zeroed(size: usize) -> SlotTable {
        if size == SET_MINSIZE {
            SlotTable::Small([0; SET_MINSIZE])
        } else {
            SlotTable::Big(vec![0; size].into_boxed_slice())
        }
    }
}

impl std::ops::Deref for SlotTable {
    type Target = [u32];
    #[inline]
    fn deref(&self) -> &[u32] {
        match self {
            SlotTable::Small(s) => s,
            SlotTable::Big(b) => b,
        }
    }
}

impl std::ops::DerefMut for SlotTable {
    #[inline]
    fn deref_mut(&mut self) -> &mut [u32] {
        match self {
            SlotTable::Small(s) => s,
            SlotTable::Big(b) => b,
        }
    }
}

/// A set's table decoded once for many lookups of int keys in a row (subset tests and set
/// algebra look up every key of one set in another): the probe sequence of `SetOrder::find`
/// without its equality callback.
pub struct IntProbe<'a> {
    slots: &'a [u32],
    entries: &'a [Entry],
}

impl IntProbe<'_> {
    /// Where int `y` (hash `hash`) sits: Some(Some(index)), Some(None) when absent; None when
    /// an entry with its hash is not an int (the general search decides).
    #[inline(always)]
    pub fn find(&self, hash: u64, y: i64) -> Option<Option<usize>> {
        let mask = self.slots.len() - 1;
        let mut perturb = hash;
        let mut i = hash as usize & mask;
        loop {
            let last = if i + LINEAR_PROBES <= mask {
                i + LINEAR_PROBES
            } else {
                i
            };
            for &s in &self.slots[i..=last] {
                if s == 0 {
                    return Some(None);
                }
                if s == DUMMY {
                    continue;
                }
                let e = &self.entries[s as usize - 1];
                if e.hash == hash {
                    match e.key {
                        Value::Int(x) if x == y => return Some(Some(s as usize - 1)),
                        Value::Int(_) => {}
                        _ => return None,
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }
}

impl Dict {
    /// The int-key probe of a set's table (None for dicts).
    pub fn int_probe(&self) -> Option<IntProbe<'_>> {
        match self.table.as_deref() {
            Some(Table::Set(order)) => Some(IntProbe {
                slots: &order.slots,
                entries: &self.entries,
            }),
            _ => None,
        }
    }
}

const DUMMY: u32 = u32::MAX;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const SET_MINSIZE: usize = 8;

impl SetOrder {
    fn new(size: usize) -> SetOrder {
        SetOrder {
            slots: SlotTable::zeroed(size),
            fill: 0,
        }
    }

    /// Inserts entry `idx` with `hash`, reusing the first dummy on its probe path (the caller
    /// knows the key is absent). Returns true when the table must grow.
    #[inline]
    fn insert(&mut self, hash: u64, idx: usize) -> bool {
        let slots: &mut [u32] = &mut self.slots;
        let mask = slots.len() - 1;
        let mut perturb = hash;
        let mut i = hash as usize & mask;
        let mut freeslot = None;
        loop {
            let last = if i + LINEAR_PROBES <= mask {
                i + LINEAR_PROBES
            } else {
                i
            };
            for j in i..=last {
                match slots[j] {
                    0 => {
                        let Some(at) = freeslot else {
                            slots[j] = idx as u32 + 1;
                            self.fill += 1;
                            return self.fill * 5 >= mask * 3;
                        };
                        slots[at] = idx as u32 + 1;
                        return false;
                    }
                    DUMMY if freeslot.is_none() => freeslot = Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// The entry index of a key with this hash for which `eq` holds, by CPython's probe
    /// sequence (the table always keeps empty slots, so the search ends).
    #[inline]
    fn find(
        &self,
        entries: &[Entry],
        hash: u64,
        mut eq: impl FnMut(&Value) -> bool,
    ) -> Option<usize> {
        let slots: &[u32] = &self.slots;
        let mask = slots.len() - 1;
        let mut perturb = hash;
        let mut i = hash as usize & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for &s in &slots[i..=i + probes] {
                match s {
                    0 => return None,
                    DUMMY => {}
                    _ => {
                        let e = &entries[s as usize - 1];
                        if e.hash == hash && eq(&e.key) {
                            return Some(s as usize - 1);
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Places an entry in a table without dummies (CPython's `set_insert_clean`).
    fn insert_clean(&mut self, hash: u64, idx: usize) {
        let mask = self.slots.len() - 1;
        let mut perturb = hash;
        let mut i = hash as usize & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if self.slots[j] == 0 {
                    self.slots[j] = idx as u32 + 1;
                    self.fill += 1;
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Rebuilds the table for `minused` entries, re-inserting in the old table's order.
    fn resize(&mut self, minused: usize, entries: &[Entry]) {
        let mut size = SET_MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, SlotTable::zeroed(size));
        self.fill = 0;
        for &s in old.iter() {
            if s != 0 && s != DUMMY {
                let idx = s as usize - 1;
                self.insert_clean(entries[idx].hash, idx);
            }
        }
    }

    /// Marks entry `idx` (with `hash`) removed, following its probe path.
    fn remove(&mut self, hash: u64, idx: usize) {
        let mask = self.slots.len() - 1;
        let want = idx as u32 + 1;
        let mut perturb = hash;
        let mut i = hash as usize & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if self.slots[j] == want {
                    self.slots[j] = DUMMY;
                    return;
                }
                if self.slots[j] == 0 {
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            entries: Vec::with_capacity(n),
            ..Dict::default()
        }
    }

    /// An empty dict that iterates in CPython's set order (the storage of set objects).
    pub fn new_set() -> Dict {
        Dict {
            table: Some(Box::new(Table::Set(SetOrder::new(SET_MINSIZE)))),
            ..Dict::default()
        }
    }

    /// An empty set with room for `n` entries: a set display (`{a, b}`) knows its size, and
    /// the default first growth (4 entries of 40 bytes) made a million one-element sets
    /// outweigh CPython's.
    pub fn new_set_with_capacity(n: usize) -> Dict {
        Dict {
            entries: Vec::with_capacity(n),
            ..Dict::new_set()
        }
    }

    #[inline]
    fn set_order(&self) -> Option<&SetOrder> {
        match self.table.as_deref() {
            Some(Table::Set(order)) => Some(order),
            _ => None,
        }
    }

    pub fn len(&self) -> usize {
        self.len as usize
    }

    /// False when no key with this hash can be present (see `key_bits`).
    #[inline(always)]
    pub fn may_hold_hash(&self, hash: u64) -> bool {
        self.key_bits & key_bit(hash) != 0
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Appends a key that no key of the dict can equal (its key bit is clear) when that
    /// needs no allocation and no index: a small plain dict with a spare entry slot (an
    /// instance dict being filled by `__init__`, sized by its class's `attr_hint`). False
    /// (and nothing done) otherwise; `insert_new` is the general way.
    #[inline(always)]
    pub fn append_absent_small(&mut self, hash: u64, key: Value, value: Value) -> bool {
        let n = self.entries.len();
        if self.may_hold_hash(hash)
            || self.table.is_some()
            || self.namespace
            || n >= SMALL
            || n == self.entries.capacity()
        {
            return false;
        }
        self.entries.push(Entry { hash, key, value });
        self.len += 1;
        self.key_bits |= key_bit(hash);
        true
    }

    /// Finds the entry index of a key with this hash for which `eq` holds.
    #[inline]
    pub fn find(&self, hash: u64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        let entries = &self.entries;
        match self.table.as_deref() {
            None => entries
                .iter()
                .position(|e| e.hash == hash && !e.key.is_empty() && eq(&e.key)),
            Some(Table::Hash(index)) => index
                .find(spread(hash), |&i| {
                    let e = &entries[i as usize];
                    e.hash == hash && eq(&e.key)
                })
                .map(|&i| i as usize),
            Some(Table::Set(order)) => order.find(entries, hash, eq),
        }
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
        self.key_bits |= key_bit(hash);
        let used = self.len as usize;
        let entries = &self.entries;
        match self.table.as_deref_mut() {
            Some(Table::Hash(index)) => {
                index.insert_unique(spread(hash), i, |&j| spread(entries[j as usize].hash));
            }
            Some(Table::Set(order)) => {
                if order.insert(hash, i as usize) {
                    order.resize(if used > 50000 { used * 2 } else { used * 4 }, entries);
                }
            }
            None => {
                if entries.len() > SMALL {
                    self.build_index();
                }
            }
        }
    }

    fn build_index(&mut self) {
        let entries = &self.entries;
        let mut index = HashTable::with_capacity(entries.capacity());
        for (i, e) in entries.iter().enumerate() {
            if !e.key.is_empty() {
                index.insert_unique(spread(e.hash), i as u32, |&j| {
                    spread(entries[j as usize].hash)
                });
            }
        }
        self.table = Some(Box::new(Table::Hash(index)));
    }

    pub fn set_at(&mut self, i: usize, value: Value) {
        if self.values_cached {
            self.touched();
        }
        self.entries[i].value = value;
    }

    /// Removes the entry at index `i`, returning it.
    pub fn remove_at(&mut self, i: usize) -> Entry {
        self.touched();
        let e = self.entries[i];
        match self.table.as_deref_mut() {
            Some(Table::Hash(index)) => {
                if let Ok(slot) = index.find_entry(spread(e.hash), |&j| j as usize == i) {
                    slot.remove();
                }
            }
            Some(Table::Set(order)) => order.remove(e.hash, i),
            None => {}
        }
        self.entries[i].key = Value::Empty;
        self.entries[i].value = Value::Empty;
        self.len -= 1;
        if self.entries.len() > 16 && self.len() * 2 < self.entries.len() {
            self.compact();
        }
        e
    }

    fn compact(&mut self) {
        if let Some(Table::Set(order)) = self.table.as_deref_mut() {
            // Entries move down, but each keeps its slot in the simulated set table.
            let mut new_index = vec![u32::MAX; self.entries.len()];
            let mut n = 0;
            for (i, to) in new_index.iter_mut().enumerate() {
                if !self.entries[i].key.is_empty() {
                    *to = n as u32;
                    self.entries[n] = self.entries[i];
                    n += 1;
                }
            }
            self.entries.truncate(n);
            for s in order.slots.iter_mut() {
                if *s != 0 && *s != DUMMY {
                    *s = new_index[*s as usize - 1] + 1;
                }
            }
            return;
        }
        let old = std::mem::take(&mut self.entries);
        self.table = None;
        self.len = 0;
        for e in old {
            if !e.key.is_empty() {
                self.insert_new(e.hash, e.key, e.value);
            }
        }
    }

    pub fn clear(&mut self) {
        self.touched();
        self.entries.clear();
        self.len = 0;
        self.key_bits = 0;
        self.table = match self.table.take().map(|t| *t) {
            Some(Table::Set(_)) => Some(Box::new(Table::Set(SetOrder::new(SET_MINSIZE)))),
            _ => None,
        };
    }

    /// A copy of a set laid out as CPython's `set_copy` lays it out: `set_merge` into an empty
    /// set, which copies the slots as they are when the sizes match and the source has no
    /// dummies, and re-inserts in slot order otherwise (so the copy iterates as CPython's).
    pub fn set_copy(&self) -> Dict {
        if self.set_order().is_none() {
            return self.clone();
        }
        let mut copy = Dict::new_set();
        copy.set_presize(self.len());
        copy.set_fill_from(self);
        copy
    }

    /// Before `incoming` keys are merged into a set (CPython's `set_merge` and its update from
    /// a dict): one resize up front when they could push the table past its load factor.
    pub fn set_presize(&mut self, incoming: usize) {
        let used = self.len();
        let entries = &self.entries;
        if let Some(Table::Set(order)) = self.table.as_deref_mut() {
            let mask = order.slots.len() - 1;
            if (order.fill + incoming) * 5 >= mask * 3 {
                order.resize((used + incoming) * 2, entries);
            }
        }
    }

    /// Whether a set's table has held no key since it was made or cleared (CPython's
    /// `fill == 0`: no live entries and no dummies).
    pub fn set_is_pristine(&self) -> bool {
        self.set_order().is_some_and(|o| o.fill == 0)
    }

    /// Fills a pristine set (`set_is_pristine`, after `set_presize`) with the keys of set
    /// `other` as CPython's `set_merge` does: the slots copied as they are when both tables
    /// have one size and `other` has no dummies, else re-inserted in `other`'s slot order.
    pub fn set_fill_from(&mut self, other: &Dict) {
        let (Some(from), Some(Table::Set(to))) = (other.set_order(), self.table.as_deref_mut())
        else {
            return;
        };
        let used = other.len();
        self.entries.reserve_exact(used);
        let same_layout = to.slots.len() == from.slots.len() && from.fill == used;
        for (j, &s) in from.slots.iter().enumerate() {
            if s == 0 || s == DUMMY {
                continue;
            }
            let e = other.entries[s as usize - 1];
            self.entries.push(e);
            if same_layout {
                to.slots[j] = self.entries.len() as u32;
                to.fill += 1;
            } else {
                to.insert_clean(e.hash, self.entries.len() - 1);
            }
        }
        self.len = self.entries.len() as u32;
        self.key_bits |= other.key_bits;
    }

    /// After keys were removed by a difference update: CPython rebuilds the table when more
    /// than a quarter of its slots are dummies.
    pub fn set_shrink_dummies(&mut self) {
        let used = self.len();
        let entries = &self.entries;
        if let Some(Table::Set(order)) = self.table.as_deref_mut() {
            let mask = order.slots.len() - 1;
            if order.fill - used > mask / 4 {
                order.resize(if used > 50000 { used * 2 } else { used * 4 }, entries);
            }
        }
    }

    /// The payload's size in 16-byte words (for the collector's allocation count).
    pub fn payload_words(&self) -> usize {
        let slots = match self.table.as_deref() {
            Some(Table::Set(order)) => order.slots.len() / 4,
            Some(Table::Hash(index)) => index.capacity() / 2,
            None => 0,
        };
        self.entries.capacity() * 5 / 2 + slots
    }

    /// Live entries in storage order, for callers that need no particular order (a subset
    /// test): it skips a set's order table, one less memory access per entry.
    pub fn iter_unordered(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_empty())
    }

    /// Live entries in iteration order (insertion order; CPython's table order for sets).
    pub fn iter(&self) -> DictIter<'_> {
        DictIter { d: self, pos: 0 }
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key).collect()
    }

    /// The live entry at or after iteration position `i` (for iterators): (entry, next
    /// position). Positions are entry indices, or table slots for sets.
    pub fn entry_from(&self, mut i: usize) -> Option<(Entry, usize)> {
        if let Some(order) = self.set_order() {
            while i < order.slots.len() {
                let s = order.slots[i];
                if s != 0 && s != DUMMY {
                    return Some((self.entries[s as usize - 1], i + 1));
                }
                i += 1;
            }
            return None;
        }
        while i < self.entries.len() {
            let e = self.entries[i];
            if !e.key.is_empty() {
                return Some((e, i + 1));
            }
            i += 1;
        }
        None
    }

    /// Index of the first live entry in iteration order.
    pub fn first_index(&self) -> Option<usize> {
        if let Some(order) = self.set_order() {
            return order
                .slots
                .iter()
                .find(|s| **s != 0 && **s != DUMMY)
                .map(|s| *s as usize - 1);
        }
        self.entries.iter().position(|e| !e.key.is_empty())
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
        self.find_str(key, hash).map(|i| self.entries[i].value)
    }

    /// The entry index of a string key.
    pub fn find_str(&self, key: Gc, hash: u64) -> Option<usize> {
        self.find(hash, |k| match k {
            Value::Obj(g) => g.ptr_eq(key) || crate::strs::str_eq(*g, key),
            _ => false,
        })
    }
}

/// Iterator over a dict's live entries in iteration order.
pub struct DictIter<'a> {
    d: &'a Dict,
    pos: usize,
}

impl<'a> Iterator for DictIter<'a> {
    type Item = &'a Entry;

    fn next(&mut self) -> Option<&'a Entry> {
        let d = self.d;
        if let Some(order) = d.set_order() {
            while self.pos < order.slots.len() {
                let s = order.slots[self.pos];
                self.pos += 1;
                if s != 0 && s != DUMMY {
                    return Some(&d.entries[s as usize - 1]);
                }
            }
            return None;
        }
        while self.pos < d.entries.len() {
            let e = &d.entries[self.pos];
            self.pos += 1;
            if !e.key.is_empty() {
                return Some(e);
            }
        }
        None
    }
}
