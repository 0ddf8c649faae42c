import sqlite3, os, tempfile, datetime
from dataclasses import dataclass
@dataclass
class Book:
    title: str
    author: str
    year: int
    rating: float
books = [Book("Dune", "Herbert", 1965, 4.5), Book("Emma", "Austen", 1815, 4.0),
         Book("Ubik", "Dick", 1969, 4.2), Book("Persuasion", "Austen", 1817, 4.4)]
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "lib.db")
    con = sqlite3.connect(path)
    con.execute("""CREATE TABLE IF NOT EXISTS books (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT, author TEXT, year INTEGER, rating REAL)""")
    con.executemany("INSERT INTO books (title, author, year, rating) VALUES (:title, :author, :year, :rating)",
                    [b.__dict__ for b in books])
    con.commit()
    con.close()
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    for r in con.execute("SELECT author, COUNT(*) AS n, ROUND(AVG(rating), 2) AS avg FROM books GROUP BY author ORDER BY n DESC, author"):
        print(f"{r['author']:<10} {r['n']} {r['avg']}")
    cur = con.cursor()
    cur.execute("UPDATE books SET rating = rating + 0.1 WHERE year < ?", (1900,))
    print("updated", cur.rowcount)
    cur.execute("DELETE FROM books WHERE title LIKE ?", ("U%",))
    print("deleted", cur.rowcount)
    con.commit()
    print([tuple(r) for r in con.execute("SELECT id, title, rating FROM books ORDER BY id")])
    print([b[0] for b in con.execute("SELECT title FROM books WHERE author IN (?, ?)", ("Austen", "Dick"))])
    cur.execute("INSERT INTO books (title) VALUES (?)", ("Untitled",))
    print(cur.lastrowid, con.in_transaction)
    con.rollback()
    print(con.execute("SELECT seq FROM sqlite_sequence").fetchone()[0])
    for line in con.iterdump():
        print(line)
    con.close()
con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
con.execute("CREATE TABLE ev (d DATE, ts TIMESTAMP, n)")
con.execute("INSERT INTO ev VALUES (?, ?, ?)", (datetime.date(2024, 2, 29), datetime.datetime(2024, 1, 2, 3, 4, 5, 600), 7))
print(con.execute("SELECT * FROM ev").fetchone())
print(con.execute('SELECT d AS "d [date]", n AS "n [integer]" FROM ev').fetchone())
print(con.execute('SELECT d AS "d [date]" FROM ev').description)
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
sqlite3.register_adapter(Point, lambda p: f"{p.x};{p.y}")
sqlite3.register_converter("point", lambda b: Point(*map(float, b.split(b";"))))
con.execute("CREATE TABLE pts (p point)")
con.execute("INSERT INTO pts VALUES (?)", (Point(1, 2.5),))
p = con.execute("SELECT p FROM pts").fetchone()[0]
print(type(p).__name__, p.x, p.y)
print(con.execute("SELECT p FROM pts").fetchone.__self__.description)
print(sqlite3.complete_statement("SELECT 1;"), sqlite3.complete_statement("SELECT 'a;"), sqlite3.complete_statement("SELECT 1"))
con.isolation_level = None
con.execute("INSERT INTO pts VALUES ('x')")
print(con.in_transaction)
con.execute("BEGIN")
con.execute("INSERT INTO pts VALUES ('y')")
print(con.in_transaction)
con.execute("ROLLBACK")
print(con.execute("SELECT count(*) FROM pts").fetchone())
try:
    sqlite3.connect("/nonexistent/dir/x.db")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
cur = con.cursor(); cur.close()
try:
    cur.fetchall()
except sqlite3.ProgrammingError as e:
    print(e)
try:
    con.executemany("SELECT ?", [(1,)])
except sqlite3.ProgrammingError as e:
    print(e)
con.execute("CREATE TABLE k (a INTEGER NOT NULL, b CHECK (b > 0))")
for sql in ["INSERT INTO k VALUES (NULL, 1)", "INSERT INTO k VALUES (1, -1)"]:
    try:
        con.execute(sql)
    except sqlite3.IntegrityError as e:
        print(e, e.sqlite_errorname)
print(sqlite3.Row, sqlite3.Connection, sqlite3.Cursor, sqlite3.Error, sqlite3.IntegrityError.__mro__[1:3])
