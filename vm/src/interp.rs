//! The dispatch loop. The loop body is generated from the op table (`for_each_op!`): each
//! opcode's semantics is a plain function in `handlers.rs` taking the VM, the hot state and the
//! instruction; this file only fetches, dispatches and routes raised exceptions to the
//! exception table (zero-cost `try`: nothing runs on entry to a protected block).

use crate::handlers;
use crate::heap::Gc;
use crate::object::{PyResult, Raised};
use crate::quicken::QuickCode;
use crate::value::Value;
use crate::vm::{FrameKind, Vm};
use kestrel_compiler::for_each_op;
use kestrel_compiler::opcodes::{Inst, Op};

/// The interpreter's hot state, mirrored into the top frame on calls.
pub struct St {
    /// The next instruction (within `code`; every code object ends with a return).
    pub ip: *const Inst,
    /// The running code's first instruction: its quickened copy, which specializing
    /// instructions rewrite in place (`quicken.rs`).
    pub code: *mut Inst,
    /// Number of instructions at `code`.
    pub code_len: usize,
    /// The code's adaptive counters, one per instruction.
    pub counters: *mut u16,
    /// Absolute index of the frame's first register.
    pub base: usize,
    /// The frame's first register (`regs + base`).
    pub fp: *mut Value,
    pub consts: *const Value,
    /// The register stack's storage (it never reallocates: see `STACK_CAPACITY`).
    pub regs: *mut Value,
    /// The frame's globals dict (checked by `LOAD_GLOBAL`'s inline cache).
    pub globals: Gc,
}

impl St {
    /// The state for running `code` from `pc` with its registers at `base`.
    #[inline(always)]
    pub(crate) fn new(
        quick: *mut QuickCode,
        pc: usize,
        base: usize,
        consts: *const Value,
        regs: *mut Value,
        globals: Gc,
    ) -> St {
        // SAFETY: `quick` is a code object's table made by `Vm::quick_for`, owned by the VM
        // and never freed while the VM runs.
        let q = unsafe { &mut *quick };
        let code = q.insts.as_mut_ptr();
        let code_len = q.insts.len();
        debug_assert!(pc <= code_len);
        St {
            // SAFETY: `pc` is within the code (or one past its end, never executed: code
            // objects end with a return), and `base` within the stack's reserved capacity.
            ip: unsafe { code.add(pc) },
            code,
            code_len,
            counters: q.counters.as_mut_ptr(),
            base,
            fp: regs.wrapping_add(base),
            consts,
            regs,
            globals,
        }
    }

    /// Index of the next instruction.
    #[inline(always)]
    pub fn pc(&self) -> usize {
        // SAFETY: `ip` always points into `code` (see `new` and `set_pc`).
        unsafe { self.ip.offset_from(self.code) as usize }
    }

    #[inline(always)]
    pub fn set_pc(&mut self, pc: usize) {
        debug_assert!(pc <= self.code_len);
        // SAFETY: jump targets and handlers lie within the code object.
        self.ip = unsafe { self.code.add(pc) };
    }

    /// Reads the next instruction and steps past it.
    #[inline(always)]
    pub fn fetch(&mut self) -> Inst {
        debug_assert!(self.pc() < self.code_len);
        // SAFETY: `ip` points at an instruction of the running code object: execution
        // starts inside it, falls through only to following instructions (the last one is
        // a return) and jumps only to its own instructions.
        let ins = unsafe { *self.ip };
        // SAFETY: as above; at most one past the last instruction, never read.
        self.ip = unsafe { self.ip.add(1) };
        ins
    }

    /// Moves `ip` by a jump offset.
    #[inline(always)]
    pub fn jump(&mut self, off: i32) {
        // SAFETY: the compiler only emits jumps to instructions of the same code object.
        self.ip = unsafe { self.ip.offset(off as isize) };
        debug_assert!(self.pc() <= self.code_len);
    }
}

