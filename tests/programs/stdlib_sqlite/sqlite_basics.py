import sqlite3
con = sqlite3.connect(":memory:")
cur = con.cursor()
print(type(con).__name__, type(cur).__name__, con.isolation_level, con.in_transaction, cur.rowcount, cur.lastrowid, cur.description, cur.arraysize)
cur.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, age INTEGER, score REAL, data BLOB)")
print(cur.rowcount, cur.lastrowid, cur.description, con.in_transaction)
cur.execute("INSERT INTO users (name, age, score) VALUES (?, ?, ?)", ("alice", 30, 91.5))
print(cur.rowcount, cur.lastrowid, con.in_transaction, con.total_changes)
cur.executemany("INSERT INTO users (name, age, score, data) VALUES (?, ?, ?, ?)",
                [("bob", 25, 78.0, b"\x00\x01"), ("carol", None, 88.25, None), ("dan", 41, 60, "text")])
print(cur.rowcount, cur.lastrowid)
con.commit()
print(con.in_transaction)
cur.execute("SELECT * FROM users ORDER BY id")
print(cur.description)
print(cur.fetchone())
print(cur.fetchmany(2))
print(cur.fetchall(), cur.fetchone(), cur.fetchall())
print(cur.rowcount)
for row in con.execute("SELECT name, age FROM users WHERE age > :min ORDER BY age", {"min": 26}):
    print(row)
print(con.execute("SELECT count(*), avg(score), sum(age), max(name) FROM users").fetchone())
print(con.execute("SELECT 1, 2.5, 'x', NULL, x'4142', 2 > 1, 10/3, 10/3.0, typeof(1)").fetchone())
cur.execute("UPDATE users SET age = age + 1 WHERE age IS NOT NULL")
print(cur.rowcount, con.in_transaction)
con.rollback()
print(con.execute("SELECT age FROM users ORDER BY id").fetchall())
try:
    con.execute("INSERT INTO users (name) VALUES ('alice')")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e, e.sqlite_errorcode, e.sqlite_errorname)
try:
    con.execute("SELECT * FROM nope")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
try:
    con.execute("SELEC 1")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
try:
    con.execute("SELECT ?", (1, 2))
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
try:
    con.execute("SELECT :a", {"b": 1})
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
try:
    con.execute("SELECT 1; SELECT 2")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
try:
    con.execute("SELECT ?", ([1],))
except sqlite3.Error as e:
    print(type(e).__name__, e)
try:
    con.execute("SELECT ?", (2**70,))
except OverflowError as e:
    print("OverflowError", e)
print(issubclass(sqlite3.IntegrityError, sqlite3.DatabaseError), issubclass(sqlite3.DatabaseError, sqlite3.Error), issubclass(sqlite3.Error, Exception), issubclass(sqlite3.Warning, Exception))
con.row_factory = sqlite3.Row
r = con.execute("SELECT id, name AS Name, age FROM users WHERE id = 2").fetchone()
print(type(r).__name__, r["name"], r["NAME"], r[0], r[-1], tuple(r), r.keys(), len(r), dict(r), r == r)
try:
    r["nope"]
except IndexError as e:
    print("IndexError", e)
con.row_factory = lambda cursor, row: {d[0]: v for d, v in zip(cursor.description, row)}
print(con.execute("SELECT id, name FROM users LIMIT 2").fetchall())
con.row_factory = None
with con:
    con.execute("INSERT INTO users (name, age) VALUES ('eve', 22)")
print(con.in_transaction, con.execute("SELECT count(*) FROM users").fetchone()[0])
try:
    with con:
        con.execute("INSERT INTO users (name, age) VALUES ('frank', 50)")
        raise ValueError("abort")
except ValueError:
    pass
print(con.execute("SELECT count(*) FROM users").fetchone())
con.executescript("""
CREATE TABLE t(a, b);
INSERT INTO t VALUES (1, 'one');
INSERT INTO t VALUES (2, 'two');
""")
print(con.execute("SELECT * FROM t").fetchall())
print(con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").fetchall())
con.text_factory = bytes
print(con.execute("SELECT 'hi'").fetchone())
con.text_factory = str
cur2 = con.execute("SELECT a FROM t")
print(next(cur2), list(cur2))
print(con.execute("INSERT INTO t VALUES (?, ?)", (3, None)).lastrowid)
print(sqlite3.paramstyle, sqlite3.apilevel, sqlite3.threadsafety in (0, 1, 3), type(sqlite3.sqlite_version).__name__, sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES)
con.close()
try:
    con.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
try:
    cur.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
