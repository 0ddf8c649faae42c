# sqlite3 edge cases: text factories, Row behaviour, fetchmany sizes, script errors,
# parameter forms and bad arguments.
import sqlite3
con = sqlite3.connect(":memory:")
con.executescript("CREATE TABLE t (k TEXT, v); INSERT INTO t VALUES ('a', 1), ('b', 2.5), ('c', x'00ff'), ('d', NULL);")
con.text_factory = lambda b: b.decode().upper()
print(con.execute("SELECT k, v FROM t ORDER BY k").fetchall())
con.text_factory = str
cur = con.execute("SELECT * FROM t ORDER BY k")
cur.arraysize = 3
print(cur.fetchmany(), cur.fetchmany(5), cur.fetchmany())
cur = con.execute("SELECT k FROM t ORDER BY k DESC")
print([r for r in cur], cur.fetchone())
con.row_factory = sqlite3.Row
a = con.execute("SELECT k, v FROM t WHERE k = 'a'").fetchone()
b = con.execute("SELECT k, v FROM t WHERE k = 'a'").fetchone()
print(a == b, hash(a) == hash(b), a != b, a[1:], list(a), a["K"], a.keys(), isinstance(a, sqlite3.Row))
try:
    a[5]
except IndexError as e:
    print("IndexError", e)
con.row_factory = None
print(con.execute("SELECT ?, ?, ?", [1, "two", b"3"]).fetchone())
print(con.execute("SELECT ?1 + ?1, ?2", (5, 6)).fetchone())
print(con.execute("SELECT :x || $y || @z", {"x": "p", "y": "q", "z": "r"}).fetchone())
print(con.execute("SELECT ?", (True,)).fetchone(), con.execute("SELECT ?", (bytearray(b"ab"),)).fetchone())
print(con.execute("SELECT ?", (memoryview(b"mv"),)).fetchone(), con.execute("SELECT ?", (-2**63,)).fetchone())
try:
    con.executescript("CREATE TABLE u (x); INSERT INTO nope VALUES (1);")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
print(con.execute("SELECT name FROM sqlite_master WHERE name = 'u'").fetchall())
try:
    con.execute(42)
except TypeError as e:
    print("TypeError", e)
try:
    con.execute("SELECT ?", 5)
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
try:
    con.execute("SELECT ?")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
try:
    con.isolation_level = "SOMETIMES"
except ValueError as e:
    print("ValueError", e)
cur = con.execute("SELECT 1 AS one, 'x' AS two")
print(cur.description, cur.rowcount)
cur = con.execute("INSERT INTO t VALUES ('e', 5)")
print(cur.description, cur.rowcount, cur.lastrowid, con.in_transaction)
con.isolation_level = None
print(con.in_transaction, con.isolation_level)
print(con.total_changes, con.execute("SELECT changes(), total_changes()").fetchone())
print(con.execute("SELECT sqlite_version() = ?", (sqlite3.sqlite_version,)).fetchone())
print(sqlite3.SQLITE_CONSTRAINT, sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_OK)
with sqlite3.connect(":memory:") as c2:
    c2.execute("CREATE TABLE z (a)")
    c2.execute("INSERT INTO z VALUES (1)")
print(c2.in_transaction, c2.execute("SELECT * FROM z").fetchall())
c2.close(); c2.close()
try:
    c2.commit()
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
