//! `_sqlite3`, the native half of the frozen `sqlite3` package: a database handle over the
//! `rusqlite` crate (SQLite itself, compiled from the crate's bundled source). It runs one
//! statement to completion and hands back plain values; the DB-API (connections, cursors,
//! rows, transactions, adapters and the exception classes) is Python, in
//! `corelib/lib/sqlite3/dbapi2.py`.
//!
//! Errors do not raise here: `execute` returns `("err", class name, code, message)` and the
//! Python side raises the DB-API class, so the mapping from SQLite's codes lives in one place.

use crate::args::*;
use kestrel_vm::dict::Dict;
use kestrel_vm::object::{Extra, Instance, NativeData};
use kestrel_vm::{Gc, Kwargs, Obj, PyResult, Value, Vm};
use rusqlite::types::{Value as SqlValue, ValueRef};
use rusqlite::{Connection, OpenFlags};
use std::cell::RefCell;

pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("_sqlite3", module);
}

/// An open (or closed: `None`) database connection.
struct Database {
    conn: RefCell<Option<Connection>>,
}

impl NativeData for Database {}

fn module(vm: &mut Vm) -> PyResult<Gc> {
    let m = super::native_module(
        vm,
        "_sqlite3",
        &[
            ("open", open),
            ("close", close),
            ("execute", execute),
            ("execute_script", execute_script),
            ("status", status),
        ],
    );
    let object = vm.types.object;
    let cls = vm.new_class("Database", vec![object], Dict::new());
    let modname = vm.new_str("_sqlite3");
    vm.class_set(cls, "__module__", modname);
    let d = Vm::module_dict(m);
    let version = vm.new_str(rusqlite::version());
    for (name, v) in [("Database", Value::Obj(cls)), ("sqlite_version", version)] {
        let k = vm.intern(name);
        vm.dict_set_str(d, k, v);
    }
    Ok(m)
}

/// The database of a handle argument.
fn database<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a Database> {
    if let Value::Obj(g) = v {
        if let Obj::Instance(i) = g.obj() {
            if let Some(db) = i.native::<Database>() {
                // SAFETY: the handle is an argument of the running native call, so it stays
                // reachable (and its boxed native data in place) for the call's duration.
                return Ok(unsafe { &*(db as *const Database) });
            }
        }
    }
    Err(vm.type_error("expected a _sqlite3.Database"))
}

/// The `("err", class, code, message)` result of a failed call.
fn error_result(vm: &mut Vm, class: &str, code: i64, msg: &str) -> Value {
    let tag = vm.new_str("err");
    let cls = vm.new_str(class);
    let m = vm.new_str(msg);
    vm.new_tuple(vec![tag, cls, Value::Int(code), m])
}

/// The result for a `rusqlite` error: SQLite's own failures carry their extended code (the
/// Python side picks the class from it); the crate's checks are programming errors.
fn sql_error(vm: &mut Vm, e: rusqlite::Error) -> Value {
    match e {
        rusqlite::Error::SqliteFailure(f, msg) => {
            let text = msg.unwrap_or_else(|| f.to_string());
            error_result(vm, "", f.extended_code as i64, &text)
        }
        // A syntax error: SQLite's message alone (the crate adds the SQL and offset).
        rusqlite::Error::SqlInputError { error, msg, .. } => {
            error_result(vm, "", error.extended_code as i64, &msg)
        }
        rusqlite::Error::MultipleStatement => error_result(
            vm,
            "ProgrammingError",
            0,
            "You can only execute one statement at a time.",
        ),
        rusqlite::Error::NulError(_) => error_result(
            vm,
            "ProgrammingError",
            0,
            "the query contains a null character",
        ),
        other => error_result(vm, "OperationalError", 1, &other.to_string()),
    }
}

/// `open(path, uri, timeout_ms) -> Database` (or the error tuple).
fn open(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "open", args, 3, 3)?;
    let path = str_arg(vm, args[0], "open() argument 'path'")?.to_string();
    let uri = matches!(args[1], Value::Bool(true));
    let timeout = as_int(vm, args[2], "")?.max(0) as u64;
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if uri {
        flags |= OpenFlags::SQLITE_OPEN_URI;
    }
    let conn = match Connection::open_with_flags(&path, flags) {
        Ok(c) => c,
        // SQLite's message, without the path the crate appends to it.
        Err(rusqlite::Error::SqliteFailure(f, Some(msg))) => {
            let msg = msg.strip_suffix(&format!(": {path}")).unwrap_or(&msg);
            return Ok(error_result(vm, "", f.extended_code as i64, msg));
        }
        Err(e) => return Ok(sql_error(vm, e)),
    };
    if let Err(e) = conn.busy_timeout(std::time::Duration::from_millis(timeout)) {
        return Ok(sql_error(vm, e));
    }
    let m = vm.import_one("_sqlite3")?;
    let cls = match vm.getattr_str(Value::Obj(m), "Database")? {
        Value::Obj(c) => c,
        _ => return Err(vm.type_error("_sqlite3.Database missing")),
    };
    Ok(Value::Obj(vm.alloc(Obj::Instance(Instance::with_extra(
        cls,
        Extra::Native(Box::new(Database {
            conn: RefCell::new(Some(conn)),
        })),
    )))))
}

