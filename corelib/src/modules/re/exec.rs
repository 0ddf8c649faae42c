//! The backtracking matcher. State that backtracking must undo (group slots, repeat
//! counters) is changed in place and its old value logged on one explicit stack together
//! with the choice points, so matching never recurses on the Rust stack however long the
//! input is. Atomic groups and lookarounds put a mark on that stack; when their body
//! succeeds, the choice points above the mark are cut (the undo entries stay).

use super::chars::{eq_icase, is_word, lower, upper};
use super::compile::{Inst, One, Program};
use super::parse::{At, RepKind, MAXREPEAT};

/// The subject text as code points: bytes (a bytes subject or an ASCII str) or chars.
pub trait Text {
    fn len(&self) -> usize;
    fn at(&self, i: usize) -> u32;
}

impl Text for [u8] {
    #[inline(always)]
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    #[inline(always)]
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }
}

impl Text for [u32] {
    #[inline(always)]
    fn len(&self) -> usize {
        <[u32]>::len(self)
    }
    #[inline(always)]
    fn at(&self, i: usize) -> u32 {
        self[i]
    }
}

const UNSET: usize = usize::MAX;

const MARK_ATOMIC: u8 = 0;
const MARK_LOOK: u8 = 1;
const MARK_LOOK_NOT: u8 = 2;

enum Frame {
    /// Resume at `pc` with `pos`.
    Choice { pc: usize, pos: usize },
    /// Undo a group slot write.
    Slot {
        slot: usize,
        old: usize,
        old_last: usize,
    },
    /// Undo a repeat counter change.
    Counter { id: usize, count: u32, start: usize },
    /// A greedy single-character repeat that can give back characters down to `min_pos`;
    /// resumes at `pc` (the next instruction).
    Greedy {
        pc: usize,
        min_pos: usize,
        pos: usize,
    },
    /// A lazy single-character repeat (the `RepOne` at `pc`) that can take one more.
    Lazy { pc: usize, pos: usize, count: u32 },
    /// A lazy general repeat's next iteration: enter the body at `pc`.
    Enter { id: usize, pc: usize, pos: usize },
    /// An atomic group or lookaround in progress.
    Mark {
        kind: u8,
        behind: bool,
        pos: usize,
        resume: usize,
    },
}

/// One match attempt's result: the group slots (start, end per group; UNSET when the
/// group did not take part) and the last closed group.
pub struct Found {
    pub slots: Vec<usize>,
    pub lastindex: usize,
}

pub struct Matcher<'a, T: ?Sized + Text> {
    prog: &'a Program,
    text: &'a T,
    end: usize,
    slots: Vec<usize>,
    lastindex: usize,
    counters: Vec<(u32, usize)>,
    stack: Vec<Frame>,
    marks: Vec<usize>,
    /// Reject an empty match at this position (after an empty match, for scans).
    no_empty_at: usize,
    full: bool,
}

impl<'a, T: ?Sized + Text> Matcher<'a, T> {
    pub fn new(prog: &'a Program, text: &'a T) -> Self {
        Matcher {
            prog,
            text,
            end: text.len(),
            slots: vec![UNSET; 2 * prog.groups],
            lastindex: 0,
            counters: vec![(0, UNSET); prog.counters],
            stack: Vec::new(),
            marks: Vec::new(),
            no_empty_at: UNSET,
            full: false,
        }
    }

    fn found(&self) -> Found {
        Found {
            slots: self.slots.clone(),
            lastindex: self.lastindex,
        }
    }

    /// A match starting exactly at `pos` (`full`: it must also end at the end).
    pub fn match_at(&mut self, pos: usize, full: bool) -> Option<Found> {
        self.full = full;
        self.run(pos).then(|| self.found())
    }

