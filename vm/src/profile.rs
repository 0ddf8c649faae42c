//! The deterministic profiler behind `cProfile`/`profile` (`_lsprof` in corelib): call counts
//! and times of Python functions, per function and per caller.
//!
//! It costs nothing while off: a frame push already compares the frame depth with a limit
//! (`Vm::check_recursion`); while profiling, that limit (`Vm::call_limit`) is 0, so every push
//! takes the cold path, which records the call here and then checks the real recursion
//! limit. Returns are not hooked: the profiler keeps a shadow of the frames it saw called
//! and, at each call and when it stops, retires the entries whose frames are gone (returned
//! or unwound), timing their end then. A function's time thus runs until the next call or
//! the end of profiling after its return, which is close for the call-heavy code profiled.

use crate::heap::Gc;
use crate::object::Obj;
use crate::vm::Frame;
use crate::{PyResult, Vm};
use kestrel_compiler::code::CodeObject;
use std::collections::HashMap;
use std::time::Instant;

/// Counts and times of one function, or of one caller's calls to it.
#[derive(Default, Clone, Copy)]
pub struct Totals {
    /// All calls.
    pub calls: u64,
    /// Calls made while the function was not already running (CPython's "primitive" calls).
    pub primitive: u64,
    /// Seconds in the function itself, not in what it called.
    pub inline: f64,
    /// Seconds from the primitive calls to their returns.
    pub cumulative: f64,
}

/// A profiled function: its totals and those of each caller's calls.
pub struct FuncStats {
    pub code: &'static CodeObject,
    pub totals: Totals,
    /// By caller code address.
    pub callers: HashMap<usize, (&'static CodeObject, Totals)>,
}

/// A call the profiler saw whose return it has not seen yet.
struct Active {
    /// Index of its frame in `Vm::frames`, and the frame's code: the entry is live while
    /// that frame still runs this code.
    index: usize,
    code: &'static CodeObject,
    start: Instant,
    /// Seconds spent in calls it made.
    children: f64,
    /// Its caller's code address (0: the caller was not profiled).
    caller: usize,
    primitive: bool,
    caller_primitive: bool,
}

#[derive(Default)]
pub struct Profiler {
    active: Vec<Active>,
    /// By code address.
    pub stats: HashMap<usize, FuncStats>,
    /// Per code address: how many of its calls are active (for primitive-call counting), and
    /// per (caller, callee): the same for the caller edge.
    running: HashMap<usize, u32>,
    running_edges: HashMap<(usize, usize), u32>,
}

fn addr(code: &'static CodeObject) -> usize {
    code as *const CodeObject as usize
}

impl Profiler {
    /// Records a call of `code`, whose frame is about to be pushed above `frames`.
    pub fn on_call(&mut self, frames: &[Frame], code: &'static CodeObject) {
        let now = Instant::now();
        self.retire(frames, now);
        let caller = match self.active.last() {
            Some(a) if a.index + 1 == frames.len() => addr(a.code),
            _ => 0,
        };
        let key = addr(code);
        let running = self.running.entry(key).or_insert(0);
        let primitive = *running == 0;
        *running += 1;
        let edge = self.running_edges.entry((caller, key)).or_insert(0);
        let caller_primitive = *edge == 0;
        *edge += 1;
        self.active.push(Active {
            index: frames.len(),
            code,
            start: now,
            children: 0.0,
            caller,
            primitive,
            caller_primitive,
        });
    }

    /// Retires every call still active (profiling stops).
    pub fn finish(&mut self) {
        let now = Instant::now();
        while let Some(a) = self.active.pop() {
            self.close(a, now);
        }
    }

    /// Retires the active calls whose frames are no longer on the stack.
    fn retire(&mut self, frames: &[Frame], now: Instant) {
        while let Some(a) = self.active.last() {
            if frames
                .get(a.index)
                .is_some_and(|f| std::ptr::eq(f.code, a.code))
            {
                break;
            }
            let a = self.active.pop().expect("an active call");
            self.close(a, now);
        }
    }

    /// Adds a finished call to the totals.
    fn close(&mut self, a: Active, now: Instant) {
        let elapsed = now.duration_since(a.start).as_secs_f64();
        let inline = (elapsed - a.children).max(0.0);
        if let Some(parent) = self.active.last_mut() {
            parent.children += elapsed;
        }
        let key = addr(a.code);
        if let Some(r) = self.running.get_mut(&key) {
            *r = r.saturating_sub(1);
        }
        if let Some(r) = self.running_edges.get_mut(&(a.caller, key)) {
            *r = r.saturating_sub(1);
        }
        let caller_code = self
            .active
            .last()
            .filter(|p| addr(p.code) == a.caller)
            .map(|p| p.code);
        let entry = self.stats.entry(key).or_insert_with(|| FuncStats {
            code: a.code,
            totals: Totals::default(),
            callers: HashMap::new(),
        });
        add(&mut entry.totals, a.primitive, inline, elapsed);
        if let Some(cc) = caller_code {
            let edge = entry
                .callers
                .entry(a.caller)
                .or_insert((cc, Totals::default()));
            add(&mut edge.1, a.caller_primitive, inline, elapsed);
        }
    }
}

fn add(t: &mut Totals, primitive: bool, inline: f64, elapsed: f64) {
    t.calls += 1;
    t.inline += inline;
    if primitive {
        t.primitive += 1;
        t.cumulative += elapsed;
    }
}

impl Vm {
    /// A generator resume at or over `call_limit`: the profiler's call event (a resume is a
    /// call, as in CPython's profilers), then the recursion-limit check.
    #[cold]
    #[inline(never)]
    pub(crate) fn profiled_resume(&mut self, func: Gc) -> PyResult<()> {
        if let (Some(p), Obj::Function(f)) = (self.profiler.as_mut(), func.obj()) {
            p.on_call(&self.frames, f.code);
        }
        if self.frames.len() >= self.recursion_limit {
            return Err(self.raise_msg("RecursionError", "maximum recursion depth exceeded"));
        }
        Ok(())
    }
}
