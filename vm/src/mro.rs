//! C3 method resolution order.

use crate::heap::Gc;
use crate::object::Obj;
use crate::Vm;

/// The C3 linearization of `cls` with these bases, or None if it is inconsistent.
pub fn c3(_vm: &Vm, cls: Gc, bases: &[Gc]) -> Option<Vec<Gc>> {
    // Single inheritance: the class followed by its base's MRO.
    if let [base] = bases {
        if let Obj::Class(b) = base.obj() {
            let mut out = Vec::with_capacity(b.mro.borrow().len() + 1);
            out.push(cls);
            out.extend(b.mro.borrow().iter().copied());
            return Some(out);
        }
    }
    let mut seqs: Vec<Vec<Gc>> = bases
        .iter()
        .map(|b| match b.obj() {
            Obj::Class(c) => c.mro.borrow().clone(),
            _ => vec![*b],
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let mut found = None;
        for s in &seqs {
            let head = s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|x| x.ptr_eq(head)));
            if !in_tail {
                found = Some(head);
                break;
            }
        }
        let head = found?;
        out.push(head);
        for s in seqs.iter_mut() {
            if s[0].ptr_eq(head) {
                s.remove(0);
            }
        }
    }
}
