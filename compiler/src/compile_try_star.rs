//! `try ... except* T as e` (PEP 654) compiled to register code.
//!
//! Handler registers: r = the exception handled before, r+1 = the one caught, r+2 = what no
//! clause has matched yet (a naked exception is wrapped only when a clause matches it), r+3 = the list
//! of what the clauses raised. Each clause splits its part off r+2 (`ExcStarSplit`) and runs
//! with that part as the handled exception; whatever it raises is appended to r+3 instead of
//! propagating. `ExcStarRaise` then raises the combination, if any, as CPython does.

use super::{err, Compiler, FnCompiler, R};
use crate::opcodes::Op;
use kestrel_grammar::ast::*;

const JUMP_OUT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

/// `return` anywhere, and `break`/`continue` outside a loop of their own, may not leave an
/// `except*` clause (nested functions and classes are other scopes).
fn check_no_jump_out(body: &[Stmt], in_loop: bool, in_function: bool) -> R<()> {
    for s in body {
        match &s.kind {
            StmtKind::Return(_) if !in_function => return err("'return' outside function", s.loc),
            StmtKind::Return(_) => return err(JUMP_OUT, s.loc),
            StmtKind::Break | StmtKind::Continue if !in_loop => return err(JUMP_OUT, s.loc),
            StmtKind::For { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                check_no_jump_out(body, true, in_function)?;
                check_no_jump_out(orelse, in_loop, in_function)?;
            }
            StmtKind::If { body, orelse, .. } => {
                check_no_jump_out(body, in_loop, in_function)?;
                check_no_jump_out(orelse, in_loop, in_function)?;
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                check_no_jump_out(body, in_loop, in_function)?;
                for h in handlers.iter() {
                    check_no_jump_out(h.body, in_loop, in_function)?;
                }
                check_no_jump_out(orelse, in_loop, in_function)?;
                check_no_jump_out(finalbody, in_loop, in_function)?;
            }
            StmtKind::With { body, .. } => check_no_jump_out(body, in_loop, in_function)?,
            StmtKind::Match { cases, .. } => {
                for c in cases.iter() {
                    check_no_jump_out(c.body, in_loop, in_function)?;
                }
            }
            _ => {}
        }
    }
    Ok(())
}

impl<'t> Compiler<'t> {
    pub(super) fn try_star<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        body: &'a [Stmt<'a>],
        handlers: &'a [ExceptHandler<'a>],
        orelse: &'a [Stmt<'a>],
    ) -> R<()> {
        for h in handlers {
            if !h.star {
                return err(
                    "cannot have both 'except' and 'except*' on the same 'try'",
                    h.loc,
                );
            }
            check_no_jump_out(h.body, false, f.in_function)?;
        }
        let handler = f.e.new_label();
        f.e.open_region(handler);
        self.sub_block(f, body)?;
        f.e.close_region();
        self.sub_block(f, orelse)?;
        let to_end = f.e.jump();
        f.e.place_label(handler);
        let r = f.e.alloc(4);
        f.e.op(Op::EnterHandler, r, 0, 0);
        let cleanup = f.e.new_label();
        f.e.open_region(cleanup);
        f.e.op(Op::ExcStarInit, r + 2, r + 1, 0);
        for h in handlers {
            f.e.loc = h.loc;
            let mark = f.e.next_reg;
            let Some(t) = h.typ else {
                return err("expected one or more exception types", h.loc);
            };
            let tr = self.expr(f, t)?;
            let m = f.e.alloc(2);
            f.e.op(Op::ExcStarSplit, m, r + 2, tr);
            let next = f.e.jump_op(Op::JumpIfFalse, m + 1);
            let caught = f.e.new_label();
            f.e.open_region(caught);
            // The clause handles its matched part.
            f.e.op(Op::PopHandler, m, 0, 0);
            if let Some(name) = h.name {
                self.store_name(f, name, m, h.loc)?;
            }
            self.sub_block(f, h.body)?;
            f.e.close_region();
            if let Some(name) = h.name {
                self.unbind_name(f, name)?;
            }
            let done = f.e.jump();
            f.e.place_label(caught);
            let s = f.e.alloc(2);
            f.e.op(Op::EnterHandler, s, 0, 0);
            f.e.op(Op::ListAppend, r + 3, s + 1, 0);
            if let Some(name) = h.name {
                self.unbind_name(f, name)?;
            }
            f.e.patch_here(done);
            f.e.patch_here(next);
            f.e.next_reg = mark;
        }
        f.e.op(Op::PopHandler, r, 0, 0);
        f.e.op(Op::ExcStarRaise, r + 1, 0, 0);
        f.e.close_region();
        let to_end2 = f.e.jump();
        f.e.place_label(cleanup);
        let s = f.e.alloc(2);
        f.e.op(Op::EnterHandler, s, 0, 0);
        f.e.op(Op::PopHandler, r, 0, 0);
        f.e.op(Op::Reraise, s + 1, 0, 0);
        f.e.patch_here(to_end);
        f.e.patch_here(to_end2);
        Ok(())
    }
}