/// The dispatch strategies, chosen at run time (`--dispatch NAME`, `KESTREL_DISPATCH`). Every
/// strategy runs the same handler functions; only the glue between them differs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dispatch {
    /// A `match` on the opcode inside a loop: one shared indirect jump.
    Switch,
    /// Tail-call threading: each handler ends by calling the next one's through a table.
    Threaded,
    /// Tail-call threading with `become` and the preserve-none convention (nightly builds
    /// with the `become` feature only).
    #[cfg(feature = "become")]
    Become,
}

impl Dispatch {
    /// Every strategy with its name; the first is the default (the fastest measured).
    pub const ALL: &'static [(&'static str, Dispatch)] = &[
        ("threaded", Dispatch::Threaded),
        ("switch", Dispatch::Switch),
        #[cfg(feature = "become")]
        ("become", Dispatch::Become),
    ];

    pub fn from_name(name: &str) -> Option<Dispatch> {
        Self::ALL.iter().find(|(n, _)| *n == name).map(|(_, d)| *d)
    }

    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, d)| *d == self)
            .map(|(n, _)| *n)
            .unwrap_or("?")
    }
}

/// The strategy new VMs start with (the command line sets it before making one).
pub static DEFAULT_DISPATCH: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

impl Dispatch {
    /// The strategy `DEFAULT_DISPATCH` names (an index into `ALL`).
    pub fn default_choice() -> Dispatch {
        let i = DEFAULT_DISPATCH.load(std::sync::atomic::Ordering::Relaxed) as usize;
        Self::ALL
            .get(i)
            .map(|(_, d)| *d)
            .unwrap_or(Dispatch::Threaded)
    }

    /// Makes `self` the strategy of VMs created from now on.
    pub fn set_default(self) {
        let i = Self::ALL.iter().position(|(_, d)| *d == self).unwrap_or(0);
        DEFAULT_DISPATCH.store(i as u8, std::sync::atomic::Ordering::Relaxed);
    }
}

/// What a handler asks the loop to do next.
pub enum Ctl {
    Next,
    /// The entry frame finished (returned or yielded) with `Vm::exit_value`.
    Exit,
    /// A specialized instruction's guard failed before any effect: the loop deoptimizes it
    /// (`quicken::deopt_now`) and runs its generic form. Returned rather than done in the
    /// handler so that guard-only handlers make no call and the threaded chain functions
    /// stay leaves (no callee-saved registers to save and restore per instruction).
    Deopt,
    /// A specialized instruction's guard holds for the site but not for this execution (a
    /// call whose arguments need the general binding, an argument its inline form does not
    /// cover): the loop runs the generic form's work once (`handlers::run_slow`) and leaves
    /// the site specialized, so specialized forms need no copy of the generic path.
    Slow,
    /// The instruction (a loop's back edge or step) is done and a safepoint is due: the loop
    /// runs it (`run_safepoint`) before going on. Returned for the reason of `Deopt`.
    Safepoint,
}

/// `Ctl::Safepoint`: runs the safepoint with `st.ip` back at `at`, just past the instruction
/// that asked (where it was when that started), so that what it raises is that instruction's
/// (in its try range and line), then restores the ip the instruction set.
#[cold]
#[inline(never)]
pub(crate) fn run_safepoint(vm: &mut Vm, st: &mut St, at: *const Inst) -> PyResult<()> {
    let to = st.ip;
    st.ip = at;
    vm.safepoint_checked_slow()?;
    st.ip = to;
    Ok(())
}

macro_rules! gen_dispatch {
    ($(($name:ident, $snake:ident, $fmt:ident, $doc:literal));* $(;)?) => {
        /// Executes one instruction.
        #[inline(always)]
        pub(crate) fn dispatch(vm: &mut Vm, st: &mut St, ins: Inst) -> Result<Ctl, Raised> {
            match ins.op_unchecked() {
                $(Op::$name => handlers::$snake(vm, st, ins),)*
            }
        }
    };
}
for_each_op!(gen_dispatch);

impl Vm {
    /// The hot state of the top frame.
    #[inline]
    pub fn load_state(&self) -> St {
        let f = self.frames.last().expect("a frame to run");
        St::new(
            f.quick,
            f.pc,
            f.base,
            f.consts,
            self.stack.as_ptr() as *mut Value,
            f.globals,
        )
    }

