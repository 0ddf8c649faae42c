import csv, io
def err(f, *a, **k):
    try:
        r = f(*a, **k)
        if hasattr(r, 'dialect'): r = r.dialect
        if isinstance(r, csv.Dialect) or type(r).__name__ == 'Dialect':
            r = (r.delimiter, r.quotechar, r.escapechar, r.doublequote, r.skipinitialspace, r.lineterminator, r.quoting, r.strict)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
f = io.StringIO()
for kw in [dict(delimiter=""), dict(delimiter="ab"), dict(delimiter=1), dict(delimiter=None), dict(quotechar=""), dict(quotechar="ab"),
           dict(quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_NONE), dict(quotechar=1), dict(escapechar=""), dict(escapechar="ab"), dict(escapechar=1),
           dict(lineterminator=None), dict(lineterminator=1), dict(lineterminator=""), dict(quoting=5), dict(quoting="x"), dict(quoting=None),
           dict(doublequote=0), dict(skipinitialspace="x"), dict(strict=[]), dict(bogus=1), dict(delimiter="\n"), dict(delimiter=" ", skipinitialspace=True),
           dict(delimiter='"'), dict(escapechar='"'), dict(delimiter=",", quotechar=","), dict(lineterminator="\r\n\t")]:
    print(kw, end=" ")
    err(csv.writer, f, **kw)
err(csv.reader, f, dialect="nope")
err(csv.writer, 1)
err(csv.reader, 1)
err(csv.get_dialect, "nope")
err(csv.unregister_dialect, "nope")
err(csv.register_dialect, 1)
err(csv.register_dialect, "x", 1)
err(csv.field_size_limit, "x")
err(csv.field_size_limit, 1, 2)
w = csv.writer(f)
err(w.writerow, 1)
err(w.writerow, None)
err(w.writerows, 1)
err(w.writerows, [1])
err(csv.writer(f, quoting=csv.QUOTE_NONE).writerow, ["a,b"])
err(csv.writer(f, quoting=csv.QUOTE_NONE).writerow, [""])
err(csv.writer(f, quoting=csv.QUOTE_NONE, escapechar="\\").writerow, ["a,b", 'q"x', "c\\d", "e\nf"])
err(csv.writer(f, quoting=csv.QUOTE_NONE, escapechar="\\").writerow, [""])
err(csv.writer(f, doublequote=False).writerow, ['a"b'])
print(repr(f.getvalue()))
for data in [['a,"b'], ['"ab"c'], ['a\nb'], ['"abc'], ['a,b\r'], ['a\rb'], [b'a,b'], ['"a\\"b"'], ["a\0b"]]:
    for strict in (False, True):
        r = csv.reader(data, strict=strict)
        try:
            print(repr(data), strict, list(r), r.line_num)
        except Exception as e:
            print(repr(data), strict, type(e).__name__, e, r.line_num)
csv.field_size_limit(5)
err(list, csv.reader(["abcdef"]))
err(list, csv.reader(['"abcdef"']))
print(csv.field_size_limit(131072))
class A(csv.excel): quotechar=None
class B(csv.Dialect): quotechar=None; delimiter=','; lineterminator='\n'
class C(csv.Dialect): delimiter=','; lineterminator='\n'; quotechar='"'
for d, kw in [(A, {}), ('excel', {'quotechar': None}), (B, {}), (C, {}), ('excel', {'quotechar': None, 'quoting': 0}), (None, {'quotechar': None})]:
    try: print(csv.writer(io.StringIO(), d, **kw).dialect.quoting)
    except Exception as e: print(type(e).__name__, e)
