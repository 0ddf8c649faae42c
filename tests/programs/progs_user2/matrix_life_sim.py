"""Grid simulations with plain lists: Conway's life on a torus with set-based cells,
a heat-diffusion matrix with list comprehensions, matrix power for Fibonacci, and
transpose/rotate tricks with zip."""
from itertools import product


def step(live, w, h):
    counts = {}
    for (x, y) in live:
        for dx, dy in product((-1, 0, 1), repeat=2):
            if dx or dy:
                k = ((x + dx) % w, (y + dy) % h)
                counts[k] = counts.get(k, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}


def show(live, w, h):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
cells = set(glider)
for gen in range(4):
    cells = step(cells, 8, 6)
print(show(cells, 8, 6))
print(sorted(cells) == sorted(((x + 1) % 8, (y + 1) % 6) for x, y in glider))
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker, 5, 5)), step(step(blinker, 5, 5), 5, 5) == blinker)


def diffuse(grid, rate=0.25, steps=1):
    h, w = len(grid), len(grid[0])
    for _ in range(steps):
        new = [row[:] for row in grid]
        for y in range(1, h - 1):
            for x in range(1, w - 1):
                lap = grid[y - 1][x] + grid[y + 1][x] + grid[y][x - 1] + grid[y][x + 1] - 4 * grid[y][x]
                new[y][x] = grid[y][x] + rate * lap
        grid = new
    return grid


plate = [[0.0] * 7 for _ in range(5)]
plate[2][3] = 100.0
for row in diffuse(plate, steps=3):
    print(" ".join(f"{v:6.2f}" for v in row))
print(round(sum(map(sum, diffuse(plate, steps=3))), 6))


def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def matpow(m, n):
    result = [[int(i == j) for j in range(len(m))] for i in range(len(m))]
    while n:
        if n & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        n >>= 1
    return result


print([matpow([[1, 1], [1, 0]], n)[0][1] for n in range(1, 15)], matpow([[1, 1], [1, 0]], 90)[0][1])
m = [[1, 2, 3], [4, 5, 6]]
print(list(map(list, zip(*m))), [list(r) for r in zip(*m[::-1])], [row[::-1] for row in m][::-1])
ident = matmul(m, list(map(list, zip(*m))))
print(ident, [[round(v / 14, 3) for v in row] for row in ident])
spiral, grid = [], [[r * 4 + c for c in range(4)] for r in range(4)]
while grid:
    spiral += grid.pop(0)
    grid = [list(r) for r in zip(*grid)][::-1]
print(spiral)
