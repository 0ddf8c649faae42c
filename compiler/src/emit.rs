//! Per-code-object emission state: instructions, lines, constants, registers, jump patching and
//! exception-table regions.

use crate::code::{ColSpan, Const, ExcEntry};
use crate::opcodes::{Inst, Op, RK_FLAG, WIDE_RK_FLAG};
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
    /// An operand known only after emission (a jump offset, a cache index) outgrew its
    /// narrow field: the code is compiled again with `wide_patches`.
    pub needs_wide: bool,
    /// Reserve a `WIDE` prefix on every op whose C is patched later (see `patched_c`).
    pub wide_patches: bool,
    /// Inline-cache slots handed out so far (`LoadGlobal`, `StoreGlobal`).
    pub ncaches: u32,
    /// Name constant of each attribute cache (`GetAttr`, `LoadMethod`, `LoadSuperMethod`,
    /// `SetAttr`).
    pub attr_names: Vec<u32>,
}

/// A register number, or an operand in general (an RK operand may be `RK_CONST | k`).
pub type Reg = u32;

/// Marks an RK operand naming constant k in the compiler (`RK_CONST | k`); the emitter
/// encodes it as the instruction's form needs (`RK_FLAG` narrow, `WIDE_RK_FLAG` wide).
pub const RK_CONST: Reg = 1 << 31;

/// Registers a frame may have. Past 65,535 their operands take a `WIDE` prefix; the bound
/// keeps register numbers clear of `RK_CONST` and of the "none" marks below.
pub const MAX_REGS: u32 = 1 << 30;

/// An operand meaning "none" in the fields `sentinel_fields` names (`ClearLocal`'s B, the
/// dead-temporaries operands): encoded as `NO_OPERAND` in a narrow instruction and as
/// `WIDE_NO_OPERAND` in a wide one.
pub const NONE_OPERAND: Reg = 0xffff_ffff;

/// `ClearLocal`'s B for a finished `for` loop's iterator (no bound check): `NONE_OPERAND - 1`.
pub const DROPPED_ITERATOR: Reg = NONE_OPERAND - 1;

/// Which of A, B, C may hold `NONE_OPERAND` or `DROPPED_ITERATOR`.
fn sentinel_fields(op: Op) -> (bool, bool, bool) {
    match op {
        Op::ClearLocal => (false, true, true),
        Op::DelAttr | Op::DelItem => (false, false, true),
        Op::DeleteGlobal | Op::DeleteName => (true, false, false),
        _ => (false, false, false),
    }
}

/// Ops whose C is set after emission: jump offsets and inline-cache indices.
fn patched_c(op: Op) -> bool {
    op.offset_in_c()
        || matches!(
            op,
            Op::LoadGlobal | Op::StoreGlobal | Op::GetAttr | Op::LoadMethod | Op::LoadSuperMethod
        )
}

/// Whether operand `x` fits a narrow field (15 bits and the flag for an RK operand; in a
/// field that may hold a mark, a mark or a value below the narrow marks).
fn fits_narrow(x: Reg, rk: bool, marks: bool) -> bool {
    match (rk, marks) {
        (true, _) => x & !RK_CONST < RK_FLAG as u32,
        (false, true) => x >= DROPPED_ITERATOR || x < DROPPED_ITERATOR as u16 as Reg,
        (false, false) => x <= 0xffff,
    }
}

/// The narrow field of `x` (a mark becomes its 16-bit form).
fn narrow_field(x: Reg, rk: bool) -> u16 {
    match rk && x & RK_CONST != 0 {
        true => (x & !RK_CONST) as u16 | RK_FLAG as u16,
        false => x as u16,
    }
}

