import io, random
random.seed(5)
out = []
for i in range(60):
    s = "".join(random.choice("ab\r\n") for _ in range(random.randint(0, 12)))
    for nl in (None, "", "\n", "\r", "\r\n"):
        f = io.StringIO(s, newline=nl)
        a = list(f)
        f.seek(0)
        b = []
        while True:
            x = f.readline(3 if i % 3 == 0 else -1)
            if not x: break
            b.append(x)
        f.seek(2)
        c = f.readline()
        f.seek(0); f.readline(); f.write("Z\n"); d = f.readlines()
        out.append(repr((s, nl, a, b, c, d, f.getvalue())))
print(len(out), hash("\n".join(out)) if False else "")
print("\n".join(out))
