//! The value type: 16 bytes, `Copy`. Small ints (i64) and floats are unboxed, so arithmetic on
//! them allocates nothing; everything else is a pointer to a garbage-collected object.

use crate::heap::Gc;

/// `repr(u64)`: the tag fills the first word and the payload the second, so a value moves as
/// two aligned words (with a one-byte tag, payloads such as `Bool` sit at offset 1 and every
/// copy of an unknown variant took three stores).
#[derive(Clone, Copy, Debug)]
#[repr(u64)]
pub enum Value {
    /// An unbound local / "no value" marker; never visible to Python code.
    Empty,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(Gc),
}

impl Value {
    #[inline]
    pub fn is_empty(&self) -> bool {
        matches!(self, Value::Empty)
    }
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    #[inline]
    pub fn as_obj(&self) -> Option<Gc> {
        match self {
            Value::Obj(g) => Some(*g),
            _ => None,
        }
    }
    /// Identity (`is`).
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Empty, Value::Empty) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a.ptr_eq(*b),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn value_is_at_most_16_bytes() {
        assert!(std::mem::size_of::<super::Value>() <= 16);
    }
}

#[cfg(test)]
mod object_size {
    /// Every heap object pays for the largest `Obj` variant: big payloads are boxed.
    #[test]
    fn obj_stays_small() {
        assert!(std::mem::size_of::<crate::object::Obj>() <= 72);
    }
}
