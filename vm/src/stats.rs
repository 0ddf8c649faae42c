//! Execution statistics (`kestrel --stats`): how often each opcode ran, generic and
//! specialized, and what the specializer did. A strategy of its own (the counting loop) does
//! the per-instruction counting, so the other loops pay nothing for it.

use crate::interp::{dispatch, Ctl, St};
use crate::object::{PyResult, Raised};
use crate::value::Value;
use crate::vm::Vm;
use kestrel_compiler::opcodes::{Op, ALL_OPS, OP_COUNT};

/// Counters filled while a program runs with `--stats`.
pub struct Stats {
    /// Executions per opcode byte.
    pub executed: [u64; OP_COUNT],
}

impl Default for Stats {
    fn default() -> Self {
        Stats {
            executed: [0; OP_COUNT],
        }
    }
}

/// The counting strategy: the `switch` loop with a counter per executed instruction.
pub(crate) fn run_counting(vm: &mut Vm, mut st: St) -> PyResult<Value> {
    loop {
        let ins = st.fetch();
        if let Some(s) = vm.stats.as_deref_mut() {
            s.executed[ins.op_byte() as usize] += 1;
        }
        match dispatch(vm, &mut st, ins) {
            Ok(Ctl::Next) => {}
            Ok(Ctl::Exit) => return Ok(vm.take_exit_value()),
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
        format!(
            "{{\"instructions\": {total}, \"executed\": {{{}}}}}\n",
            ops.join(", ")
        )
    }
}
