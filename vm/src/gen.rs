//! Generators: a suspended frame's registers are saved in the generator object and copied back
//! onto the register stack when it resumes.

use crate::heap::Gc;
use crate::interp::St;
use crate::object::*;
use crate::value::Value;
use crate::vm::{Frame, FrameKind};
use crate::Vm;
use std::cell::{Cell, RefCell};

pub enum GenResult {
    Yield(Value),
    Return(Value),
}

pub fn finish_generator(g: Gc) {
    if let Obj::Generator(gen) = g.obj() {
        gen.state.set(GenState::Done);
        if let Ok(mut r) = gen.regs.try_borrow_mut() {
            r.clear();
        }
    }
}

impl Vm {
    pub fn new_generator(&mut self, func: Gc, params: Vec<Value>) -> Value {
        let (nregs, free_start, closure, name) = match func.obj() {
            Obj::Function(f) => (
                f.code.nregs as usize,
                f.code.free_start as usize,
                f.closure.clone(),
                *f.name.borrow(),
            ),
            _ => (0, 0, Vec::new(), Value::None),
        };
        let mut regs = params;
        regs.resize(nregs.max(regs.len()), Value::Empty);
        for (i, c) in closure.into_iter().enumerate() {
            if free_start + i < regs.len() {
                regs[free_start + i] = c;
            }
        }
        Value::Obj(self.alloc(Obj::Generator(Generator {
            func,
            regs: RefCell::new(regs),
            pc: Cell::new(0),
            state: Cell::new(GenState::Created),
            send_reg: Cell::new(usize::MAX),
            name,
        })))
    }

    /// Runs the generator until its next yield or its end.
    pub fn gen_resume(&mut self, g: Gc, sent: Value) -> PyResult<GenResult> {
        let Obj::Generator(gen) = g.obj() else {
            return Err(self.type_error("not a generator"));
        };
        match gen.state.get() {
            GenState::Running => return Err(self.value_error("generator already executing")),
            GenState::Done => return Ok(GenResult::Return(Value::None)),
            GenState::Created if !sent.is_none() && !sent.is_empty() => {
                return Err(self.type_error("can't send non-None value to a just-started generator"))
            }
            _ => {}
        }
        if self.frames.len() >= self.recursion_limit {
            return Err(self.raise_msg("RecursionError", "maximum recursion depth exceeded"));
        }
        let Obj::Function(f) = gen.func.obj() else {
            return Err(self.type_error("bad generator"));
        };
        let base = self.stack.len();
        let regs = gen.regs.borrow().clone();
        self.push_stack(&regs)?;
        let sr = gen.send_reg.get();
        if gen.state.get() == GenState::Suspended && sr != usize::MAX {
            self.stack[base + sr] = if sent.is_empty() { Value::None } else { sent };
        }
        self.frames.push(Frame {
            code: f.code,
            base,
            pc: gen.pc.get(),
            ret: base,
            consts: f.consts,
            globals: f.globals,
            locals: None,
            func: Some(gen.func),
            kind: FrameKind::Generator(g),
            entry: true,
        });
        gen.state.set(GenState::Running);
        self.native_depth += 1;
        self.gc_inhibit += 1;
        let r = self.run();
        self.gc_inhibit -= 1;
        self.native_depth -= 1;
        match r {
            Ok(v) => {
                if gen.state.get() == GenState::Suspended {
                    Ok(GenResult::Yield(v))
                } else {
                    gen.state.set(GenState::Done);
                    Ok(GenResult::Return(v))
                }
            }
            Err(e) => {
                gen.state.set(GenState::Done);
                // A StopIteration escaping a generator becomes RuntimeError (PEP 479).
                if self.raised_is("StopIteration") {
                    let cause = self.take_raised();
                    let exc = {
                        let cls = self.exc_class("RuntimeError");
                        let m = self.new_str("generator raised StopIteration");
                        self.new_exception(cls, vec![m])
                    };
                    if let Some(d) = Vm::exc_data(exc) {
                        d.borrow_mut().cause = cause;
                    }
                    return Err(self.raise(exc));
                }
                Err(e)
            }
        }
    }

    /// Called by YIELD: saves the generator frame and pops it. `send_reg` receives the value
    /// sent in on resumption; `resume_pc` is where execution continues.
    pub fn gen_suspend(&mut self, st: &St, send_reg: usize, resume_pc: usize) {
        let f = self.frames.last().expect("generator frame");
        let (base, nregs, kind) = (f.base, f.code.nregs as usize, f.kind);
        let FrameKind::Generator(g) = kind else {
            return;
        };
        let _ = st;
        if let Obj::Generator(gen) = g.obj() {
            let mut regs = gen.regs.borrow_mut();
            regs.clear();
            regs.extend_from_slice(&self.stack[base..base + nregs]);
            gen.pc.set(resume_pc);
            gen.state.set(GenState::Suspended);
            gen.send_reg.set(send_reg);
        }
        self.pop_frame();
    }

    /// Next item of an iterator, or the value it returned (`yield from`'s result).
    pub fn next_or_return(&mut self, it: Value) -> PyResult<Result<Value, Value>> {
        if let Value::Obj(g) = it {
            if let Obj::Generator(_) = g.obj() {
                return Ok(match self.gen_resume(g, Value::None)? {
                    GenResult::Yield(v) => Ok(v),
                    GenResult::Return(v) => Err(v),
                });
            }
        }
        Ok(match self.next(it)? {
            Some(v) => Ok(v),
            None => Err(Value::None),
        })
    }
}
