"""The DB-API 2.0 interface to SQLite (PEP 249), as CPython 3.11's `sqlite3`: connections,
cursors, `Row`, implicit transactions, adapters and converters, and the exception classes.
SQLite itself is the native `_sqlite3` (corelib/src/modules/sqlite.rs), which runs one
statement to its end and returns plain values; all DB-API policy is here.

Not provided (they raise NotSupportedError): user-defined SQL functions, aggregates and
collations, authorizers and progress handlers, blobs, backups and extension loading."""

import datetime
import time
import _sqlite3

paramstyle = "qmark"
threadsafety = 1
apilevel = "2.0"
version = "2.6.0"
version_info = (2, 6, 0)
sqlite_version = _sqlite3.sqlite_version
sqlite_version_info = tuple(int(x) for x in sqlite_version.split("."))

PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2

Date = datetime.date
Time = datetime.time
Timestamp = datetime.datetime
Binary = memoryview


def DateFromTicks(ticks):
    return Date(*time.localtime(ticks)[:3])


def TimeFromTicks(ticks):
    return Time(*time.localtime(ticks)[3:6])


def TimestampFromTicks(ticks):
    return Timestamp(*time.localtime(ticks)[:6])


class Warning(Exception):
    pass


class Error(Exception):
    pass


class InterfaceError(Error):
    pass


class DatabaseError(Error):
    pass


class DataError(DatabaseError):
    pass


class OperationalError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


class InternalError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


for _cls in (Warning, Error, InterfaceError, DatabaseError, DataError, OperationalError,
             IntegrityError, InternalError, ProgrammingError, NotSupportedError):
    _cls.__module__ = "sqlite3"
del _cls

# SQLite's result codes by name (the primary codes, then the extended ones).
_CODE_NAMES = {
    0: "SQLITE_OK", 1: "SQLITE_ERROR", 2: "SQLITE_INTERNAL", 3: "SQLITE_PERM",
    4: "SQLITE_ABORT", 5: "SQLITE_BUSY", 6: "SQLITE_LOCKED", 7: "SQLITE_NOMEM",
    8: "SQLITE_READONLY", 9: "SQLITE_INTERRUPT", 10: "SQLITE_IOERR", 11: "SQLITE_CORRUPT",
    12: "SQLITE_NOTFOUND", 13: "SQLITE_FULL", 14: "SQLITE_CANTOPEN", 15: "SQLITE_PROTOCOL",
    16: "SQLITE_EMPTY", 17: "SQLITE_SCHEMA", 18: "SQLITE_TOOBIG", 19: "SQLITE_CONSTRAINT",
    20: "SQLITE_MISMATCH", 21: "SQLITE_MISUSE", 22: "SQLITE_NOLFS", 23: "SQLITE_AUTH",
    24: "SQLITE_FORMAT", 25: "SQLITE_RANGE", 26: "SQLITE_NOTADB", 27: "SQLITE_NOTICE",
    28: "SQLITE_WARNING", 100: "SQLITE_ROW", 101: "SQLITE_DONE",
    257: "SQLITE_ERROR_MISSING_COLLSEQ", 513: "SQLITE_ERROR_RETRY",
    769: "SQLITE_ERROR_SNAPSHOT", 261: "SQLITE_BUSY_RECOVERY", 517: "SQLITE_BUSY_SNAPSHOT",
    262: "SQLITE_LOCKED_SHAREDCACHE", 264: "SQLITE_READONLY_RECOVERY",
    520: "SQLITE_READONLY_CANTLOCK", 776: "SQLITE_READONLY_ROLLBACK",
    1032: "SQLITE_READONLY_DBMOVED", 266: "SQLITE_IOERR_READ", 522: "SQLITE_IOERR_SHORT_READ",
    778: "SQLITE_IOERR_WRITE", 1034: "SQLITE_IOERR_FSYNC", 3338: "SQLITE_IOERR_LOCK",
    267: "SQLITE_CORRUPT_VTAB", 270: "SQLITE_CANTOPEN_NOTEMPDIR",
    526: "SQLITE_CANTOPEN_ISDIR", 782: "SQLITE_CANTOPEN_FULLPATH",
    275: "SQLITE_CONSTRAINT_CHECK", 531: "SQLITE_CONSTRAINT_COMMITHOOK",
    787: "SQLITE_CONSTRAINT_FOREIGNKEY", 1043: "SQLITE_CONSTRAINT_FUNCTION",
    1299: "SQLITE_CONSTRAINT_NOTNULL", 1555: "SQLITE_CONSTRAINT_PRIMARYKEY",
    1811: "SQLITE_CONSTRAINT_TRIGGER", 2067: "SQLITE_CONSTRAINT_UNIQUE",
    2323: "SQLITE_CONSTRAINT_VTAB", 2579: "SQLITE_CONSTRAINT_ROWID",
    3091: "SQLITE_CONSTRAINT_DATATYPE", 283: "SQLITE_NOTICE_RECOVER_WAL",
    539: "SQLITE_NOTICE_RECOVER_ROLLBACK", 284: "SQLITE_WARNING_AUTOINDEX",
    279: "SQLITE_AUTH_USER", 516: "SQLITE_ABORT_ROLLBACK",
}

