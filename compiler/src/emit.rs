//! Per-code-object emission state: instructions, lines, constants, registers, jump patching and
//! exception-table regions.

use crate::code::{ColSpan, Const, ExcEntry};
use crate::opcodes::{Inst, Op};
use kestrel_grammar::ast::Loc;
use std::collections::HashMap;

/// Key used to deduplicate constants (floats by bit pattern so -0.0 and 0.0 stay distinct).
#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    Big(String),
    Float(u64),
    Imag(u64),
    Str(String),
    Bytes(Vec<u8>),
    /// Code objects and tuples are never shared.
    Unique(usize),
}

/// A protected pc range whose exceptions go to `handler` (a label patched later).
struct Region {
    start: u32,
    handler: usize,
}

pub struct Emitter {
    pub code: Vec<Inst>,
    pub lines: Vec<u32>,
    /// Column span of each instruction (PEP 657), beside `lines`.
    pub cols: Vec<ColSpan>,
    pub consts: Vec<Const>,
    const_index: HashMap<ConstKey, u32>,
    /// Source span of the node being compiled; every instruction emitted takes it.
    pub loc: Loc,
    /// First free register (everything below is a named variable or a live temporary).
    pub next_reg: u32,
    pub max_reg: u32,
    pub exc_table: Vec<ExcEntry>,
    /// Open protected regions, innermost last; handlers are instruction indices once known.
    regions: Vec<Region>,
    /// Handler labels: index → pc (u32::MAX until placed).
    labels: Vec<u32>,
    /// Exception entries whose handler label is not placed yet: (entry index, label).
    pending_entries: Vec<(usize, usize)>,
    pub too_many_registers: bool,
    /// Inline-cache slots handed out so far (`LoadGlobal`, `StoreGlobal`).
    pub ncaches: u32,
    /// Name constant of each attribute cache (`GetAttr`, `LoadMethod`, `SetAttr`).
    pub attr_names: Vec<u32>,
}

pub type Reg = u16;

impl Emitter {
    pub fn new(first_temp: u32, line: u32) -> Emitter {
        Emitter {
            code: Vec::new(),
            lines: Vec::new(),
            cols: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            loc: Loc::at(line, 0),
            next_reg: first_temp,
            max_reg: first_temp,
            exc_table: Vec::new(),
            regions: Vec::new(),
            labels: Vec::new(),
            pending_entries: Vec::new(),
            too_many_registers: false,
            ncaches: 0,
            attr_names: Vec::new(),
        }
    }

    pub fn pc(&self) -> usize {
        self.code.len()
    }

    pub fn emit(&mut self, inst: Inst) -> usize {
        self.code.push(inst);
        self.lines.push(self.loc.line);
        self.cols.push(ColSpan::of(self.loc));
        self.code.len() - 1
    }

    pub fn op(&mut self, op: Op, a: Reg, b: Reg, c: Reg) -> usize {
        self.emit(Inst::new(op, a, b, c, 0))
    }

    pub fn op_d(&mut self, op: Op, a: Reg, b: Reg, c: Reg, d: u8) -> usize {
        self.emit(Inst::new(op, a, b, c, d))
    }

    /// An instruction whose B|C hold a 32-bit constant index.
    pub fn op_bx(&mut self, op: Op, a: Reg, bx: u32) -> usize {
        self.emit(Inst::with_sbx(op, a, bx as i32))
    }

    /// Emits a forward jump to be patched with `patch_here`.
    pub fn jump_op(&mut self, op: Op, a: Reg) -> usize {
        self.emit(Inst::with_sbx(op, a, 0))
    }

    pub fn jump(&mut self) -> usize {
        self.jump_op(Op::Jump, 0)
    }

    /// Points the jump at `at` to the current pc.
    pub fn patch_here(&mut self, at: usize) {
        let target = self.pc();
        self.patch_to(at, target);
    }

    pub fn patch_to(&mut self, at: usize, target: usize) {
        let off = target as i64 - (at as i64 + 1);
        let inst = self.code[at];
        self.code[at] = if inst.op().offset_in_c() {
            // Fused compare-and-branch keeps its offset in C (16 bits).
            if i16::try_from(off).is_err() {
                self.too_many_registers = true;
            }
            inst.set_c(off as i16 as u16)
        } else {
            inst.set_sbx(off as i32)
        };
    }

    /// Emits a backward jump to `target`.
    pub fn jump_back(&mut self, op: Op, a: Reg, target: usize) {
        let at = self.jump_op(op, a);
        self.patch_to(at, target);
    }

    pub fn alloc(&mut self, n: u32) -> Reg {
        let r = self.next_reg;
        self.next_reg += n;
        if self.next_reg > self.max_reg {
            self.max_reg = self.next_reg;
        }
        if self.next_reg >= crate::opcodes::RK_FLAG as u32 {
            self.too_many_registers = true;
            self.next_reg = 0;
        }
        r as Reg
    }

    pub fn temp(&mut self) -> Reg {
        self.alloc(1)
    }

