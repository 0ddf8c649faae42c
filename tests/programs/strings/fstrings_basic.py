name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {'nested'} {name.upper()}")
print(f"{n!r} {name!r} {name!s} {[1, 'a']!r}")
print(f"{n=} {name=} {pi=:.2f}")
print(f"{n = }")
print(f"{{literal braces}} {{{n}}}")
print(f"{pi:.2f} {pi:.0f} {pi:10.3f}| {pi:<10.3f}| {pi:^10.3f}|")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:>5d}|{n:05d}")
print(f"{n:*^11}|{n:->8}|{n:_<6}|")
print(f"{name:>10}|{name:<10}|{name:^11}|{name:.3}|")
w = 8
p = 3
print(f"{pi:{w}.{p}f}|{name:{w}}|{n:0{w}d}")
print(f"{'a' if n > 40 else 'b'}")
d = {"k": "v"}
print(f"{d['k']} {len(d)}")
items = [1, 2, 3]
print(f"{sum(items)} {items[-1]} {items[::-1]}")
print(f"multi {n}" f" part {name}")
print(f"{3.0} {1e16} {0.1 + 0.2} {None} {True}")
def g(x):
    return x * 2
print(f"{g(21)} {(lambda q: q + 1)(1)}")
print(f"{n:}", f"{'':>3}|")