for _code, _name in _CODE_NAMES.items():
    globals()[_name] = _code
del _code, _name


def _error_class(code):
    """The DB-API class of SQLite result code `code`, by its primary code."""
    primary = code & 0xFF
    if primary in (2, 12):
        return InternalError
    if primary in (1, 3, 4, 5, 6, 8, 9, 10, 13, 14, 15, 16, 17):
        return OperationalError
    if primary == 18:
        return DataError
    if primary in (19, 20):
        return IntegrityError
    if primary in (21, 25):
        return InterfaceError
    return DatabaseError


def _raise(result):
    """Raises the error a native call reported as ("err", class name, code, message)."""
    _, cls_name, code, msg = result
    if cls_name:
        raise globals()[cls_name](msg)
    if code & 0xFF == 7:
        raise MemoryError
    exc = _error_class(code)(msg)
    exc.sqlite_errorcode = code
    exc.sqlite_errorname = _CODE_NAMES.get(code, _CODE_NAMES.get(code & 0xFF, "unknown error code"))
    raise exc


def _check(result):
    if type(result) is tuple and result and result[0] == "err":
        _raise(result)
    return result


# --- adapters (Python values to SQLite ones) and converters (back) ---

class PrepareProtocol:
    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError("PrepareProtocol() takes no arguments")


PrepareProtocol.__module__ = "sqlite3"

adapters = {}
converters = {}
_BASE_TYPES = (int, float, str, bytes, bytearray, memoryview, type(None))


def register_adapter(type_, adapter):
    adapters[(type_, PrepareProtocol)] = adapter


def register_converter(typename, converter):
    if not isinstance(typename, str):
        raise TypeError("register_converter() argument 1 must be str, not %s"
                        % type(typename).__name__)
    converters[typename.upper()] = converter


_NO_ALT = object()


def adapt(obj, proto=PrepareProtocol, alt=_NO_ALT):
    adapter = adapters.get((type(obj), proto))
    if adapter is not None:
        return adapter(obj)
    conform = getattr(obj, "__conform__", None)
    if conform is not None:
        result = conform(proto)
        if result is not None:
            return result
    if alt is not _NO_ALT:
        return alt
    raise ProgrammingError("can't adapt")


def _adapt_param(value):
    """A parameter as SQLite can bind it: a base value as it is (unless an adapter was
    registered for its exact type), otherwise through an adapter or `__conform__`."""
    if adapters and (type(value), PrepareProtocol) in adapters:
        return adapters[(type(value), PrepareProtocol)](value)
    if type(value) in _BASE_TYPES:
        return value
    return adapt(value, PrepareProtocol, value)


def _adapt_date(val):
    return val.isoformat()


def _adapt_datetime(val):
    return val.isoformat(" ")


def _convert_date(val):
    return datetime.date(*map(int, val.split(b"-")))


def _convert_timestamp(val):
    datepart, timepart = val.split(b" ")
    year, month, day = map(int, datepart.split(b"-"))
    timepart_full = timepart.split(b".")
    hours, minutes, seconds = map(int, timepart_full[0].split(b":"))
    if len(timepart_full) == 2:
        microseconds = int('{:0<6.6}'.format(timepart_full[1].decode()))
    else:
        microseconds = 0
    return datetime.datetime(year, month, day, hours, minutes, seconds, microseconds)


