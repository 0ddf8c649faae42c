//! Issuing the compiler's `SyntaxWarning`s (`kestrel_compiler::take_warnings`) as CPython
//! does: through `warnings.warn_explicit`, and a warning the filters turn into an error
//! becomes a SyntaxError at the warning's place.

use crate::object::PyResult;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Issues the warnings of the compilation of `file` that just succeeded (`src`: its
    /// text, for the SyntaxError's line).
    pub fn issue_compile_warnings(&mut self, file: &str, src: Option<&str>) -> PyResult<()> {
        let found = kestrel_compiler::take_warnings();
        if found.is_empty() {
            return Ok(());
        }
        let m = self.import_one("warnings")?;
        let warn = self.getattr_str(Value::Obj(m), "warn_explicit")?;
        let category = Value::Obj(self.exc_class("SyntaxWarning"));
        for w in found {
            let msg = self.new_str(&w.msg);
            let f = self.new_str(file);
            let args = [msg, category, f, Value::Int(w.line as i64)];
            if let Err(raised) = self.call_value(warn, &args, &[]) {
                if !self.raised_is("SyntaxWarning") {
                    return Err(raised);
                }
                self.take_raised();
                let e = kestrel_compiler::SyntaxError {
                    kind: kestrel_compiler::ErrorKind::Syntax,
                    msg: w.msg,
                    line: w.line,
                    col: w.col,
                };
                return Err(self.raise_syntax_error_src(&e, file, src));
            }
        }
        Ok(())
    }
}
