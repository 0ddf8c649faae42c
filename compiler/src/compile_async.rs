//! `await`, `async for`, `async with` and the loop head of async comprehensions.
//!
//! Awaiting is `yield from` over an awaitable's iterator: `ASYNC(AWAITABLE)` turns the operand
//! into that iterator (a coroutine, or what `__await__` returned) and `YIELD_FROM` drives it, so
//! coroutines reuse the generator machinery for suspension, `send`, `throw` and `close`.

use super::{Compiler, FnCompiler, Unwind, R};
use crate::emit::Reg;
use crate::opcodes::{async_op, Op};
use kestrel_grammar::ast::*;

impl<'t> Compiler<'t> {
    /// `R[dst] := await R[src]`.
    pub(super) fn await_reg(&self, f: &mut FnCompiler, src: Reg, dst: Reg) {
        let t = f.e.temp();
        f.e.op_d(Op::Async, t, src, 0, async_op::AWAITABLE);
        f.e.op(Op::YieldFrom, dst, t, 0);
    }

    /// `async for` / `async with` (the parser wraps the plain statement).
    pub(super) fn async_stmt<'a>(&self, f: &mut FnCompiler<'a>, s: &'a Stmt<'a>) -> R<()> {
        match &s.kind {
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.async_for(f, target, iter, body, orelse),
            StmtKind::With { items, body } => self.async_with(f, items, body),
            _ => Ok(()),
        }
    }

    fn async_for<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        target: &'a Expr<'a>,
        iter: &'a Expr<'a>,
        body: &'a [Stmt<'a>],
        orelse: &'a [Stmt<'a>],
    ) -> R<()> {
        let it = f.e.alloc(2);
        let src = self.expr(f, iter)?;
        f.e.op_d(Op::Async, it, src, 0, async_op::AITER);
        f.e.next_reg = it + 2;
        let start = f.e.pc();
        let exit = self.async_next(f, it);
        f.push_unwind(Unwind::Loop);
        let r = self.loop_body(f, start, body, |this: &mut FnCompiler<'a>| {
            self.store(this, target, it + 1)
        });
        f.pop_unwind();
        r?;
        f.e.jump_back(Op::Jump, 0, start);
        f.e.patch_here(exit);
        let breaks = f.loops.pop().map(|l| l.breaks).unwrap_or_default();
        self.sub_block(f, orelse)?;
        for b in breaks {
            f.e.patch_here(b);
        }
        Ok(())
    }

    /// `R[it+1] := await anext(R[it])`; returns the jump taken on StopAsyncIteration (to be
    /// patched to the loop's exit). Any other exception propagates.
    pub(super) fn async_next(&self, f: &mut FnCompiler, it: Reg) -> usize {
        let handler = f.e.new_label();
        f.e.open_region(handler);
        let aw = f.e.temp();
        f.e.op_d(Op::Async, aw, it, 0, async_op::ANEXT);
        f.e.op(Op::YieldFrom, it + 1, aw, 0);
        f.e.close_region();
        let to_body = f.e.jump();
        f.e.place_label(handler);
        let r = f.e.alloc(2);
        f.e.op(Op::EnterHandler, r, 0, 0);
        let m = f.e.temp();
        f.e.op_d(Op::Async, m, r + 1, 0, async_op::IS_STOP);
        let stop = f.e.jump_op(Op::JumpIfTrue, m);
        f.e.op(Op::PopHandler, r, 0, 0);
        f.e.op(Op::Reraise, r + 1, 0, 0);
        f.e.patch_here(stop);
        f.e.op(Op::PopHandler, r, 0, 0);
        let exit = f.e.jump();
        f.e.patch_here(to_body);
        f.e.next_reg = it + 2;
        exit
    }

    /// Awaits `R[exit](None, None, None)` (C == B) or `R[exit](type, exc, tb)` for the
    /// exception in `exc`, leaving the result in a new temporary.
    pub(super) fn await_aexit(&self, f: &mut FnCompiler, exit: Reg, exc: Reg) -> Reg {
        let t = f.e.temp();
        f.e.op_d(Op::Async, t, exit, exc, async_op::AEXIT);
        f.e.op(Op::YieldFrom, t, t, 0);
        t
    }

    fn async_with<'a>(
        &self,
        f: &mut FnCompiler<'a>,
        items: &'a [WithItem<'a>],
        body: &'a [Stmt<'a>],
    ) -> R<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.sub_block(f, body);
        };
        let exit = f.e.alloc(2);
        let mgr = self.expr(f, item.context)?;
        f.e.op_d(Op::Async, exit, mgr, 0, async_op::AENTER);
        f.e.op(Op::YieldFrom, exit + 1, exit + 1, 0);
        f.e.next_reg = exit + 2;
        if let Some(t) = item.target {
            self.store(f, t, exit + 1)?;
        }
        let handler = f.e.new_label();
        f.e.open_region(handler);
        f.push_unwind(Unwind::AsyncWith(exit));
        let res = self.async_with(f, rest, body);
        f.pop_unwind();
        res?;
        f.e.close_region();
        self.await_aexit(f, exit, exit);
        let to_end = f.e.jump();
        f.e.place_label(handler);
        let r = f.e.alloc(2);
        f.e.op(Op::EnterHandler, r, 0, 0);
        let cleanup = f.e.new_label();
        f.e.open_region(cleanup);
        let t = self.await_aexit(f, exit, r + 1);
        let suppressed = f.e.jump_op(Op::JumpIfTrue, t);
        f.e.close_region();
        f.e.op(Op::PopHandler, r, 0, 0);
        f.e.op(Op::Reraise, r + 1, 0, 0);
        f.e.patch_here(suppressed);
        f.e.op(Op::PopHandler, r, 0, 0);
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