    /// The first match starting at `pos` or later.
    pub fn search(&mut self, mut pos: usize) -> Option<Found> {
        self.full = false;
        loop {
            let first = &self.prog.first;
            if !first.is_empty() {
                while pos < self.end && !first.iter().any(|&o| self.test(o, self.text.at(pos))) {
                    pos += 1;
                }
                if pos >= self.end {
                    return None;
                }
            }
            if self.run(pos) {
                return Some(self.found());
            }
            if pos >= self.end || self.prog.anchored {
                return None;
            }
            pos += 1;
        }
    }

    /// Every non-overlapping match in `pos..`, at most `limit` (0: no limit); an empty
    /// match never directly follows another empty match at the same place.
    /// Up to `limit` matches (0: all) from `pos` on; `after_empty` when this continues a scan
    /// whose last match was empty and ended at `pos` (no empty match may follow there).
    pub fn scan_on(&mut self, mut pos: usize, limit: usize, after_empty: bool) -> Vec<Found> {
        if after_empty {
            self.no_empty_at = pos;
        }
        let mut out = Vec::new();
        while pos <= self.end {
            let Some(f) = self.search(pos) else { break };
            let (s, e) = (f.slots[0], f.slots[1]);
            out.push(f);
            if limit != 0 && out.len() >= limit {
                break;
            }
            pos = e;
            self.no_empty_at = if s == e { e } else { UNSET };
        }
        out
    }

    #[inline]
    fn test(&self, o: One, c: u32) -> bool {
        match o {
            One::Char(x) => c == x,
            One::CharI(lo, up, ascii) => eq_icase(c, lo, up, ascii),
            One::AnyNoNl => c != b'\n' as u32,
            One::Any => true,
            One::Set(i) => self.prog.sets[i as usize].contains(c),
        }
    }

    fn at(&self, a: At, pos: usize) -> bool {
        let nl = b'\n' as u32;
        match a {
            At::BeginString => pos == 0,
            At::BeginLine => pos == 0 || self.text.at(pos - 1) == nl,
            At::End => pos == self.end || (pos + 1 == self.end && self.text.at(pos) == nl),
            At::EndLine => pos == self.end || self.text.at(pos) == nl,
            At::EndString => pos == self.end,
            At::Boundary { ascii } | At::NonBoundary { ascii } => {
                if self.end == 0 {
                    return false;
                }
                let before = pos > 0 && is_word(self.text.at(pos - 1), ascii);
                let after = pos < self.end && is_word(self.text.at(pos), ascii);
                (before != after) == matches!(a, At::Boundary { .. })
            }
        }
    }

    fn set_slot(&mut self, slot: usize, v: usize) {
        self.stack.push(Frame::Slot {
            slot,
            old: self.slots[slot],
            old_last: self.lastindex,
        });
        self.slots[slot] = v;
        if slot % 2 == 1 {
            self.lastindex = slot / 2;
        }
    }

    fn log_counter(&mut self, id: usize) {
        let (count, start) = self.counters[id];
        self.stack.push(Frame::Counter { id, count, start });
    }

