import dbm
import dbm.dumb
import os
import shelve
import tempfile

with tempfile.TemporaryDirectory() as d:
    base = os.path.join(d, "db1")
    with dbm.dumb.open(base, "c") as db:
        db["name"] = "kestrel"
        db[b"bytes"] = b"\x00\x01"
        db["long"] = "x" * 1000
        db["name"] = "short"
        db["long"] = "y" * 2000
        print(sorted(db.keys()), len(db), "name" in db, b"bytes" in db, "nope" in db)
        print(db["name"], db[b"bytes"], len(db["long"]), db.get("missing", b"dflt"))
        del db["bytes"]
        print(sorted(db.keys()))
        for bad in [(1, "v"), ("k", 2)]:
            try:
                db[bad[0]] = bad[1]
            except TypeError as e:
                print("TypeError", e)
        try:
            db["missing"]
        except KeyError as e:
            print("KeyError", e)
    print(sorted(os.listdir(d)))
    print(dbm.whichdb(base))
    with dbm.open(base, "r") as db:
        print(sorted((k, len(v)) for k, v in db.items()))
        try:
            db["x"] = "y"
        except dbm.error as e:
            print("error", e)
    with dbm.open(base, "w") as db:
        db["added"] = "1"
    with dbm.open(base) as db:
        print(sorted(db.keys()))
    db = dbm.dumb.open(base)
    db.close()
    try:
        len(db)
    except dbm.error as e:
        print("closed:", e)
    with dbm.dumb.open(base, "n") as db:
        print(len(db))
    try:
        dbm.open(os.path.join(d, "nothere"))
    except dbm.error[0] as e:
        print("dbm.error", e)
    try:
        dbm.dumb.open(base, "x")
    except ValueError as e:
        print("ValueError", e)
    print(dbm.whichdb(os.path.join(d, "nothere")))
    with open(os.path.join(d, "junk"), "wb") as f:
        f.write(b"0123456789abcdefXYZ")
    print(repr(dbm.whichdb(os.path.join(d, "junk"))))

    sp = os.path.join(d, "shelf")
    with shelve.open(sp) as s:
        s["list"] = [1, 2, 3]
        s["dict"] = {"a": (1, 2)}
        s["obj"] = {1, 2}
        s["list"].append(4)
        print(s["list"], len(s), sorted(s), "dict" in s, s.get("nope", "default"))
    with shelve.open(sp, writeback=True) as s:
        s["list"].append(5)
        print(s["list"])
        del s["obj"]
    with shelve.open(sp, flag="r") as s:
        print(sorted(s.items()))
        try:
            s["new"] = 1
        except dbm.error as e:
            print("read-only:", e)
    s = shelve.Shelf({})
    s["k"] = ("tuple", 1)
    print(s["k"], list(s), s.dict[b"k"][:2])
    s.close()
    try:
        s["k"]
    except ValueError as e:
        print("ValueError", e)
    print(repr(s.dict))
    s2 = shelve.Shelf({}, protocol=0)
    s2["x"] = 1
    print(s2.dict[b"x"])