/// `close(db)`: closes the connection (SQLite rolls back an open transaction); None or the
/// error tuple.
fn close(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "close", args, 1, 1)?;
    let db = database(vm, args[0])?;
    // A text factory running inside `execute` holds the connection borrowed.
    let Ok(mut conn) = db.conn.try_borrow_mut() else {
        return Ok(error_result(
            vm,
            "ProgrammingError",
            0,
            "Recursive use of cursors not allowed.",
        ));
    };
    drop(conn.take());
    Ok(Value::None)
}

/// `status(db) -> (in_transaction, total_changes)`.
fn status(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "status", args, 1, 1)?;
    let db = database(vm, args[0])?;
    let conn = db.conn.borrow();
    let Some(c) = conn.as_ref() else {
        return Ok(Value::None);
    };
    let (tx, total) = (!c.is_autocommit(), c.total_changes() as i64);
    drop(conn);
    Ok(vm.new_tuple(vec![Value::Bool(tx), Value::Int(total)]))
}

/// `execute_script(db, sql) -> None` (or the error tuple): every statement of `sql`.
fn execute_script(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "execute_script", args, 2, 2)?;
    let db = database(vm, args[0])?;
    let sql = str_arg(vm, args[1], "executescript() argument 'sql_script'")?;
    let conn = db.conn.borrow();
    let Some(c) = conn.as_ref() else {
        return Err(vm.value_error("closed database"));
    };
    let r = c.execute_batch(sql);
    drop(conn);
    match r {
        Ok(()) => Ok(Value::None),
        Err(e) => Ok(sql_error(vm, e)),
    }
}

/// A bound value: Python's None, int, float, str and bytes-like objects (adapters have
/// already turned other types into these, or the binding fails).
enum Bound {
    Sql(SqlValue),
    Unsupported(String),
}

fn bind_value(vm: &mut Vm, v: Value) -> PyResult<Bound> {
    Ok(Bound::Sql(match v {
        Value::None => SqlValue::Null,
        Value::Bool(b) => SqlValue::Integer(b as i64),
        Value::Int(i) => SqlValue::Integer(i),
        Value::Float(f) => SqlValue::Real(f),
        Value::Obj(g) => match g.obj() {
            Obj::BigInt(_) => {
                return Err(vm.raise_msg(
                    "OverflowError",
                    "Python int too large to convert to SQLite INTEGER",
                ))
            }
            Obj::Instance(i) if i.base_value().is_some() && i.native_data().is_none() => {
                let base = i.base_value().unwrap_or(Value::None);
                return bind_value(vm, base);
            }
            _ => {
                if let Some(s) = as_str(v) {
                    SqlValue::Text(s.to_string())
                } else if let Ok(Some(b)) = vm.buffer(v) {
                    SqlValue::Blob(b.into_owned())
                } else {
                    vm.raised = Value::Empty;
                    return Ok(Bound::Unsupported(vm.type_name(v)));
                }
            }
        },
        Value::Empty => SqlValue::Null,
    }))
}

/// A column value as a Python value; text through `text_factory` when one is given.
fn column_value(vm: &mut Vm, v: ValueRef<'_>, text_factory: Value) -> PyResult<Value> {
    Ok(match v {
        ValueRef::Null => Value::None,
        ValueRef::Integer(i) => Value::Int(i),
        ValueRef::Real(f) => Value::Float(f),
        ValueRef::Text(t) => {
            if text_factory.is_none() {
                match std::str::from_utf8(t) {
                    Ok(s) => vm.new_str(s),
                    Err(_) => {
                        return Err(
                            vm.raise_msg("UnicodeDecodeError", "Could not decode to UTF-8 column")
                        )
                    }
                }
            } else {
                let b = vm.new_bytes(t.to_vec());
                vm.call_value(text_factory, &[b], &[])?
            }
        }
        ValueRef::Blob(b) => vm.new_bytes(b.to_vec()),
    })
}

