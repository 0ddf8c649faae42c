# co_positions(): one (line, end_line, col, end_col) per instruction. Kestrel's
# instructions are its own, so only the shape and the spans' bounds are compared.
def f(a, b):
    x = a + b
    return x * 2


ps = list(f.__code__.co_positions())
print(len(ps) > 0, all(len(p) == 4 for p in ps))
lines = {p[0] for p in ps if p[0] is not None}
print(lines <= {3, 4, 5})
spans = [p for p in ps if p[2] is not None]
print(all(p[0] <= p[1] for p in spans))
print(any(p[:4] == (4, 4, 8, 13) for p in spans))
print(any(p[:4] == (5, 5, 11, 16) for p in spans))
c = compile("y = [1][2]", "<s>", "exec")
print(any(p == (1, 1, 4, 10) for p in c.co_positions()))