    pub fn constant(&mut self, c: Const) -> u32 {
        let key = match c {
            Const::None => ConstKey::None,
            Const::True => ConstKey::True,
            Const::False => ConstKey::False,
            Const::Ellipsis => ConstKey::Ellipsis,
            Const::Int(i) => ConstKey::Int(i),
            Const::BigInt(s) => ConstKey::Big(s.to_string()),
            Const::Float(f) => ConstKey::Float(f.to_bits()),
            Const::Imag(f) => ConstKey::Imag(f.to_bits()),
            Const::Str(s) => ConstKey::Str(s.to_string()),
            Const::Bytes(b) => ConstKey::Bytes(b.to_vec()),
            Const::Tuple(_) | Const::Code(_) => ConstKey::Unique(self.consts.len()),
        };
        if let Some(&i) = self.const_index.get(&key) {
            return i;
        }
        let i = self.consts.len() as u32;
        self.consts.push(c);
        self.const_index.insert(key, i);
        i
    }

    /// Constant index that fits the 16-bit C operand (attribute names etc.).
    pub fn name_const(&mut self, s: &str) -> Reg {
        let leaked: &'static str = crate::leak_str(s);
        let i = self.constant(Const::Str(leaked));
        if i > u16::MAX as u32 {
            self.too_many_registers = true;
        }
        i.min(u16::MAX as u32) as Reg
    }

    /// `R[dst] := G[name]` with its own inline-cache slot. C holds the slot number until
    /// `place_caches` turns it into a constant-table index.
    pub fn load_global(&mut self, dst: Reg, name: &str) -> usize {
        let k = self.name_const(name);
        let slot = self.ncaches;
        self.ncaches += 1;
        self.op(Op::LoadGlobal, dst, k, slot.min(u16::MAX as u32) as Reg)
    }

    /// `G[name] := R[src]` with its own inline-cache slot (numbered as `load_global`'s).
    pub fn store_global(&mut self, src: Reg, name: &str) -> usize {
        let k = self.name_const(name);
        let slot = self.ncaches;
        self.ncaches += 1;
        self.op(Op::StoreGlobal, src, k, slot.min(u16::MAX as u32) as Reg)
    }

    /// An attribute cache for name `name` (its first slot holds the name itself): returns the
    /// cache number, turned into a constant-table index by `place_caches`.
    pub fn attr_cache(&mut self, name: &str) -> Reg {
        let k = self.name_const(name) as u32;
        self.attr_names.push(k);
        (self.attr_names.len() - 1).min(u16::MAX as usize) as Reg
    }

    /// Points each cache operand past the constants: global slot s lives at K[nconsts + 2s],
    /// attribute cache t at K[nconsts + 2 * nglobal + 4t].
    pub fn place_caches(&mut self) {
        let nconsts = self.consts.len() as u32;
        let attr_base = nconsts + 2 * self.ncaches;
        if attr_base + 4 * self.attr_names.len() as u32 + 4 > crate::opcodes::RK_FLAG as u32 {
            self.too_many_registers = true;
            return;
        }
        for inst in self.code.iter_mut() {
            match inst.op() {
                Op::LoadGlobal | Op::StoreGlobal => {
                    *inst = inst.set_c((nconsts + 2 * inst.c() as u32) as u16)
                }
                Op::GetAttr | Op::LoadMethod => {
                    *inst = inst.set_c((attr_base + 4 * inst.c() as u32) as u16)
                }
                Op::SetAttr => *inst = inst.set_b((attr_base + 4 * inst.b() as u32) as u16),
                _ => {}
            }
        }
    }

    pub fn new_label(&mut self) -> usize {
        self.labels.push(u32::MAX);
        self.labels.len() - 1
    }

    pub fn place_label(&mut self, label: usize) {
        self.labels[label] = self.pc() as u32;
    }

    /// Opens a protected region whose handler is `label`.
    pub fn open_region(&mut self, label: usize) {
        let start = self.pc() as u32;
        self.regions.push(Region {
            start,
            handler: label,
        });
    }

    /// Closes the innermost region.
    pub fn close_region(&mut self) {
        if let Some(r) = self.regions.pop() {
            self.add_entry(r.start, r.handler);
        }
    }

    fn add_entry(&mut self, start: u32, label: usize) {
        let end = self.pc() as u32;
        if end > start {
            self.pending_entries.push((self.exc_table.len(), label));
            self.exc_table.push(ExcEntry {
                start,
                end,
                handler: 0,
            });
        }
    }

    pub fn region_depth(&self) -> usize {
        self.regions.len()
    }

    /// Temporarily ends the regions above `depth` (code emitted now, e.g. an inlined `finally`
    /// on the way out of a `return`, is not protected by them); `resume_regions` reopens them.
    pub fn suspend_regions(&mut self, depth: usize) -> Vec<usize> {
        let mut labels = Vec::new();
        while self.regions.len() > depth {
            let r = self.regions.pop().unwrap_or(Region {
                start: 0,
                handler: 0,
            });
            self.add_entry(r.start, r.handler);
            labels.push(r.handler);
        }
        labels.reverse();
        labels
    }

    pub fn resume_regions(&mut self, labels: Vec<usize>) {
        for l in labels {
            self.open_region(l);
        }
    }

    /// Resolves handler labels in the exception table.
    pub fn finish_table(&mut self) {
        for &(i, label) in &self.pending_entries {
            self.exc_table[i].handler = self.labels[label];
        }
        self.pending_entries.clear();
    }
}
