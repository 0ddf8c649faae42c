//! Formats an uncaught exception as CPython 3.11 prints it: the cause/context chain, each
//! traceback, notes after the exception line, and exception groups drawn in nested boxes
//! (`+-+---- 1 ----`), at most 15 members and 10 levels deep.

use crate::value::Value;
use crate::Vm;

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;
/// How far a cause/context chain is followed.
const MAX_CHAIN: usize = 20;

/// Where the output is inside the group boxes.
struct Ctx {
    group_depth: usize,
    need_close: bool,
    out: String,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// Writes `text` line by line with the margin of the current box.
    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.group_depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }
}

/// `s` centred in `width` with `fill` on both sides, as Python's `str.center`.
fn center(s: &str, width: usize, fill: char) -> String {
    let len = s.chars().count();
    if len >= width {
        return s.to_string();
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    let right = marg - left;
    let f = fill.to_string();
    format!("{}{s}{}", f.repeat(left), f.repeat(right))
}

impl Vm {
    pub(crate) fn format_exception_text(&mut self, exc: Value) -> String {
        let mut ctx = Ctx {
            group_depth: 0,
            need_close: false,
            out: String::new(),
        };
        self.format_chain(exc, &mut ctx);
        ctx.out
    }

    /// The chain of causes and contexts ending in `exc`, oldest first.
    fn format_chain(&mut self, exc: Value, ctx: &mut Ctx) {
        let mut chain: Vec<(Option<&str>, Value)> = vec![(None, exc)];
        let mut cur = exc;
        while chain.len() < MAX_CHAIN {
            let Some(d) = Self::exc_data(cur) else { break };
            let (cause, context, suppress) = {
                let d = d.borrow();
                (d.cause, d.context, d.suppress_context)
            };
            let (msg, next) = if !cause.is_none() {
                (
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                    cause,
                )
            } else if !context.is_none() && !suppress {
                (
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                    context,
                )
            } else {
                break;
            };
            if chain.iter().any(|(_, e)| e.is(&next)) {
                break;
            }
            if let Some(last) = chain.last_mut() {
                last.0 = Some(msg);
            }
            chain.push((None, next));
            cur = next;
        }
        // Oldest first; each message leads from an exception to the one it caused.
        for (msg, e) in chain.into_iter().rev() {
            if let Some(m) = msg {
                ctx.emit(m, '|');
            }
            self.format_one(e, ctx);
        }
    }

    fn format_one(&mut self, exc: Value, ctx: &mut Ctx) {
        let stack = self.format_stack(exc);
        if !self.is_exc_group(exc) {
            if !stack.is_empty() {
                ctx.emit("Traceback (most recent call last):\n", '|');
                ctx.emit(&stack, '|');
            }
            self.emit_exception_only(exc, ctx);
            return;
        }
        if ctx.group_depth > MAX_GROUP_DEPTH {
            ctx.emit(
                &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                '|',
            );
            return;
        }
        let toplevel = ctx.group_depth == 0;
        if toplevel {
            ctx.group_depth += 1;
        }
        if !stack.is_empty() {
            let margin = if toplevel { '+' } else { '|' };
            ctx.emit(
                "Exception Group Traceback (most recent call last):\n",
                margin,
            );
            ctx.emit(&stack, '|');
        }
        self.emit_exception_only(exc, ctx);
        let members = match self.getattr_str(exc, "exceptions") {
            Ok(v) => self.collect_iter(v).unwrap_or_default(),
            Err(_) => Vec::new(),
        };
        self.raised = Value::Empty;
        let n = members.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for (i, &m) in members.iter().take(n).enumerate() {
            let last = i + 1 == n;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let line = format!(
                "{}{}+{}\n",
                ctx.indent(),
                if i == 0 { "+-" } else { "  " },
                center(&format!(" {title} "), 35, '-')
            );
            ctx.out.push_str(&line);
            ctx.group_depth += 1;
            if truncated {
                let more = members.len() - MAX_GROUP_WIDTH;
                let s = if more > 1 { "s" } else { "" };
                ctx.emit(&format!("and {more} more exception{s}\n"), '|');
            } else {
                self.format_chain(m, ctx);
            }
            if last && ctx.need_close {
                let line = format!("{}+------------------------------------\n", ctx.indent());
                ctx.out.push_str(&line);
                ctx.need_close = false;
            }
            ctx.group_depth -= 1;
        }
        if toplevel {
            ctx.group_depth = 0;
        }
    }

    /// `Type: message` (the margin only before its first line, as CPython), then each note
    /// with the margin on every line.
    fn emit_exception_only(&mut self, exc: Value, ctx: &mut Ctx) {
        if let Some(report) = self.syntax_error_report(exc) {
            ctx.out.push_str(&report);
            return;
        }
        let mut prefix = ctx.indent();
        if ctx.group_depth > 0 {
            prefix.push_str("| ");
        }
        let summary = self.exception_summary(exc);
        ctx.out.push_str(&prefix);
        ctx.out.push_str(&summary);
        ctx.out.push('\n');
        for note in self.exc_notes(exc) {
            ctx.emit(&note, '|');
            ctx.out.push('\n');
        }
    }

    /// The traceback entries, most recent call last; a run of identical entries prints its
    /// first three, then how many more there were (as CPython).
    fn format_stack(&mut self, exc: Value) -> String {
        let mut out = String::new();
        let Some(d) = Self::exc_data(exc) else {
            return out;
        };
        let tb = d.borrow().traceback.clone();
        const SHOWN: usize = 3;
        let repeated = |out: &mut String, n: usize| {
            if n > SHOWN {
                let more = n - SHOWN;
                let s = if more > 1 { "s" } else { "" };
                out.push_str(&format!("  [Previous line repeated {more} more time{s}]\n"));
            }
        };
        let mut last: Option<(&str, u32, &str)> = None;
        let mut run = 0;
        for &(code, pc) in tb.iter().rev() {
            let line = &code.line_at(pc as usize);
            // File objects are C code in CPython: their frames are not shown.
            if code.filename == "<frozen _io>" {
                continue;
            }
            let this = (code.filename, *line, code.name);
            if last == Some(this) {
                run += 1;
            } else {
                repeated(&mut out, run);
                last = Some(this);
                run = 1;
            }
            if run > SHOWN {
                continue;
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                code.filename, line, code.name
            ));
            if let Some(src) = crate::source_line(code.filename, *line) {
                out.push_str(&format!("    {}\n", src.trim_start()));
                let carets = code
                    .position_at(pc as usize)
                    .and_then(|pos| crate::carets::caret_line(&src, pos));
                if let Some(c) = carets {
                    out.push_str(&c);
                    out.push('\n');
                }
            }
        }
        repeated(&mut out, run);
        out
    }
}
