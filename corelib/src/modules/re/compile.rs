//! Tree → program for the backtracking matcher (`exec.rs`).
//!
//! Alternation and general repeats become `Split`/`Jmp` and counted loops; a repeat of a
//! single-character item becomes one `RepOne` instruction that consumes greedily in a
//! loop and leaves a single backtrack entry, so `\s*` over a long text costs no stack.

use super::chars::{lower, upper};
use super::parse::{width, At, CharSet, Node, ParseError, RepKind};

/// A test of one character.
#[derive(Clone, Copy, Debug)]
pub enum One {
    Char(u32),
    /// Case-insensitive: the character's lower and upper forms, and the ASCII flag.
    CharI(u32, u32, bool),
    /// `.` without DOTALL.
    AnyNoNl,
    Any,
    Set(u32),
}

#[derive(Clone, Copy, Debug)]
pub enum Inst {
    One(One),
    At(At),
    /// Try `pc + 1` first, then `alt`.
    Split(usize),
    /// Try `alt` first, then `pc + 1`.
    SplitLazy(usize),
    Jmp(usize),
    Save(usize),
    Backref {
        group: usize,
        icase: bool,
        ascii: bool,
    },
    /// `item{min,max}` of one-character items.
    RepOne {
        item: One,
        min: u32,
        max: u32,
        kind: RepKind,
    },
    /// A general repeat: resets counter `id` (entry to the loop at `pc + 1`).
    RepStart(usize),
    /// Loop head: decides between another iteration (`pc + 1`) and `exit`.
    RepLoop {
        id: usize,
        min: u32,
        max: u32,
        greedy: bool,
        exit: usize,
    },
    /// End of an iteration: counts it and jumps back to the loop head.
    RepNext {
        id: usize,
        head: usize,
    },
    AtomicStart,
    /// Start of a lookaround whose end is at `end` (the `LookEnd`); `behind` is the width
    /// to step back for a lookbehind.
    LookStart {
        behind: Option<usize>,
        negate: bool,
        end: usize,
    },
    /// End of an atomic group or a lookaround.
    CutEnd,
    GroupExists {
        group: usize,
        no: usize,
    },
    Match,
}

pub struct Program {
    pub insts: Vec<Inst>,
    pub sets: Vec<CharSet>,
    pub groups: usize,
    pub counters: usize,
    /// Tests one of which the first character of every match passes (empty: unknown), so
    /// a search can skip positions quickly.
    pub first: Vec<One>,
    /// The pattern can only match at the start of the text.
    pub anchored: bool,
}

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    counters: usize,
    widths: Vec<Option<(u64, u64)>>,
}

pub fn compile(node: &Node, groups: usize) -> Result<Program, ParseError> {
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        counters: 0,
        widths: vec![None; groups],
    };
    c.record_widths(node);
    c.emit(node)?;
    c.insts.push(Inst::Match);
    let first = c.first_tests(node).unwrap_or_default();
    let anchored = starts_anchored(node);
    Ok(Program {
        insts: c.insts,
        sets: c.sets,
        groups,
        counters: c.counters,
        first,
        anchored,
    })
}

fn starts_anchored(n: &Node) -> bool {
    match n {
        Node::At(At::BeginString) => true,
        Node::Seq(items) => items.first().is_some_and(starts_anchored),
        Node::Group(_, n) | Node::Atomic(n) => starts_anchored(n),
        _ => false,
    }
}

fn compile_error(msg: &str) -> ParseError {
    ParseError {
        msg: msg.into(),
        pos: None,
        kind: "error",
    }
}

impl Compiler {
    fn record_widths(&mut self, n: &Node) {
        match n {
            Node::Group(g, inner) => {
                self.record_widths(inner);
                let w = width(inner, &self.widths);
                self.widths[*g] = Some(w);
            }
            Node::Seq(v) | Node::Alt(v) => v.iter().for_each(|x| self.record_widths(x)),
            Node::Repeat { node, .. } | Node::Atomic(node) | Node::Look { node, .. } => {
                self.record_widths(node)
            }
            Node::Cond { yes, no, .. } => {
                self.record_widths(yes);
                self.record_widths(no);
            }
            _ => {}
        }
    }

    /// The tests the first character of any match of `n` passes, if known and few.
    fn first_tests(&mut self, n: &Node) -> Option<Vec<One>> {
        let v = match n {
            Node::Lit { .. } | Node::Set(_) => vec![self.one(n)?],
            Node::Seq(items) => {
                // Zero-width assertions consume nothing: the next item gives the character.
                let first = items
                    .iter()
                    .find(|x| !matches!(x, Node::At(_) | Node::Look { .. }))?;
                self.first_tests(first)?
            }
            Node::Alt(branches) => {
                let mut v = Vec::new();
                for b in branches {
                    v.extend(self.first_tests(b)?);
                }
                v
            }
            Node::Group(_, inner) | Node::Atomic(inner) => self.first_tests(inner)?,
            Node::Repeat { min, node, .. } if *min > 0 => self.first_tests(node)?,
            _ => return None,
        };
        (v.len() <= 8).then_some(v)
    }

