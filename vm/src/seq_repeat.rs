//! `seq * obj` and `obj * seq` where `obj` is not an int but has `__index__`: the sequence's
//! repetition takes the index, as CPython's `sq_repeat` does after the number slots decline.

use crate::object::*;
use crate::value::Value;
use crate::Vm;
use kestrel_compiler::opcodes::BinKind;

fn builtin_seq(v: Value) -> bool {
    matches!(v, Value::Obj(g) if matches!(
        g.obj(),
        Obj::Str(_) | Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_)
    ))
}

impl Vm {
    /// The repetition, or None when neither side is a builtin sequence with an
    /// `__index__`-able count (the caller raises its TypeError).
    #[cold]
    pub(crate) fn index_repeat(
        &mut self,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        // In place, only the left operand's repetition applies (`n *= seq` is an error).
        let (seq, count) = if builtin_seq(a) {
            (a, b)
        } else if builtin_seq(b) && !inplace {
            (b, a)
        } else {
            return Ok(None);
        };
        if !matches!(count, Value::Obj(g) if matches!(g.obj(), Obj::Instance(_))) {
            return Ok(None);
        }
        let Some(f) = self.lookup_special(count, "__index__") else {
            return Ok(None);
        };
        let r = self.call_value(f, &[count], &[])?;
        let n = match crate::object::builtin_base(r) {
            Value::Int(n) => n,
            Value::Bool(b) => b as i64,
            Value::Obj(g) if matches!(g.obj(), Obj::BigInt(_)) => {
                let t = self.type_name(count);
                return Err(self.raise_msg(
                    "OverflowError",
                    format!("cannot fit '{t}' into an index-sized integer"),
                ));
            }
            _ => {
                let t = self.type_name(r);
                return Err(self.type_error(format!("__index__ returned non-int (type {t})")));
            }
        };
        if inplace {
            return self.inplace_op(BinKind::Mul, seq, Value::Int(n)).map(Some);
        }
        self.binary_op(BinKind::Mul, seq, Value::Int(n)).map(Some)
    }
}