/// (prefix half, instruction half) of a wide operand; a wide RK constant has bit 31 set.
fn wide_field(x: Reg, rk: bool) -> (u16, u16) {
    let x = match rk && x & RK_CONST != 0 {
        true => (x & !RK_CONST) | WIDE_RK_FLAG as u32,
        false => x,
    };
    ((x >> 16) as u16, x as u16)
}

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
            needs_wide: false,
            wide_patches: false,
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
        self.op_d(op, a, b, c, 0)
    }

    /// Emits `op` with operands A, B, C (an RK operand is a register, or a constant index
    /// flagged with `RK_CONST`); an operand past its field's range gets a `WIDE` prefix.
    /// Returns the index of the instruction proper (after any prefix), which jump patching
    /// and the VM's "current instruction" refer to.
    pub fn op_d(&mut self, op: Op, a: Reg, b: Reg, c: Reg, d: u8) -> usize {
        let rk = op.rk_operands();
        let marks = sentinel_fields(op);
        let fields = [(a, rk.0), (b, rk.1), (c, rk.2)];
        let fit = [
            fits_narrow(a, rk.0, marks.0),
            fits_narrow(b, rk.1, marks.1),
            fits_narrow(c, rk.2, marks.2),
        ];
        if !self.reserve_wide(op) && fit.iter().all(|&f| f) {
            let [a, b, c] = fields.map(|(x, rk)| narrow_field(x, rk));
            return self.emit(Inst::new(op, a, b, c, d));
        }
        let [a, b, c] = fields.map(|(x, rk)| wide_field(x, rk));
        self.emit(Inst::new(Op::Wide, a.0, b.0, c.0, 0));
        self.emit(Inst::new(op, a.1, b.1, c.1, d))
    }

    /// In wide mode (`wide_patches`), ops whose C is only known after emission (a jump
    /// offset, an inline-cache index) always get a prefix to patch.
    fn reserve_wide(&self, op: Op) -> bool {
        self.wide_patches && (patched_c(op) || op == Op::SetAttr)
    }

    /// An instruction whose B|C hold a 32-bit constant index.
    pub fn op_bx(&mut self, op: Op, a: Reg, bx: u32) -> usize {
        if !fits_narrow(a, false, sentinel_fields(op).0) {
            self.emit(Inst::new(Op::Wide, (a >> 16) as u16, 0, 0, 0));
        }
        self.emit(Inst::with_sbx(op, a as u16, bx as i32))
    }

    /// Emits a forward jump to be patched with `patch_here`.
    pub fn jump_op(&mut self, op: Op, a: Reg) -> usize {
        if a > 0xffff {
            self.emit(Inst::new(Op::Wide, (a >> 16) as u16, 0, 0, 0));
        }
        self.emit(Inst::with_sbx(op, a as u16, 0))
    }

    pub fn jump(&mut self) -> usize {
        self.jump_op(Op::Jump, 0)
    }

    /// Points the jump at `at` to the current pc.
    pub fn patch_here(&mut self, at: usize) {
        let target = self.pc();
        self.patch_to(at, target);
    }

    /// Points the jump at `at` (an index `op` returned) to `target`. An offset relative to the
    /// next instruction: a prefixed jump's offset counts from past both its words too.
    pub fn patch_to(&mut self, at: usize, target: usize) {
        let off = target as i64 - (at as i64 + 1);
        let inst = self.code[at];
        if inst.op().offset_in_c() {
            // Fused compare-and-branch keeps its offset in C: 16 bits, or 32 with a prefix.
            self.set_full_c(at, off as i32 as u32);
        } else {
            self.code[at] = inst.set_sbx(off as i32);
        }
    }

    /// Whether the instruction at `at` has a `WIDE` prefix.
    fn has_prefix(&self, at: usize) -> bool {
        at > 0 && self.code[at - 1].op() == Op::Wide
    }

    /// The full C of the (non-RK) C operand of the instruction at `at`.
    fn full_c(&self, at: usize) -> u32 {
        let lo = self.code[at].c() as u32;
        match self.has_prefix(at) {
            true => (self.code[at - 1].c() as u32) << 16 | lo,
            false => lo,
        }
    }

    /// The full B of the (non-RK) B operand of the instruction at `at`.
    fn full_b(&self, at: usize) -> u32 {
        let lo = self.code[at].b() as u32;
        match self.has_prefix(at) {
            true => (self.code[at - 1].b() as u32) << 16 | lo,
            false => lo,
        }
    }

    /// Replaces the B operand (an inline-cache index) of the instruction at `at`; one its
    /// field cannot hold marks the code object for recompiling in wide mode.
    fn set_full_b(&mut self, at: usize, b: u32) {
        if self.has_prefix(at) {
            self.code[at - 1] = self.code[at - 1].set_b((b >> 16) as u16);
            self.code[at] = self.code[at].set_b(b as u16);
            return;
        }
        if b > 0xffff {
            self.needs_wide = true;
        }
        self.code[at] = self.code[at].set_b(b as u16);
    }

    /// Replaces the C operand of the instruction at `at`; a value its field cannot hold marks
    /// the code object for recompiling in wide mode (`needs_wide`). A signed C (an offset)
    /// is passed as its two's complement and fits 16 bits when it sign-extends back.
    fn set_full_c(&mut self, at: usize, c: u32) {
        if self.has_prefix(at) {
            self.code[at - 1] = self.code[at - 1].set_c((c >> 16) as u16);
            self.code[at] = self.code[at].set_c(c as u16);
            return;
        }
        let signed = self.code[at].op().offset_in_c();
        let fits = match signed {
            true => i16::try_from(c as i32).is_ok(),
            false => c <= 0xffff,
        };
        if !fits {
            self.needs_wide = true;
        }
        self.code[at] = self.code[at].set_c(c as u16);
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
        if self.next_reg > MAX_REGS {
            self.too_many_registers = true;
            self.next_reg = 0;
        }
        r
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

    /// The constant index of name `s` (attribute names etc.).
    pub fn name_const(&mut self, s: &str) -> Reg {
        let leaked: &'static str = crate::leak_str(s);
        self.constant(Const::Str(leaked))
    }

    /// `R[dst] := G[name]` with its own inline-cache slot. C holds the slot number until
    /// `place_caches` turns it into a constant-table index.
    pub fn load_global(&mut self, dst: Reg, name: &str) -> usize {
        let k = self.name_const(name);
        let slot = self.ncaches;
        self.ncaches += 1;
        self.op(Op::LoadGlobal, dst, k, slot)
    }

    /// `G[name] := R[src]` with its own inline-cache slot (numbered as `load_global`'s).
    pub fn store_global(&mut self, src: Reg, name: &str) -> usize {
        let k = self.name_const(name);
        let slot = self.ncaches;
        self.ncaches += 1;
        self.op(Op::StoreGlobal, src, k, slot)
    }

    /// An attribute cache for name `name` (its first slot holds the name itself): returns the
    /// cache number, turned into a constant-table index by `place_caches`.
    pub fn attr_cache(&mut self, name: &str) -> Reg {
        let k = self.name_const(name);
        self.attr_names.push(k);
        (self.attr_names.len() - 1) as Reg
    }

    /// Points each cache operand past the constants: global slot s lives at K[nconsts + 2s],
    /// attribute cache t at K[nconsts + 2 * nglobal + 4t].
    pub fn place_caches(&mut self) {
        let nconsts = self.consts.len() as u64;
        let attr_base = nconsts + 2 * self.ncaches as u64;
        if attr_base + 4 * self.attr_names.len() as u64 + 4 > u32::MAX as u64 {
            self.too_many_registers = true;
            return;
        }
        for at in 0..self.code.len() {
            let c = match self.code[at].op() {
                Op::LoadGlobal | Op::StoreGlobal => nconsts as u32 + 2 * self.full_c(at),
                Op::GetAttr | Op::LoadMethod | Op::LoadSuperMethod => {
                    attr_base as u32 + 4 * self.full_c(at)
                }
                Op::SetAttr => {
                    let b = attr_base as u32 + 4 * self.full_b(at);
                    self.set_full_b(at, b);
                    continue;
                }
                _ => continue,
            };
            self.set_full_c(at, c);
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
