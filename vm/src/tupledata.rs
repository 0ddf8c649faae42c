//! A tuple's items: up to `INLINE_ITEMS` inside the tuple object, more in their own
//! allocation. Pairs and triples (dict items, multiple return values, zip and enumerate
//! results) are most of the tuples a program makes, and the object has room for three items
//! anyway (every heap object is as large as the largest `Obj` variant), so they cost no second
//! allocation.

use crate::value::Value;

pub const INLINE_ITEMS: usize = 3;

#[derive(Clone)]
pub enum TupleItems {
    Inline {
        len: u8,
        items: [Value; INLINE_ITEMS],
    },
    Heap(Box<[Value]>),
}

// The tuple variant must not make every heap object larger than an instance (64 bytes).
const _: () = assert!(std::mem::size_of::<TupleItems>() <= 64);

impl TupleItems {
    #[inline]
    pub fn from_slice(v: &[Value]) -> TupleItems {
        if v.len() <= INLINE_ITEMS {
            let mut items = [Value::Empty; INLINE_ITEMS];
            items[..v.len()].copy_from_slice(v);
            TupleItems::Inline {
                len: v.len() as u8,
                items,
            }
        } else {
            TupleItems::Heap(v.into())
        }
    }

    /// Takes a vector, keeping its allocation when there are too many items to inline.
    #[inline]
    pub fn from_vec(v: Vec<Value>) -> TupleItems {
        if v.len() <= INLINE_ITEMS {
            TupleItems::from_slice(&v)
        } else {
            TupleItems::Heap(v.into_boxed_slice())
        }
    }

    #[inline]
    pub fn as_slice(&self) -> &[Value] {
        match self {
            TupleItems::Inline { len, items } => &items[..*len as usize],
            TupleItems::Heap(b) => b,
        }
    }
}

impl std::ops::Deref for TupleItems {
    type Target = [Value];
    #[inline]
    fn deref(&self) -> &[Value] {
        self.as_slice()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_tuples_are_inline_and_long_ones_are_not() {
        let pair = TupleItems::from_vec(vec![Value::Int(1), Value::Int(2)]);
        assert!(matches!(pair, TupleItems::Inline { len: 2, .. }));
        assert_eq!(pair.len(), 2);
        let long = TupleItems::from_slice(&[Value::None; INLINE_ITEMS + 1]);
        assert!(matches!(long, TupleItems::Heap(_)));
        assert_eq!(long.len(), INLINE_ITEMS + 1);
    }
}
