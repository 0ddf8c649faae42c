"""SQLite databases through the DB-API 2.0 interface (PEP 249): `connect()` a file (or
":memory:"), run SQL with cursors, and commit. The implementation is `sqlite3.dbapi2`."""

from sqlite3.dbapi2 import *