register_adapter(datetime.date, _adapt_date)
register_adapter(datetime.datetime, _adapt_datetime)
register_converter("date", _convert_date)
register_converter("timestamp", _convert_timestamp)


def _as_converter_input(value):
    """A column value as the bytes a converter receives (SQLite's text of a number)."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode()
    if isinstance(value, float):
        text = "%.15g" % value
        if "." not in text and "e" not in text and "n" not in text:
            text += ".0"
        return text.encode()
    return str(value).encode()


def _column_name(name, detect_types):
    """A result column's name as `description` shows it (PARSE_COLNAMES strips the
    ` [type]` part)."""
    if detect_types & PARSE_COLNAMES:
        pos = name.find("[")
        if pos > 0:
            return name[:pos].rstrip(" ") if name[pos - 1] == " " else name[:pos]
        if pos == 0:
            return ""
    return name


def _converters_for(names, decltypes, detect_types):
    """The converter of each result column (or None), by the detect_types rules."""
    if not detect_types or not converters:
        return None
    found = []
    for name, decl in zip(names, decltypes):
        conv = None
        if detect_types & PARSE_COLNAMES:
            start = name.find("[")
            end = name.find("]", start + 1)
            if start >= 0 and end > start:
                conv = converters.get(name[start + 1:end].upper())
        if conv is None and detect_types & PARSE_DECLTYPES and decl:
            key = decl.split("(", 1)[0].split(" ", 1)[0].strip()
            conv = converters.get(key.upper())
        found.append(conv)
    return found if any(found) else None


def _is_dml(sql):
    """Whether a statement modifies data (INSERT, UPDATE, DELETE or REPLACE first): such
    statements open the implicit transaction and count in `rowcount`."""
    head = sql.lstrip(" \t\r\n")[:7].upper()
    return head.startswith(("INSERT", "UPDATE", "DELETE", "REPLACE"))


# --- rows, cursors and connections ---

class Row:
    __slots__ = ("_description", "_data")

    def __new__(cls, cursor, data):
        if not isinstance(cursor, Cursor):
            raise TypeError("Row() argument 1 must be sqlite3.Cursor, not %s"
                            % type(cursor).__name__)
        if not isinstance(data, tuple):
            raise TypeError("Row() argument 2 must be tuple, not %s" % type(data).__name__)
        self = object.__new__(cls)
        self._description = cursor.description
        self._data = data
        return self

    def keys(self):
        return [d[0] for d in self._description] if self._description else []

    def __getitem__(self, key):
        if isinstance(key, str):
            wanted = key.upper()
            for i, d in enumerate(self._description or ()):
                if d[0].upper() == wanted:
                    return self._data[i]
            raise IndexError("No item with that key")
        return self._data[key]

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._description == other._description and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not self == other

    def __hash__(self):
        return hash(self._description) ^ hash(self._data)


Row.__module__ = "sqlite3"


class Cursor:
    def __init__(self, connection):
        if not isinstance(connection, Connection):
            raise TypeError("Cursor() argument 1 must be sqlite3.Connection, not %s"
                            % type(connection).__name__)
        self.connection = connection
        self.arraysize = 1
        self.row_factory = None
        self.description = None
        self.rowcount = -1
        self.lastrowid = None
        self._rows = []
        self._pos = 0
        self._converters = None
        self._closed = False

    def _check_open(self):
        self.connection._check_open()
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")

    def _run(self, sql, params):
        """Runs one statement with adapted `params`; returns the native result."""
        con = self.connection
        if params is None:
            bound = None
        elif isinstance(params, dict):
            bound = {k: _adapt_param(v) for k, v in params.items()}
        elif isinstance(params, (tuple, list)) or (hasattr(params, "__getitem__")
                                                    and hasattr(params, "__len__")):
            bound = [_adapt_param(v) for v in params]
        else:
            raise ProgrammingError("parameters are of unsupported type")
        if con._isolation_level is not None and _is_dml(sql) and not con.in_transaction:
            _check(_sqlite3.execute(con._db, "BEGIN " + con._isolation_level, None, None))
        factory = con.text_factory
        return _check(_sqlite3.execute(con._db, sql, bound,
                                       None if factory is str else factory))

    def _start(self, sql):
        self._check_open()
        if not isinstance(sql, str):
            raise TypeError("execute() argument 1 must be str, not %s" % type(sql).__name__)
        self.row_factory = self.connection.row_factory
        self._rows = []
        self._pos = 0
        self.description = None

    def _set_result(self, result):
        _, names, decltypes, rows, changes, rowid = result
        detect = self.connection._detect_types
        if names is None:
            self.description = None
            self._converters = None
        else:
            self.description = tuple((_column_name(n, detect), None, None, None, None, None, None)
                                     for n in names)
            self._converters = _converters_for(names, decltypes, detect)
        self._rows = rows
        self._pos = 0
        return changes, rowid

    def execute(self, sql, parameters=(), /):
        self._start(sql)
        self.rowcount = -1
        changes, rowid = self._set_result(self._run(sql, parameters))
        if _is_dml(sql):
            self.rowcount = changes
        self.lastrowid = rowid
        return self

    def executemany(self, sql, seq_of_parameters, /):
        self._start(sql)
        self.rowcount = -1
        if not _is_dml(sql):
            raise ProgrammingError("executemany() can only execute DML statements.")
        total = 0
        for params in seq_of_parameters:
            changes, _ = self._set_result(self._run(sql, params))
            total += changes
        self.rowcount = total
        self._rows = []
        return self

    def executescript(self, sql_script, /):
        self._check_open()
        if not isinstance(sql_script, str):
            raise ValueError("script argument must be unicode.")
        con = self.connection
        if con.in_transaction:
            _check(_sqlite3.execute(con._db, "COMMIT", None, None))
        _check(_sqlite3.execute_script(con._db, sql_script))
        self.description = None
        self._rows = []
        self._pos = 0
        return self

    def _next_row(self):
        if self._pos >= len(self._rows):
            return None
        row = self._rows[self._pos]
        self._pos += 1
        if self._converters is not None:
            row = tuple(v if conv is None or v is None else conv(_as_converter_input(v))
                        for v, conv in zip(row, self._converters))
        if self.row_factory is not None:
            row = self.row_factory(self, row)
        return row

    def __iter__(self):
        return self

    def __next__(self):
        self._check_open()
        if self._pos >= len(self._rows):
            raise StopIteration
        return self._next_row()

    def fetchone(self):
        self._check_open()
        if self._pos >= len(self._rows):
            return None
        return self._next_row()

    def fetchmany(self, size=None):
        self._check_open()
        if size is None:
            size = self.arraysize
        out = []
        while len(out) < size and self._pos < len(self._rows):
            out.append(self._next_row())
        return out

    def fetchall(self):
        self._check_open()
        out = []
        while self._pos < len(self._rows):
            out.append(self._next_row())
        return out

    def close(self):
        self.connection._check_open()
        self._closed = True
        self._rows = []

    def setinputsizes(self, sizes, /):
        pass

    def setoutputsize(self, size, column=None, /):
        pass


Cursor.__module__ = "sqlite3"


class Connection:
    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level="",
                 check_same_thread=True, factory=None, cached_statements=128, uri=False):
        import os
        path = os.fsdecode(os.fspath(database))
        self._db = None
        db = _sqlite3.open(path, bool(uri), int(timeout * 1000))
        _check(db)
        self._db = db
        self._detect_types = detect_types
        self._isolation_level = None
        self.isolation_level = isolation_level
        self.row_factory = None
        self.text_factory = str
        for name in ("Warning", "Error", "InterfaceError", "DatabaseError", "DataError",
                     "OperationalError", "IntegrityError", "InternalError",
                     "ProgrammingError", "NotSupportedError"):
            setattr(self, name, globals()[name])

    def _check_open(self):
        if self._db is None:
            raise ProgrammingError("Cannot operate on a closed database.")

    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, level):
        if level is None:
            if self._db is not None and self.in_transaction:
                self.commit()
            self._isolation_level = None
            return
        if not isinstance(level, str):
            raise TypeError("isolation_level must be str or None, not %s" % type(level).__name__)
        if level.upper() not in ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE"):
            raise ValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', "
                             "or 'EXCLUSIVE'")
        self._isolation_level = level

    @property
    def in_transaction(self):
        self._check_open()
        return _sqlite3.status(self._db)[0]

    @property
    def total_changes(self):
        self._check_open()
        return _sqlite3.status(self._db)[1]

    def cursor(self, factory=Cursor):
        self._check_open()
        cur = factory(self)
        if not isinstance(cur, Cursor):
            raise TypeError("factory must return a cursor, not %s" % type(cur).__name__)
        if self.row_factory is not None:
            cur.row_factory = self.row_factory
        return cur

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script, /):
        return self.cursor().executescript(sql_script)

    def commit(self):
        self._check_open()
        if self.in_transaction:
            _check(_sqlite3.execute(self._db, "COMMIT", None, None))

    def rollback(self):
        self._check_open()
        if self.in_transaction:
            _check(_sqlite3.execute(self._db, "ROLLBACK", None, None))

    def close(self):
        if self._db is not None:
            _check(_sqlite3.close(self._db))
            self._db = None

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            try:
                self.commit()
            except Error:
                self.rollback()
                raise
        else:
            self.rollback()
        return False

    def iterdump(self):
        self._check_open()
        return _iterdump(self)

    def _unsupported(self, *args, **kwargs):
        raise NotSupportedError("Kestrel's sqlite3 does not support user-defined SQL "
                                "functions, aggregates, collations or hooks")

    create_function = create_aggregate = create_window_function = _unsupported
    create_collation = set_authorizer = set_progress_handler = _unsupported
    set_trace_callback = enable_load_extension = load_extension = _unsupported
    backup = blobopen = serialize = deserialize = _unsupported

    def interrupt(self):
        self._check_open()


Connection.__module__ = "sqlite3"


def _iterdump(con):
    """The database as SQL text, a statement per item (`Connection.iterdump`)."""
    yield "BEGIN TRANSACTION;"
    schema = con.execute(
        "SELECT name, type, sql FROM sqlite_master WHERE sql NOT NULL AND type == 'table' "
        "ORDER BY name").fetchall()
    for name, _, sql in schema:
        if name == "sqlite_sequence":
            yield "DELETE FROM \"sqlite_sequence\";"
        elif name == "sqlite_stat1":
            yield "ANALYZE \"sqlite_master\";"
        elif name.startswith("sqlite_"):
            continue
        else:
            yield "%s;" % sql
        quoted = name.replace('"', '""')
        cols = [r[1] for r in con.execute('PRAGMA table_info("%s")' % quoted).fetchall()]
        values = "||','||".join('quote("%s")' % c.replace('"', '""') for c in cols)
        select = 'SELECT \'INSERT INTO "%s" VALUES(\'||%s||\')\' FROM "%s";' % (
            quoted.replace("'", "''"), values, quoted)
        for row in con.execute(select).fetchall():
            yield "%s;" % row[0]
    others = con.execute(
        "SELECT name, type, sql FROM sqlite_master WHERE sql NOT NULL AND "
        "type IN ('index', 'trigger', 'view') ORDER BY name").fetchall()
    for _, _, sql in others:
        yield "%s;" % sql
    yield "COMMIT;"


def connect(database, timeout=5.0, detect_types=0, isolation_level="", check_same_thread=True,
            factory=Connection, cached_statements=128, uri=False):
    return factory(database, timeout=timeout, detect_types=detect_types,
                   isolation_level=isolation_level, check_same_thread=check_same_thread,
                   cached_statements=cached_statements, uri=uri)


def complete_statement(statement):
    """Whether `statement` ends with a complete SQL statement: a `;` outside quotes and
    comments, with nothing but blanks and comments after it."""
    if not isinstance(statement, str):
        raise TypeError("complete_statement() argument 'statement' must be str, not %s"
                        % type(statement).__name__)
    complete = False
    i, n = 0, len(statement)
    while i < n:
        c = statement[i]
        if c in "'\"`[":
            close = "]" if c == "[" else c
            j = statement.find(close, i + 1)
            if j < 0:
                return False
            i, complete = j + 1, False
            continue
        if statement.startswith("--", i):
            j = statement.find("\n", i)
            if j < 0:
                return complete
            i = j + 1
            continue
        if statement.startswith("/*", i):
            j = statement.find("*/", i + 2)
            if j < 0:
                return False
            i = j + 2
            continue
        if c == ";":
            complete = True
        elif not c.isspace():
            complete = False
        i += 1
    return complete


def enable_callback_tracebacks(flag, /):
    pass
