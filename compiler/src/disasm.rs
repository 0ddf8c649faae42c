//! The disassembler: one line per instruction, operands decoded by the op table's formats.

use crate::code::{CodeObject, Const};
use crate::opcodes::{Format, Inst, Op, WideInst, WIDE_RK_FLAG};
use std::fmt::Write;

/// Formats one instruction without context (operands only).
pub fn format_inst(i: Inst) -> String {
    format_full(WideInst::from_narrow(i))
}

/// An RK operand (flagged as in a wide instruction) as `K<n>` or a register number.
fn rk(x: usize, is_rk: bool) -> String {
    if is_rk && x & WIDE_RK_FLAG != 0 {
        format!("K{}", x & !WIDE_RK_FLAG)
    } else {
        x.to_string()
    }
}

/// Formats an instruction from its full operands (a narrow one through `from_narrow`).
fn format_full(i: WideInst) -> String {
    let op = i.op();
    let (ra, rb, rc) = op.rk_operands();
    let ops = match op.format() {
        Format::N => String::new(),
        Format::A => format!("{}", i.a()),
        Format::AB => format!("{} {}", i.a(), i.b()),
        Format::ABC => match op.generic() {
            Op::AddInt => format!("{} {} {}", i.a(), i.b(), i.ins.sc()),
            Op::ForIterTo => format!("{} {} {:+}", i.a(), i.b(), i.sc()),
            _ if op.is_fused_jump() => {
                format!("{} {} {:+}", rk(i.a(), ra), rk(i.b(), rb), i.sc())
            }
            _ => format!("{} {} {}", i.a(), rk(i.b(), rb), rk(i.c(), rc)),
        },
        Format::ABCD => format!("{} {} {} {}", i.a(), rk(i.b(), rb), rk(i.c(), rc), i.d()),
        Format::AsBx => format!("{} {:+}", i.a(), i.sbx()),
        Format::SBx => format!("{:+}", i.sbx()),
        Format::ABx => format!("{} {}", i.a(), i.bx()),
    };
    format!("{:<15} {}", op.mnemonic(), ops)
}

fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::True => "True".into(),
        Const::False => "False".into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(s) => s.to_string(),
        Const::Float(f) => format!("{f:?}"),
        Const::Imag(f) => format!("{f:?}j"),
        Const::Str(s) => format!("{s:?}"),
        Const::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            format!("({})", parts.join(", "))
        }
        Const::Code(c) => format!("<code {}>", c.qualname),
    }
}

/// A comment naming the constant or jump target an instruction refers to.
fn annotation(code: &CodeObject, pc: usize, i: WideInst) -> String {
    let k = |idx: usize| code.consts.get(idx).map(const_repr).unwrap_or_default();
    match i.op().generic() {
        Op::LoadConst
        | Op::DeleteGlobal
        | Op::LoadName
        | Op::StoreName
        | Op::DeleteName
        | Op::Import => k(i.bx()),
        Op::GetAttr | Op::LoadMethod | Op::LoadSuperMethod => {
            code.name_operand(i.c()).map(const_repr).unwrap_or_default()
        }
        Op::ImportFrom => k(i.c()),
        Op::LoadGlobal | Op::StoreGlobal => k(i.b()),
        Op::SetAttr => code.name_operand(i.b()).map(const_repr).unwrap_or_default(),
        Op::DelAttr => k(i.b()),
        Op::MakeFunction => k(i.b()),
        Op::Jump | Op::JumpIfTrue | Op::JumpIfFalse | Op::ForIter => {
            format!("to {}", pc as i64 + 1 + i.sbx() as i64)
        }
        o if o.offset_in_c() => format!("to {}", pc as i64 + 1 + i.sc()),
        Op::AddInt => String::new(),
        Op::Async => crate::opcodes::async_op::name(i.d()).into(),
        Op::CheckBound | Op::ClearLocal => code
            .varnames
            .get(i.b())
            .map(|s| s.to_string())
            .unwrap_or_default(),
        _ => String::new(),
    }
}

/// The constant indices of the names `code`'s instructions use (globals, attributes,
/// imports), in first-use order without repeats: `co_names`.
pub fn name_consts(code: &CodeObject) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for (_, i) in crate::opcodes::decoded(code.code) {
        let k = match i.op().generic() {
            Op::DeleteGlobal | Op::LoadName | Op::StoreName | Op::DeleteName | Op::Import => i.bx(),
            Op::GetAttr | Op::LoadMethod | Op::LoadSuperMethod => name_index(code, i.c()),
            Op::SetAttr => name_index(code, i.b()),
            Op::ImportFrom => i.c(),
            Op::LoadGlobal | Op::StoreGlobal | Op::DelAttr => i.b(),
            _ => continue,
        };
        if k < code.consts.len() && !out.contains(&k) {
            out.push(k);
        }
    }
    out
}

/// A name operand's constant index, looking through the attribute caches.
fn name_index(code: &CodeObject, k: usize) -> usize {
    let base = code.attr_cache_base();
    if k >= base {
        return code
            .attr_names
            .get((k - base) / 4)
            .map_or(usize::MAX, |&c| c as usize);
    }
    k
}

/// Disassembles `code` and every code object nested in its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String) {
    listing(code, code.code, out);
    for c in code.consts {
        if let Const::Code(inner) = c {
            disassemble_into(inner, out);
        }
    }
}

/// One code object's instructions as quickening left them after a run (`kestrel
/// --dis-quickened`): each site shows the form it settled on. Specialized forms keep their
/// generic form's operands, so the annotations are the generic form's.
pub fn disassemble_quickened(code: &CodeObject, insts: &[Inst]) -> String {
    let mut out = String::new();
    listing(code, insts, &mut out);
    out
}

/// The header, the instructions `insts` (the code's own or its quickened copy) and the
/// exception table of `code`.
fn listing(code: &CodeObject, insts: &[Inst], out: &mut String) {
    let _ = writeln!(
        out,
        "code {} (line {}, {} registers, {} params, flags {:#x})",
        code.qualname,
        code.first_line,
        code.nregs,
        code.total_params(),
        code.flags
    );
    if !code.varnames.is_empty() {
        let _ = writeln!(out, "  locals: {}", code.varnames.join(", "));
    }
    let mut last_line = 0;
    for pc in 0..insts.len() {
        let line = code.line_at(pc);
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".to_string()
        };
        // A `WIDE` prefix is listed as itself; the instruction after it with full operands.
        let (ann, text) = match pc > 0 && insts[pc - 1].op() == Op::Wide {
            true => {
                let w = WideInst::new(insts[pc - 1], insts[pc]);
                let generic = WideInst::new(w.hi, w.ins.with_op(w.ins.op().generic()));
                (annotation(code, pc, generic), format_full(w))
            }
            false => {
                let i = insts[pc];
                let generic = WideInst::from_narrow(i.with_op(i.op().generic()));
                (
                    annotation(code, pc, generic),
                    format_full(WideInst::from_narrow(i)),
                )
            }
        };
        if ann.is_empty() {
            let _ = writeln!(out, "{line_col} {pc:>5}  {text}");
        } else {
            let _ = writeln!(out, "{line_col} {pc:>5}  {text:<28}; {ann}");
        }
    }
    for e in code.exc_table {
        let _ = writeln!(out, "  except {}..{} -> {}", e.start, e.end, e.handler);
    }
    let _ = writeln!(out);
}
