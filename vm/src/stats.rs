//! Execution statistics (`kestrel --stats`): how often each opcode ran, generic and
//! specialized, and what the specializer did. A strategy of its own (the counting loop) does
//! the per-instruction counting, so the other loops pay nothing for it.

use crate::interp::{dispatch, Ctl, St};
use crate::object::{PyResult, Raised};
use crate::value::Value;
use crate::vm::Vm;
use kestrel_compiler::opcodes::{Op, ALL_OPS, FAMILIES, OP_COUNT};

/// Counters filled while a program runs with `--stats`.
pub struct Stats {
    /// Executions per opcode byte.
    pub executed: [u64; OP_COUNT],
    /// Per specialization family (indexed as `FAMILIES`).
    pub families: Vec<FamilyStats>,
}

/// What the specializer did for one family.
#[derive(Default, Clone)]
pub struct FamilyStats {
    pub attempts: u64,
    pub successes: u64,
    /// Failed attempts by reason.
    pub failures: Vec<(&'static str, u64)>,
    /// Guard failures of specialized forms (each rewrites the site back to generic).
    pub deopts: u64,
}

impl Default for Stats {
    fn default() -> Self {
        Stats {
            executed: [0; OP_COUNT],
            families: vec![FamilyStats::default(); FAMILIES.len()],
        }
    }
}

impl Stats {
    /// Records a specialization attempt of `generic`: the form chosen, or why none fits.
    pub fn specialization(&mut self, generic: Op, outcome: Result<Op, &'static str>) {
        let Some(f) = generic.family().and_then(|i| self.families.get_mut(i)) else {
            return;
        };
        f.attempts += 1;
        match outcome {
            Ok(_) => f.successes += 1,
            Err(why) => match f.failures.iter_mut().find(|(w, _)| *w == why) {
                Some((_, n)) => *n += 1,
                None => f.failures.push((why, 1)),
            },
        }
    }

    /// Records a guard failure of the specialized `op`.
    pub fn deopt(&mut self, op: Op) {
        if let Some(f) = op.family().and_then(|i| self.families.get_mut(i)) {
            f.deopts += 1;
        }
    }

    /// Executions of the specialized forms of family `fi`.
    fn specialized_executions(&self, fi: usize) -> u64 {
        ALL_OPS
            .iter()
            .filter(|op| op.is_specialized() && op.family() == Some(fi))
            .map(|op| self.executed[*op as usize])
            .sum()
    }
}

/// The counting strategy: the `switch` loop with a counter per executed instruction.
pub(crate) fn run_counting(vm: &mut Vm, mut st: St) -> PyResult<Value> {
    loop {
        let ins = st.fetch();
        let at = st.ip;
        if let Some(s) = vm.stats.as_deref_mut() {
            s.executed[ins.op_byte() as usize] += 1;
        }
        match dispatch(vm, &mut st, ins) {
            Ok(Ctl::Next) => {}
            Ok(Ctl::Exit) => return Ok(vm.take_exit_value()),
            Ok(c @ (Ctl::Deopt | Ctl::Slow)) => {
                match crate::quicken::fall_back(vm, &mut st, ins, c) {
                    Ok(Ctl::Exit) => return Ok(vm.take_exit_value()),
                    Ok(_) => {}
                    Err(Raised) => vm.unwind(&mut st)?,
                }
            }
            Ok(Ctl::Safepoint) => {
                if crate::interp::run_safepoint(vm, &mut st, at).is_err() {
                    vm.unwind(&mut st)?;
                }
            }
            Err(Raised) => vm.unwind(&mut st)?,
        }
    }
}

impl Stats {
    /// The opcodes that ran, most frequent first.
    fn ranked(&self) -> Vec<(Op, u64)> {
        let mut v: Vec<(Op, u64)> = ALL_OPS
            .iter()
            .map(|op| (*op, self.executed[*op as usize]))
            .filter(|(_, n)| *n > 0)
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.name().cmp(b.0.name())));
        v
    }

    /// The report printed after the run, as text.
    pub fn report_text(&self) -> String {
        let total: u64 = self.executed.iter().sum();
        let mut out = format!("kestrel stats: {total} instructions executed\n");
        out.push_str(&format!("{:<24} {:>14} {:>7}\n", "opcode", "executed", "%"));
        for (op, n) in self.ranked() {
            let pct = 100.0 * n as f64 / total.max(1) as f64;
            out.push_str(&format!("{:<24} {:>14} {:>6.2}%\n", op.mnemonic(), n, pct));
        }
        out.push_str(&format!(
            "\n{:<16} {:>10} {:>10} {:>10} {:>14} {:>10}\n",
            "family", "attempts", "successes", "failures", "specialized", "deopts"
        ));
        for (fi, generic) in FAMILIES.iter().enumerate() {
            let f = &self.families[fi];
            let failures: u64 = f.failures.iter().map(|(_, n)| n).sum();
            out.push_str(&format!(
                "{:<16} {:>10} {:>10} {:>10} {:>14} {:>10}\n",
                generic.mnemonic(),
                f.attempts,
                f.successes,
                failures,
                self.specialized_executions(fi),
                f.deopts
            ));
            for (why, n) in &f.failures {
                out.push_str(&format!("    failed: {why}: {n}\n"));
            }
        }
        out
    }

    /// The report as JSON (`--stats=json`).
    pub fn report_json(&self) -> String {
        let total: u64 = self.executed.iter().sum();
        let ops: Vec<String> = self
            .ranked()
            .iter()
            .map(|(op, n)| format!("\"{}\": {}", op.mnemonic(), n))
            .collect();
        let families: Vec<String> = FAMILIES
            .iter()
            .enumerate()
            .map(|(fi, generic)| {
                let f = &self.families[fi];
                let failures: Vec<String> = f
                    .failures
                    .iter()
                    .map(|(why, n)| format!("\"{why}\": {n}"))
                    .collect();
                format!(
                    "\"{}\": {{\"attempts\": {}, \"successes\": {}, \"failures\": {{{}}}, \"specialized_executions\": {}, \"deopts\": {}}}",
                    generic.mnemonic(),
                    f.attempts,
                    f.successes,
                    failures.join(", "),
                    self.specialized_executions(fi),
                    f.deopts
                )
            })
            .collect();
        format!(
            "{{\"instructions\": {total}, \"executed\": {{{}}}, \"families\": {{{}}}}}\n",
            ops.join(", "),
            families.join(", ")
        )
    }
}