    /// Removes the choice points above the stack entry `m` (and `m` itself), keeping the
    /// undo entries.
    fn cut(&mut self, m: usize) {
        let mut w = m;
        for r in m + 1..self.stack.len() {
            if matches!(self.stack[r], Frame::Slot { .. } | Frame::Counter { .. }) {
                self.stack.swap(w, r);
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    /// Pops entries, undoing state, down to the next place to resume.
    fn backtrack(&mut self) -> Option<(usize, usize)> {
        while let Some(f) = self.stack.pop() {
            match f {
                Frame::Choice { pc, pos } => return Some((pc, pos)),
                Frame::Slot {
                    slot,
                    old,
                    old_last,
                } => {
                    self.slots[slot] = old;
                    self.lastindex = old_last;
                }
                Frame::Counter { id, count, start } => self.counters[id] = (count, start),
                Frame::Greedy { pc, min_pos, pos } => {
                    let mut p = pos - 1;
                    // Give back up to the next place where what follows can start.
                    if let Inst::One(One::Char(c)) = self.prog.insts[pc] {
                        while p > min_pos && (p >= self.end || self.text.at(p) != c) {
                            p -= 1;
                        }
                        if p >= self.end || self.text.at(p) != c {
                            continue;
                        }
                    }
                    if p > min_pos {
                        self.stack.push(Frame::Greedy {
                            pc,
                            min_pos,
                            pos: p,
                        });
                    }
                    return Some((pc, p));
                }
                Frame::Lazy { pc, pos, count } => {
                    let Inst::RepOne { item, max, .. } = self.prog.insts[pc] else {
                        unreachable!()
                    };
                    if (max == MAXREPEAT || count < max)
                        && pos < self.end
                        && self.test(item, self.text.at(pos))
                    {
                        self.stack.push(Frame::Lazy {
                            pc,
                            pos: pos + 1,
                            count: count + 1,
                        });
                        return Some((pc + 1, pos + 1));
                    }
                }
                Frame::Enter { id, pc, pos } => {
                    self.log_counter(id);
                    self.counters[id].1 = pos;
                    return Some((pc, pos));
                }
                Frame::Mark {
                    kind, pos, resume, ..
                } => {
                    self.marks.pop();
                    if kind == MARK_LOOK_NOT {
                        return Some((resume, pos));
                    }
                }
            }
        }
        None
    }

    /// Runs the program from `start`; on success the slots hold the match.
    fn run(&mut self, start: usize) -> bool {
        self.stack.clear();
        self.marks.clear();
        self.slots.fill(UNSET);
        self.lastindex = 0;
        let insts = &self.prog.insts;
        let mut pc = 0;
        let mut pos = start;
        macro_rules! fail {
            ($l:lifetime) => {{
                match self.backtrack() {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                        continue $l;
                    }
                    None => return false,
                }
            }};
        }
        'run: loop {
            match insts[pc] {
                Inst::One(o) => {
                    if pos < self.end && self.test(o, self.text.at(pos)) {
                        pos += 1;
                        pc += 1;
                    } else {
                        fail!('run)
                    }
                }
                Inst::At(a) => {
                    if self.at(a, pos) {
                        pc += 1;
                    } else {
                        fail!('run)
                    }
                }
                Inst::Split(alt) => {
                    self.stack.push(Frame::Choice { pc: alt, pos });
                    pc += 1;
                }
                Inst::SplitLazy(alt) => {
                    self.stack.push(Frame::Choice { pc: pc + 1, pos });
                    pc = alt;
                }
                Inst::Jmp(t) => pc = t,
                Inst::Save(slot) => {
                    self.set_slot(slot, pos);
                    pc += 1;
                }
                Inst::Backref {
                    group,
                    icase,
                    ascii,
                } => {
                    let (s, e) = (self.slots[2 * group], self.slots[2 * group + 1]);
                    if s == UNSET || e == UNSET || e < s {
                        fail!('run)
                    }
                    let n = e - s;
                    if pos + n > self.end {
                        fail!('run)
                    }
                    let same = (0..n).all(|i| {
                        let (a, b) = (self.text.at(s + i), self.text.at(pos + i));
                        a == b || (icase && eq_icase(b, lower(a, ascii), upper(a, ascii), ascii))
                    });
                    if !same {
                        fail!('run)
                    }
                    pos += n;
                    pc += 1;
                }
                Inst::RepOne {
                    item,
                    min,
                    max,
                    kind,
                } => {
                    let from = pos;
                    if kind == RepKind::Lazy {
                        let mut n = 0;
                        while n < min {
                            if pos < self.end && self.test(item, self.text.at(pos)) {
                                pos += 1;
                                n += 1;
                            } else {
                                fail!('run)
                            }
                        }
                        if max == MAXREPEAT || n < max {
                            self.stack.push(Frame::Lazy { pc, pos, count: n });
                        }
                        pc += 1;
                        continue;
                    }
                    let limit = if max == MAXREPEAT {
                        self.end
                    } else {
                        self.end.min(from.saturating_add(max as usize))
                    };
                    while pos < limit && self.test(item, self.text.at(pos)) {
                        pos += 1;
                    }
                    let min_pos = from + min as usize;
                    if pos < min_pos {
                        fail!('run)
                    }
                    if pos > min_pos && kind == RepKind::Greedy {
                        self.stack.push(Frame::Greedy {
                            pc: pc + 1,
                            min_pos,
                            pos,
                        });
                    }
                    pc += 1;
                }
                Inst::RepStart(id) => {
                    self.log_counter(id);
                    self.counters[id] = (0, UNSET);
                    pc += 1;
                }
                Inst::RepLoop {
                    id,
                    min,
                    max,
                    greedy,
                    exit,
                } => {
                    // counters[id] = (iterations done, where the last optional iteration
                    // started). As CPython, an optional iteration is not started again
                    // where the previous one started (zero-width match protection).
                    let (count, last) = self.counters[id];
                    if count < min {
                        pc += 1;
                    } else if (max != MAXREPEAT && count >= max) || pos == last {
                        pc = exit;
                    } else if greedy {
                        self.stack.push(Frame::Choice { pc: exit, pos });
                        self.log_counter(id);
                        self.counters[id].1 = pos;
                        pc += 1;
                    } else {
                        self.stack.push(Frame::Enter {
                            id,
                            pc: pc + 1,
                            pos,
                        });
                        pc = exit;
                    }
                }
                Inst::RepNext { id, head } => {
                    self.log_counter(id);
                    self.counters[id].0 += 1;
                    pc = head;
                }
                Inst::AtomicStart => {
                    self.marks.push(self.stack.len());
                    self.stack.push(Frame::Mark {
                        kind: MARK_ATOMIC,
                        behind: false,
                        pos,
                        resume: 0,
                    });
                    pc += 1;
                }
                Inst::LookStart {
                    behind,
                    negate,
                    end,
                } => {
                    let kind = if negate { MARK_LOOK_NOT } else { MARK_LOOK };
                    let from = match behind {
                        Some(w) if w > pos => {
                            // Too close to the start: the lookbehind cannot match.
                            if negate {
                                pc = end + 1;
                                continue;
                            }
                            fail!('run)
                        }
                        Some(w) => pos - w,
                        None => pos,
                    };
                    self.marks.push(self.stack.len());
                    self.stack.push(Frame::Mark {
                        kind,
                        behind: behind.is_some(),
                        pos,
                        resume: end + 1,
                    });
                    pos = from;
                    pc += 1;
                }
                Inst::CutEnd => {
                    let m = *self.marks.last().unwrap();
                    let Frame::Mark {
                        kind,
                        behind,
                        pos: at,
                        ..
                    } = self.stack[m]
                    else {
                        unreachable!()
                    };
                    if behind && pos != at {
                        fail!('run)
                    }
                    self.marks.pop();
                    match kind {
                        MARK_ATOMIC => self.cut(m),
                        MARK_LOOK => {
                            self.cut(m);
                            pos = at;
                        }
                        _ => {
                            // The negative lookaround's body matched: undo it and fail.
                            while self.stack.len() > m + 1 {
                                match self.stack.pop() {
                                    Some(Frame::Slot {
                                        slot,
                                        old,
                                        old_last,
                                    }) => {
                                        self.slots[slot] = old;
                                        self.lastindex = old_last;
                                    }
                                    Some(Frame::Counter { id, count, start }) => {
                                        self.counters[id] = (count, start)
                                    }
                                    _ => {}
                                }
                            }
                            self.stack.pop();
                            fail!('run)
                        }
                    }
                    pc += 1;
                }
                Inst::GroupExists { group, no } => {
                    let set = self.slots[2 * group + 1] != UNSET;
                    pc = if set { pc + 1 } else { no };
                }
                Inst::Match => {
                    if (self.full && pos != self.end) || (pos == start && start == self.no_empty_at)
                    {
                        fail!('run)
                    }
                    self.slots[0] = start;
                    self.slots[1] = pos;
                    return true;
                }
            }
        }
    }
}