    /// Runs from the top frame until the entry frame returns or yields.
    pub fn run(&mut self) -> PyResult<Value> {
        let st = self.load_state();
        self.run_loop(st)
    }

    /// Like `run`, but first raises the exception in flight (`Vm::raised`) at the top frame's
    /// pc, as `generator.throw` needs.
    pub fn run_raising(&mut self) -> PyResult<Value> {
        let mut st = self.load_state();
        self.unwind(&mut st)?;
        self.run_loop(st)
    }

    /// Runs the chosen dispatch loop; each returns when the entry frame returns or yields.
    fn run_loop(&mut self, st: St) -> PyResult<Value> {
        if crate::limits::budget_on() {
            return crate::limits::run_budgeted(self, st);
        }
        if self.stats.is_some() {
            return crate::stats::run_counting(self, st);
        }
        match self.dispatch {
            Dispatch::Switch => self.run_switch(st),
            Dispatch::Threaded => crate::threaded::run(self, st),
            #[cfg(feature = "become")]
            Dispatch::Become => crate::become_dispatch::run(self, st),
        }
    }

    /// The `switch` strategy: one `match` on the opcode in a loop.
    fn run_switch(&mut self, mut st: St) -> PyResult<Value> {
        loop {
            let ins = st.fetch();
            let at = st.ip;
            match dispatch(self, &mut st, ins) {
                Ok(Ctl::Next) => {}
                Ok(Ctl::Exit) => return Ok(self.take_exit_value()),
                Ok(c @ (Ctl::Deopt | Ctl::Slow)) => {
                    match crate::quicken::fall_back(self, &mut st, ins, c) {
                        Ok(Ctl::Exit) => return Ok(self.take_exit_value()),
                        Ok(_) => {}
                        Err(Raised) => self.unwind(&mut st)?,
                    }
                }
                Ok(Ctl::Safepoint) => {
                    if run_safepoint(self, &mut st, at).is_err() {
                        self.unwind(&mut st)?;
                    }
                }
                Err(Raised) => self.unwind(&mut st)?,
            }
        }
    }

    /// The value the entry frame returned or yielded.
    #[inline]
    pub(crate) fn take_exit_value(&mut self) -> Value {
        std::mem::replace(&mut self.exit_value, Value::None)
    }

    /// Routes the exception in flight to the innermost handler, popping frames (and recording
    /// traceback entries) until one is found or the entry frame is left.
    #[cold]
    pub(crate) fn unwind(&mut self, st: &mut St) -> PyResult<()> {
        loop {
            let (code, entry) = {
                let f = self.frames.last_mut().expect("a frame to unwind");
                f.pc = st.pc();
                (f.code, f.entry)
            };
            let at = st.pc().saturating_sub(1);
            let exc = self.raised;
            if !std::mem::replace(&mut self.skip_tb_once, false) {
                self.add_traceback(exc, code, at as u32);
            }
            if let Some(h) = code.handler_for(at) {
                st.set_pc(h);
                return Ok(());
            }
            let f = self.pop_frame();
            if let FrameKind::Generator(g) = f.kind {
                self.finish_generator(g);
                if !entry {
                    self.gen_unwound(g);
                    if let Some(p) = crate::gen_inloop::flat_parent(g) {
                        // It ran past the `yield from`s delegating to it: the exception
                        // continues in the innermost of them (`Vm::gen_descend`).
                        self.gen_flat_resume(st, p, f.ret, None)?;
                        continue;
                    }
                }
            }
            if entry {
                return Err(Raised);
            }
            if self.frames.len() < self.prompt.depth {
                // (The caller's registers are left alone: its handler may use them.)
                self.prompt_frame_popped(usize::MAX);
            }
            *st = self.load_state();
        }
    }

