import csv, io, random
random.seed(11)
out = []
dialects = [{}, {"strict": True}, {"escapechar": "\\"}, {"doublequote": False}, {"skipinitialspace": True},
            {"quoting": csv.QUOTE_NONE}, {"quoting": csv.QUOTE_NONE, "escapechar": "\\"}, {"delimiter": ";", "quotechar": "'"},
            {"quoting": csv.QUOTE_NONNUMERIC}]
for i in range(250):
    s = "".join(random.choice('ab1,,""\r\n \\;\'') for _ in range(random.randint(0, 14)))
    kw = dialects[i % len(dialects)]
    for src in (s.splitlines(True), [s]):
        r = csv.reader(src, **kw)
        res = []
        try:
            for row in r:
                res.append(row)
        except (csv.Error, ValueError) as e:
            res.append((type(e).__name__, str(e)))
        out.append(repr((s, kw, res, r.line_num)))
    f = io.StringIO()
    w = csv.writer(f, **kw)
    row = [random.choice(["", "a", 'x"y', "p,q", "1.5", None, 2, "l\nm", "s;t", " u", "\\"]) for _ in range(random.randint(0, 4))]
    try:
        w.writerow(row)
        out.append(repr((row, kw, f.getvalue())))
        back = list(csv.reader(io.StringIO(f.getvalue(), newline=""), **kw))
        out.append(repr(back))
    except (csv.Error, ValueError) as e:
        out.append(repr((row, kw, type(e).__name__, str(e))))
print("\n".join(out))
