import csv
import io
import os
import tempfile

print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
print(sorted(csv.list_dialects()), repr(csv.Error("x")), csv.Error.__module__, issubclass(csv.Error, Exception))

rows = [["name", "age", "note"], ["Ann", 31, 'says "hi"'], ["Bob, Jr.", 4.5, "line1\nline2"],
        ["", None, " lead"], ["x\ty", True, "semi;colon"]]
for kw in [{}, {"dialect": "excel-tab"}, {"dialect": "unix"}, {"quoting": csv.QUOTE_ALL},
           {"quoting": csv.QUOTE_NONNUMERIC}, {"delimiter": ";", "quotechar": "'"},
           {"quoting": csv.QUOTE_NONE, "escapechar": "\\"}, {"doublequote": False, "escapechar": "\\"},
           {"lineterminator": "\n"}, {"dialect": csv.excel_tab, "lineterminator": "|"}]:
    out = io.StringIO()
    w = csv.writer(out, **kw)
    n = w.writerow(rows[0])
    w.writerows(rows[1:])
    text = out.getvalue()
    print(kw, n, repr(text))
    try:
        back = list(csv.reader(io.StringIO(text, newline=""), **kw))
        print("  ->", back)
    except ValueError as e:
        print("  ValueError", e)

# Reading from a file opened with newline=''.
path = os.path.join(tempfile.mkdtemp(), "data.csv")
with open(path, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "text"])
    w.writerow([1, "multi\r\nline"])
    w.writerow([2, "plain"])
with open(path, "rb") as f:
    print(f.read())
with open(path, newline="") as f:
    r = csv.reader(f)
    for row in r:
        print(r.line_num, row)
with open(path) as f:
    print(list(csv.reader(f)))
os.remove(path)

# Reader details.
print(list(csv.reader(["a,b,c", "", "1,2,3\r\n", "\n", '"q,uoted","x""y"', "'a'|b"])))
print(list(csv.reader(["a, b,  \"c, d\""], skipinitialspace=True)))
print(list(csv.reader(["a;b|c;d"], delimiter=";", quotechar="|")))
print(list(csv.reader(["a\\,b,c\\\"d", '"x\\"y"'], escapechar="\\")))
print(list(csv.reader(['"a""b",c'], doublequote=True)), list(csv.reader(['"a""b",c'], doublequote=False)))
print(list(csv.reader(['1,"2",3.5', " 4", "1,,3"], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['"a",b', "c"], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['"multi', 'line",x', "y"])))
print(list(csv.reader("a,b\nc,d\n".splitlines(True))))
r = csv.reader(io.StringIO("x,y\n1,2\n"))
print(r.dialect.delimiter, r.dialect.quoting, repr(r.dialect.lineterminator), r.line_num, next(r), r.line_num)
try:
    list(csv.reader(["1,abc"], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print("ValueError", e)

# Dialects.
class Semi(csv.excel):
    delimiter = ";"
print(Semi().delimiter, csv.writer(io.StringIO(), Semi).dialect.delimiter)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
d = csv.get_dialect("pipes")
print(type(d).__name__, d.delimiter, d.quotechar, d.quoting, d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.strict, d.escapechar)
csv.register_dialect("pipes2", "pipes", lineterminator="\n")
out = io.StringIO()
csv.writer(out, "pipes2").writerow(["a", 1])
print(repr(out.getvalue()))
csv.unregister_dialect("pipes2")
print(sorted(csv.list_dialects()))
try:
    d.delimiter = ","
except AttributeError as e:
    print("AttributeError", e)
class Bad(csv.Dialect):
    delimiter = ";"
try:
    Bad()
except csv.Error as e:
    print("Error", e)

# DictReader / DictWriter.
text = "name,age\r\nAnn,31\r\n\r\nBob,4,extra,more\r\nCy\r\n"
dr = csv.DictReader(io.StringIO(text, newline=""))
print(dr.fieldnames, dr.line_num)
for row in dr:
    print(dr.line_num, row)
dr = csv.DictReader(io.StringIO(text, newline=""), fieldnames=["a", "b"], restkey="rest", restval="?")
print(list(dr))
print(csv.DictReader(io.StringIO("")).fieldnames)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["name", "age"], restval="n/a")
print(dw.writeheader())
dw.writerow({"name": "Ann", "age": 31})
dw.writerows([{"name": "Bob"}, {"age": 5}])
print(repr(out.getvalue()))
try:
    dw.writerow({"name": "x", "zip": 1})
except ValueError as e:
    print("ValueError", e)
dw = csv.DictWriter(out, fieldnames=["name"], extrasaction="ignore")
dw.writerow({"name": "ok", "zip": 1})
print(repr(out.getvalue()[-4:]))
try:
    csv.DictWriter(out, ["a"], extrasaction="bogus")
except ValueError as e:
    print("ValueError", e)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
csv.field_size_limit(131072)
