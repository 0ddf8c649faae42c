//! The `match` statement (PEP 634) compiled to register code.
//!
//! The subject is evaluated once into a temporary. Each case's pattern is tested against it
//! with plain instructions and five match ops (`MatchSequence`, `MatchMapping`, `MatchKeys`,
//! `MatchClass`, `DictWithout`); every failed test jumps to the next case. Captured values
//! collect in temporaries and are stored to their names only once the whole pattern has
//! matched (as CPython does), then the guard runs and the body follows.

use super::{err, Compiler, FnCompiler, R};
use crate::code::Const;
use crate::emit::Reg;
use crate::leak_str;
use crate::opcodes::Op;
use kestrel_grammar::ast::*;

/// What a pattern being compiled has captured so far: (name, register holding the value).
type Binds<'a> = Vec<(&'a str, Reg)>;

impl<'t> Compiler<'t> {
    pub(super) fn match_stmt<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        subject: &'a Expr<'a>,
        cases: &'a [MatchCase<'a>],
    ) -> R<()> {
        let subj = self.expr_temp(f, subject)?;
        let saved = f.definite.clone();
        let mut to_end = Vec::new();
        for (i, case) in cases.iter().enumerate() {
            let last = i + 1 == cases.len();
            f.e.loc = case.loc;
            f.definite = saved.clone();
            let mark = f.e.next_reg;
            let mut fails = Vec::new();
            let mut binds = Vec::new();
            // Only the last case may always match (unless a guard can still fail).
            let allow_irrefutable = last || case.guard.is_some();
            self.pattern(
                f,
                &case.pattern,
                subj,
                allow_irrefutable,
                &mut fails,
                &mut binds,
            )?;
            for &(name, reg) in &binds {
                self.store_name(f, name, reg, case.loc)?;
            }
            if let Some(g) = case.guard {
                fails.extend(self.jump_if(f, g, false)?);
            }
            f.e.next_reg = mark;
            self.block(f, case.body)?;
            if !last {
                to_end.push(f.e.jump());
            }
            for j in fails {
                f.e.patch_here(j);
            }
        }
        for j in to_end {
            f.e.patch_here(j);
        }
        f.definite = saved;
        Ok(())
    }

    fn bind<'a>(&self, binds: &mut Binds<'a>, name: &'a str, reg: Reg, loc: Loc) -> R<()> {
        if binds.iter().any(|(n, _)| *n == name) {
            return err(
                format!("multiple assignments to name '{name}' in pattern"),
                loc,
            );
        }
        binds.push((name, reg));
        Ok(())
    }

    /// Tests `subj` against `p`: failures jump through `fails`, captures go to `binds`.
    fn pattern<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        p: &'a Pattern<'a>,
        subj: Reg,
        allow_irrefutable: bool,
        fails: &mut Vec<usize>,
        binds: &mut Binds<'a>,
    ) -> R<()> {
        match &p.kind {
            PatternKind::As(None, name) => {
                if !allow_irrefutable {
                    return match name {
                        Some(n) => err(
                            format!("name capture '{n}' makes remaining patterns unreachable"),
                            p.loc,
                        ),
                        None => err("wildcard makes remaining patterns unreachable", p.loc),
                    };
                }
                if let Some(n) = name {
                    self.bind(binds, n, subj, p.loc)?;
                }
            }
            PatternKind::As(Some(inner), name) => {
                self.pattern(f, inner, subj, allow_irrefutable, fails, binds)?;
                if let Some(n) = name {
                    self.bind(binds, n, subj, p.loc)?;
                }
            }
            PatternKind::Value(e) => {
                let v = self.operand(f, e)?;
                f.e.loc = p.loc;
                fails.push(f.e.op(Op::JumpIfNotEq, subj, v, 0));
            }
            PatternKind::Singleton(e) => {
                let v = self.operand(f, e)?;
                let t = f.e.temp();
                f.e.op(Op::Is, t, subj, v);
                fails.push(f.e.jump_op(Op::JumpIfFalse, t));
            }
            PatternKind::Star(_) => return err("can't use starred pattern here", p.loc),
            PatternKind::Sequence(items) => self.sequence(f, items, subj, fails, binds)?,
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => self.mapping(f, p.loc, keys, patterns, *rest, subj, fails, binds)?,
            PatternKind::Class {
                cls,
                args,
                kw_names,
                kw_patterns,
            } => {
                let n = args.len() + kw_patterns.len();
                if args.len() > u8::MAX as usize {
                    return err("too many sub-patterns in class pattern", p.loc);
                }
                let base = f.e.alloc(3);
                f.e.op(Op::Move, base, subj, 0);
                self.expr_into(f, cls, base + 1)?;
                f.e.next_reg = base + 3;
                let names: Vec<Const> = kw_names.iter().map(|n| Const::Str(leak_str(n))).collect();
                let k = f.e.constant(Const::Tuple(crate::leak_slice(names)));
                f.e.op_bx(Op::LoadConst, base + 2, k);
                let out = f.e.alloc(2);
                f.e.loc = p.loc;
                f.e.op(Op::MatchClass, out, base, args.len() as Reg);
                fails.push(f.e.jump_op(Op::JumpIfFalse, out + 1));
                if n > 0 {
                    let items = f.e.alloc(n as u32);
                    f.e.op(Op::Unpack, items, out, n as Reg);
                    for (j, sub) in args.iter().chain(kw_patterns.iter()).enumerate() {
                        self.pattern(f, sub, items + j as Reg, true, fails, binds)?;
                    }
                }
            }
            PatternKind::Or(alts) => {
                self.or_pattern(f, p.loc, alts, subj, allow_irrefutable, fails, binds)?
            }
        }
        Ok(())
    }

    fn sequence<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        items: &'a [Pattern<'a>],
        subj: Reg,
        fails: &mut Vec<usize>,
        binds: &mut Binds<'a>,
    ) -> R<()> {
        let star = items
            .iter()
            .position(|p| matches!(p.kind, PatternKind::Star(_)));
        let n = items.len();
        let fixed = n - star.is_some() as usize;
        let t = f.e.temp();
        f.e.op_d(
            Op::MatchSequence,
            t,
            subj,
            fixed as Reg,
            star.is_some() as u8,
        );
        fails.push(f.e.jump_op(Op::JumpIfFalse, t));
        if n == 0 {
            return Ok(());
        }
        let base = f.e.alloc(n as u32);
        match star {
            None => {
                f.e.op(Op::Unpack, base, subj, n as Reg);
            }
            Some(s) => {
                if n - 1 - s > u8::MAX as usize {
                    return err(
                        "too many sub-patterns after a starred pattern",
                        items[s].loc,
                    );
                }
                f.e.op_d(Op::UnpackEx, base, subj, s as Reg, (n - 1 - s) as u8);
            }
        }
        for (j, sub) in items.iter().enumerate() {
            let r = base + j as Reg;
            match sub.kind {
                PatternKind::Star(Some(name)) => self.bind(binds, name, r, sub.loc)?,
                PatternKind::Star(None) => {}
                _ => self.pattern(f, sub, r, true, fails, binds)?,
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn mapping<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        loc: Loc,
        keys: &'a [Expr<'a>],
        patterns: &'a [Pattern<'a>],
        rest: Option<&'a str>,
        subj: Reg,
        fails: &mut Vec<usize>,
        binds: &mut Binds<'a>,
    ) -> R<()> {
        let t = f.e.temp();
        f.e.op(Op::MatchMapping, t, subj, 0);
        fails.push(f.e.jump_op(Op::JumpIfFalse, t));
        let n = keys.len();
        let kbase = f.e.alloc(n as u32);
        for (j, k) in keys.iter().enumerate() {
            self.expr_into(f, k, kbase + j as Reg)?;
        }
        let ktuple = f.e.temp();
        f.e.op(Op::BuildTuple, ktuple, kbase, n as Reg);
        if n > 0 {
            let out = f.e.alloc(2);
            f.e.loc = loc;
            f.e.op(Op::MatchKeys, out, subj, ktuple);
            fails.push(f.e.jump_op(Op::JumpIfFalse, out + 1));
            let items = f.e.alloc(n as u32);
            f.e.op(Op::Unpack, items, out, n as Reg);
            for (j, sub) in patterns.iter().enumerate() {
                self.pattern(f, sub, items + j as Reg, true, fails, binds)?;
            }
        }
        if let Some(name) = rest {
            let r = f.e.temp();
            f.e.op(Op::DictWithout, r, subj, ktuple);
            self.bind(binds, name, r, loc)?;
        }
        Ok(())
    }

    /// `p1 | p2 | ...`: each alternative binds the same names; whichever matches moves its
    /// captures into one set of registers.
    #[allow(clippy::too_many_arguments)]
    fn or_pattern<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        loc: Loc,
        alts: &'a [Pattern<'a>],
        subj: Reg,
        allow_irrefutable: bool,
        fails: &mut Vec<usize>,
        binds: &mut Binds<'a>,
    ) -> R<()> {
        let mut names: Option<Vec<&'a str>> = None;
        let mut shared: Vec<Reg> = Vec::new();
        let mut to_end = Vec::new();
        for (i, alt) in alts.iter().enumerate() {
            let last = i + 1 == alts.len();
            let mut alt_fails = Vec::new();
            let mut alt_binds = Vec::new();
            let allow = last && allow_irrefutable;
            self.pattern(f, alt, subj, allow, &mut alt_fails, &mut alt_binds)?;
            let mut these: Vec<&'a str> = alt_binds.iter().map(|(n, _)| *n).collect();
            these.sort_unstable();
            match &names {
                None => {
                    shared = (0..alt_binds.len()).map(|_| f.e.temp()).collect();
                    names = Some(these);
                }
                Some(first) if *first != these => {
                    return err("alternative patterns bind different names", loc);
                }
                Some(_) => {}
            }
            let order = names.as_deref().unwrap_or_default();
            for (name, reg) in &alt_binds {
                let slot = order.iter().position(|n| n == name).unwrap_or(0);
                f.e.op(Op::Move, shared[slot], *reg, 0);
            }
            if last {
                fails.extend(alt_fails);
            } else {
                to_end.push(f.e.jump());
                for j in alt_fails {
                    f.e.patch_here(j);
                }
            }
        }
        for j in to_end {
            f.e.patch_here(j);
        }
        for (name, reg) in names.unwrap_or_default().into_iter().zip(shared) {
            self.bind(binds, name, reg, loc)?;
        }
        Ok(())
    }
}