    /// Pops the top frame and shrinks the register stack back to the caller's window.
    // Always inlined: an out-of-line call would return the frame through a stack slot whose
    // address escapes, which turns the threaded `RETURN`'s dispatch into a real call.
    #[inline(always)]
    pub fn pop_frame(&mut self) -> crate::vm::Frame {
        let f = self.frames.pop().expect("a frame to pop");
        if let FrameKind::Init(_) = f.kind {
            self.init_frames -= 1;
        }
        let top = match self.frames.last() {
            Some(c) => c.base + c.code.nregs as usize,
            None => 0,
        };
        // The callee's window may have overlapped the caller's dead temporaries; the caller's
        // whole window must exist again (dead slots come back as Empty).
        self.set_stack_top(top);
        f
    }

    /// Returns `v` from the top frame when that is the common case, a plain function's frame
    /// (not an entry frame, so a caller frame is below it): pops it, shrinks the stack back to
    /// the caller's window and resumes the caller. Anything else is left to `do_return`
    /// (false, nothing done). Makes no call, which keeps the threaded `RETURN` a leaf.
    #[inline(always)]
    pub fn return_plain(&mut self, st: &mut St, v: Value) -> bool {
        // A frame that registered a finalizable object returns through `do_return`, which
        // collects promptly (`prompt_frame_popped`).
        if self.frames.len() <= self.prompt.depth {
            return false;
        }
        match self.frames.last() {
            Some(f) if matches!(f.kind, FrameKind::Normal) && !f.entry => {}
            _ => return false,
        }
        let ret = match self.frames.pop() {
            Some(f) => f.ret,
            None => return false,
        };
        let Some(c) = self.frames.last() else {
            return false;
        };
        let top = c.base + c.code.nregs as usize;
        *st = St::new(c.quick, c.pc, c.base, c.consts, st.regs, c.globals);
        let len = self.stack.len();
        debug_assert!(top <= self.stack.capacity() && ret < top);
        // SAFETY: the caller's window `..top` was allocated when it was pushed and the stack
        // never shrinks its capacity; slots `len..top` are written before `set_len` exposes
        // them (dead temporaries of the caller come back Empty, as in `pop_frame`).
        unsafe {
            let p = self.stack.as_mut_ptr();
            for j in len..top {
                p.add(j).write(Value::Empty);
            }
            self.stack.set_len(top);
            // `ret` is a register of the caller's window (the call's result register).
            p.add(ret).write(v);
        }
        true
    }

    /// Pops the current frame and delivers `v` to the caller (or ends `run`).
    #[inline(always)]
    pub fn do_return(&mut self, st: &mut St, v: Value) -> Result<Ctl, Raised> {
        let f = self.pop_frame();
        let v = match f.kind {
            FrameKind::Normal => v,
            FrameKind::Init(inst) => {
                if !v.is_none() {
                    debug_assert!(!f.entry);
                    // The value travels in `exit_value` (free here: not an entry frame): a
                    // `Value` argument would go through a stack slot whose address escapes,
                    // turning the threaded `RETURN`'s dispatch into a real call.
                    self.exit_value = v;
                    return Err(init_returned(self, st));
                }
                Value::Obj(inst)
            }
            FrameKind::Generator(g) => {
                self.finish_generator(g);
                if !f.entry {
                    self.exit_value = v; // as for Init above
                    return self.gen_returned(st, g, f.ret);
                }
                v
            }
            FrameKind::ClassBody => f.locals.map(Value::Obj).unwrap_or(Value::None),
        };
        if f.entry {
            self.exit_value = v;
            return Ok(Ctl::Exit);
        }
        *st = self.load_state();
        self.stack[f.ret] = v;
        if self.frames.len() < self.prompt.depth {
            self.prompt_frame_popped(f.base.max(f.ret + 1));
        }
        Ok(Ctl::Next)
    }
}

/// The TypeError of an `__init__` that returned `v`, not None.
#[cold]
#[inline(never)]
fn init_returned(vm: &mut Vm, st: &mut St) -> Raised {
    let v = vm.take_exit_value();
    let t = vm.type_name(v);
    let e = vm.type_error(format!("__init__() should return None, not '{t}'"));
    // Raised in the caller, whose state must be current for `unwind` (Init frames are only
    // pushed by the interpreter, never as entry frames).
    *st = vm.load_state();
    e
}