    fn one(&mut self, n: &Node) -> Option<One> {
        Some(match n {
            Node::Lit { c, icase, ascii } => {
                let (lo, up) = (lower(*c, *ascii), upper(*c, *ascii));
                if *icase && (lo != *c || up != *c) {
                    One::CharI(lo, up, *ascii)
                } else {
                    One::Char(*c)
                }
            }
            Node::Any { dotall } => {
                if *dotall {
                    One::Any
                } else {
                    One::AnyNoNl
                }
            }
            Node::Set(s) => {
                self.sets.push((**s).clone());
                One::Set(self.sets.len() as u32 - 1)
            }
            _ => return None,
        })
    }

    fn pc(&self) -> usize {
        self.insts.len()
    }

    fn emit(&mut self, n: &Node) -> Result<(), ParseError> {
        match n {
            Node::Empty => {}
            Node::Lit { .. } | Node::Any { .. } | Node::Set(_) => {
                let o = self.one(n).unwrap();
                self.insts.push(Inst::One(o));
            }
            Node::At(a) => self.insts.push(Inst::At(*a)),
            Node::Group(g, inner) => {
                self.insts.push(Inst::Save(2 * g));
                self.emit(inner)?;
                self.insts.push(Inst::Save(2 * g + 1));
            }
            Node::Seq(items) => {
                for it in items {
                    self.emit(it)?;
                }
            }
            Node::Alt(branches) => {
                let mut jumps = Vec::new();
                for (i, b) in branches.iter().enumerate() {
                    if i + 1 < branches.len() {
                        let split = self.pc();
                        self.insts.push(Inst::Split(0));
                        self.emit(b)?;
                        jumps.push(self.pc());
                        self.insts.push(Inst::Jmp(0));
                        let next = self.pc();
                        self.insts[split] = Inst::Split(next);
                    } else {
                        self.emit(b)?;
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Repeat {
                min,
                max,
                kind,
                node,
            } => self.repeat(*min, *max, *kind, node)?,
            Node::Backref {
                group,
                icase,
                ascii,
            } => self.insts.push(Inst::Backref {
                group: *group,
                icase: *icase,
                ascii: *ascii,
            }),
            Node::Look {
                behind,
                negate,
                node,
            } => {
                let back = if *behind {
                    let (lo, hi) = width(node, &self.widths);
                    if lo != hi {
                        return Err(compile_error("look-behind requires fixed-width pattern"));
                    }
                    Some(lo as usize)
                } else {
                    None
                };
                let start = self.pc();
                self.insts.push(Inst::CutEnd);
                self.emit(node)?;
                let end = self.pc();
                self.insts.push(Inst::CutEnd);
                self.insts[start] = Inst::LookStart {
                    behind: back,
                    negate: *negate,
                    end,
                };
            }
            Node::Atomic(inner) => {
                self.insts.push(Inst::AtomicStart);
                self.emit(inner)?;
                self.insts.push(Inst::CutEnd);
            }
            Node::Cond { group, yes, no } => {
                let test = self.pc();
                self.insts.push(Inst::Jmp(0));
                self.emit(yes)?;
                let jmp = self.pc();
                self.insts.push(Inst::Jmp(0));
                let no_pc = self.pc();
                self.emit(no)?;
                let end = self.pc();
                self.insts[test] = Inst::GroupExists {
                    group: *group,
                    no: no_pc,
                };
                self.insts[jmp] = Inst::Jmp(end);
            }
        }
        Ok(())
    }

    fn repeat(&mut self, min: u32, max: u32, kind: RepKind, node: &Node) -> Result<(), ParseError> {
        if let Some(item) = self.one(node) {
            self.insts.push(Inst::RepOne {
                item,
                min,
                max,
                kind,
            });
            return Ok(());
        }
        if max == 0 {
            return Ok(());
        }
        if kind == RepKind::Possessive {
            // As CPython: each iteration is atomic (its first match is kept), and
            // iterations are never given back.
            self.insts.push(Inst::AtomicStart);
            let body = Node::Atomic(Box::new(node.clone()));
            self.repeat(min, max, RepKind::Greedy, &body)?;
            self.insts.push(Inst::CutEnd);
            return Ok(());
        }
        // `x?` needs no counter.
        if min == 0 && max == 1 {
            let split = self.pc();
            self.insts.push(Inst::Jmp(0));
            self.emit(node)?;
            let end = self.pc();
            self.insts[split] = if kind == RepKind::Greedy {
                Inst::Split(end)
            } else {
                Inst::SplitLazy(end)
            };
            return Ok(());
        }
        let id = self.counters;
        self.counters += 1;
        self.insts.push(Inst::RepStart(id));
        let head = self.pc();
        self.insts.push(Inst::Jmp(0));
        self.emit(node)?;
        let next = self.pc();
        self.insts.push(Inst::Jmp(0));
        let exit = self.pc();
        self.insts[head] = Inst::RepLoop {
            id,
            min,
            max,
            greedy: kind == RepKind::Greedy,
            exit,
        };
        self.insts[next] = Inst::RepNext { id, head };
        Ok(())
    }
}
