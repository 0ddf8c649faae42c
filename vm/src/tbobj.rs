//! `exc.__traceback__`, its assignment and `exc.with_traceback(tb)`. An exception keeps its
//! traceback as (code, line) pairs; the traceback objects a program sees are made from them
//! by `corelib/lib/_tbtypes.py` when asked for.

use crate::object::*;
use crate::value::Value;
use crate::Vm;

const MODULE: &str = "_tbtypes";

impl Vm {
    /// `exc.__traceback__`: None when the exception never left a frame.
    #[cold]
    pub fn exc_traceback(&mut self, exc: Value) -> PyResult<Value> {
        let empty = Vm::exc_data(exc).is_none_or(|d| d.borrow().traceback.is_empty());
        if empty {
            return Ok(Value::None);
        }
        self.tbtypes_call("traceback_of", &[exc])
    }

    /// Calls a helper function of `_tbtypes`.
    pub fn tbtypes_call(&mut self, func: &str, args: &[Value]) -> PyResult<Value> {
        let m = self.import_stmt(MODULE)?;
        let f = self.getattr_str(m, func)?;
        self.call_value(f, args, &[])
    }
}

/// `exc.with_traceback(tb)`: sets `__traceback__` and returns the exception.
pub fn with_traceback(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseException.with_traceback() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    vm.tbtypes_call("set_traceback", args)?;
    Ok(args[0])
}
