//! `C.__bases__ = (...)`: a new base tuple for a Python class. The class's MRO and the MROs
//! of every class derived from it are computed again, and the class epoch moves, so every
//! cached lookup (operators, iteration, calls, attributes) sees the new hierarchy.

use crate::heap::Gc;
use crate::object::*;
use crate::value::Value;
use crate::Vm;

impl Vm {
    #[cold]
    #[inline(never)]
    pub(crate) fn set_class_bases(&mut self, cls: Gc, v: Value) -> PyResult<()> {
        let Obj::Class(c) = cls.obj() else {
            unreachable!("set_class_bases on a class")
        };
        let cname = c.name.borrow().clone();
        let items = match v {
            Value::Obj(g) => match g.obj() {
                Obj::Tuple(t) => Some(t.to_vec()),
                _ => None,
            },
            _ => None,
        };
        let Some(items) = items else {
            let t = self.type_name(v);
            return Err(self.type_error(format!(
                "can only assign tuple to {cname}.__bases__, not {t}"
            )));
        };
        if items.is_empty() {
            return Err(self.type_error(format!(
                "can only assign non-empty tuple to {cname}.__bases__, not ()"
            )));
        }
        let mut bases = Vec::with_capacity(items.len());
        for b in items {
            match b {
                Value::Obj(g) if matches!(g.obj(), Obj::Class(_)) => bases.push(g),
                _ => {
                    let t = self.type_name(b);
                    return Err(self.type_error(format!(
                        "{cname}.__bases__ must be tuple of classes, not '{t}'"
                    )));
                }
            }
        }
        for b in &bases {
            let Obj::Class(bc) = b.obj() else { continue };
            if bc.mro.borrow().iter().any(|k| k.ptr_eq(cls)) {
                return Err(
                    self.type_error("a __bases__ item causes an inheritance cycle".to_string())
                );
            }
        }
        // The instance layout (the builtin base the instances carry) must not change.
        let new_kind = bases
            .iter()
            .map(|b| self.layout_kind(*b))
            .find(|k| *k != Kind::Object)
            .unwrap_or(Kind::Object);
        if new_kind != c.kind.get() {
            let old = c
                .bases
                .borrow()
                .first()
                .map(|b| self.class_name(*b))
                .unwrap_or_default();
            let new = self.class_name(bases[0]);
            return Err(self.type_error(format!(
                "__bases__ assignment: '{new}' deallocator differs from '{old}'"
            )));
        }
        let Some(mro) = crate::mro::c3(self, cls, &bases) else {
            let names: Vec<String> = bases.iter().map(|b| self.class_name(*b)).collect();
            return Err(self.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        // The classes derived from `cls`, bases before the classes derived from them.
        let mut derived: Vec<(usize, Gc)> = self
            .heap
            .objects()
            .filter_map(|g| match g.obj() {
                Obj::Class(k) if !g.ptr_eq(cls) && k.mro.borrow().iter().any(|x| x.ptr_eq(cls)) => {
                    Some((k.mro.borrow().len(), g))
                }
                _ => None,
            })
            .collect();
        derived.sort_by_key(|(n, _)| *n);
        *c.bases.borrow_mut() = bases;
        *c.mro.borrow_mut() = mro;
        for (_, d) in derived {
            let Obj::Class(dc) = d.obj() else { continue };
            let db = dc.bases.borrow().clone();
            if let Some(m) = crate::mro::c3(self, d, &db) {
                *dc.mro.borrow_mut() = m;
            }
        }
        classes_changed();
        Ok(())
    }
}