/// `execute(db, sql, params, text_factory)`: runs one statement to its end. `params` is a
/// sequence (for `?` placeholders) or a mapping (for named ones) of plain values, or None;
/// `text_factory` None gives text as str. Returns `("ok", column names or None, declared
/// types, rows, changes, last rowid)` or the error tuple.
fn execute(vm: &mut Vm, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(vm, "execute", args, 4, 4)?;
    let db = database(vm, args[0])?;
    let sql = str_arg(vm, args[1], "execute() argument 'sql'")?;
    let (params, text_factory) = (args[2], args[3]);
    let conn_ref = db.conn.borrow();
    let Some(conn) = conn_ref.as_ref() else {
        return Err(vm.value_error("closed database"));
    };
    let mut stmt = match conn.prepare_cached(sql) {
        Ok(s) => s,
        Err(e) => return Ok(sql_error(vm, e)),
    };
    let count = stmt.parameter_count();
    if params.is_none() {
        if count > 0 {
            let msg = format!(
                "Incorrect number of bindings supplied. The current statement uses {count}, and there are 0 supplied."
            );
            return Ok(error_result(vm, "ProgrammingError", 0, &msg));
        }
    } else if matches!(params, Value::Obj(g) if matches!(g.obj(), Obj::Dict(_))) {
        for i in 1..=count {
            let Some(name) = stmt.parameter_name(i).map(str::to_string) else {
                let msg = format!("Binding {i} has no name, but you supplied a dictionary (which has only names).");
                return Ok(error_result(vm, "ProgrammingError", 0, &msg));
            };
            let key = vm.new_str(&name[1..]);
            let v = match vm.getitem(params, key) {
                Ok(v) => v,
                Err(e) => {
                    if !vm.raised_is("KeyError") {
                        return Err(e);
                    }
                    vm.raised = Value::Empty;
                    let msg = format!("You did not supply a value for binding parameter {name}.");
                    return Ok(error_result(vm, "ProgrammingError", 0, &msg));
                }
            };
            if let Some(err) = bind(vm, &mut stmt, i, v)? {
                return Ok(err);
            }
        }
    } else {
        let items = vm.collect_iter(params)?;
        if items.len() != count {
            let msg = format!(
                "Incorrect number of bindings supplied. The current statement uses {count}, and there are {} supplied.",
                items.len()
            );
            return Ok(error_result(vm, "ProgrammingError", 0, &msg));
        }
        for (i, v) in items.into_iter().enumerate() {
            if let Some(err) = bind(vm, &mut stmt, i + 1, v)? {
                return Ok(err);
            }
        }
    }
    let ncols = stmt.column_count();
    let names: Vec<String> = (0..ncols)
        .map(|i| stmt.column_name(i).unwrap_or("").to_string())
        .collect();
    let decltypes: Vec<Option<String>> = stmt
        .columns()
        .iter()
        .map(|c| c.decl_type().map(str::to_string))
        .collect();
    // The rows list is rooted while a text factory (Python code) may run the collector.
    let rows = vm.new_list(Vec::new());
    vm.extra_roots.push(rows);
    let result = collect_rows(vm, &mut stmt, ncols, text_factory, rows);
    vm.extra_roots.pop();
    drop(stmt);
    let (changes, rowid) = (conn.changes() as i64, conn.last_insert_rowid());
    drop(conn_ref);
    if let Some(err) = result? {
        return Ok(err);
    }
    let names = if ncols == 0 {
        Value::None
    } else {
        let v = names.iter().map(|n| vm.new_str(n)).collect();
        vm.new_tuple(v)
    };
    let decl = decltypes
        .iter()
        .map(|d| match d {
            Some(s) => vm.new_str(s),
            None => Value::None,
        })
        .collect();
    let decl = vm.new_tuple(decl);
    let tag = vm.new_str("ok");
    Ok(vm.new_tuple(vec![
        tag,
        names,
        decl,
        rows,
        Value::Int(changes),
        Value::Int(rowid),
    ]))
}

/// Binds parameter `i` (1-based); an unsupported type gives the error tuple.
fn bind(
    vm: &mut Vm,
    stmt: &mut rusqlite::CachedStatement<'_>,
    i: usize,
    v: Value,
) -> PyResult<Option<Value>> {
    match bind_value(vm, v)? {
        Bound::Sql(s) => match stmt.raw_bind_parameter(i, s) {
            Ok(()) => Ok(None),
            Err(e) => Ok(Some(sql_error(vm, e))),
        },
        Bound::Unsupported(t) => {
            let msg = format!("Error binding parameter {i}: type '{t}' is not supported");
            Ok(Some(error_result(vm, "ProgrammingError", 0, &msg)))
        }
    }
}

/// Steps the statement to its end, appending each row as a tuple to `rows`.
fn collect_rows(
    vm: &mut Vm,
    stmt: &mut rusqlite::CachedStatement<'_>,
    ncols: usize,
    text_factory: Value,
    rows: Value,
) -> PyResult<Option<Value>> {
    let mut q = stmt.raw_query();
    loop {
        let row = match q.next() {
            Ok(Some(r)) => r,
            Ok(None) => return Ok(None),
            Err(e) => return Ok(Some(sql_error(vm, e))),
        };
        // The row's values wait in `extra_roots`, rooted, as a text factory may collect.
        let base = vm.extra_roots.len();
        for c in 0..ncols {
            let v = match row.get_ref(c) {
                Ok(v) => v,
                Err(e) => {
                    vm.extra_roots.truncate(base);
                    return Ok(Some(sql_error(vm, e)));
                }
            };
            match column_value(vm, v, text_factory) {
                Ok(v) => vm.extra_roots.push(v),
                Err(e) => {
                    vm.extra_roots.truncate(base);
                    return Err(e);
                }
            }
        }
        let items: Vec<Value> = vm.extra_roots.drain(base..).collect();
        let t = vm.new_tuple(items);
        if let Some(l) = list_of(rows) {
            l.borrow_mut().push(t);
        }
    }
}
