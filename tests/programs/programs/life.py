def parse(rows):
    return {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}
def step(live, h, w):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def render(live, h, w):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(w)) for r in range(h))
H, W = 10, 12
glider = parse([
    ".#..........",
    "..#.........",
    "###.........",
    "............",
    "............",
    "............",
    "........##..",
    "........##..",
    "............",
    "............",
])
board = glider
for gen in range(5):
    print(f"gen {gen}: {len(board)} alive")
    print(render(board, H, W))
    board = step(board, H, W)
for gen in range(5, 40):
    board = step(board, H, W)
print("gen 40:", len(board), sorted(board))
blinker = {(1, 0), (1, 1), (1, 2)}
b1 = step(blinker, 3, 3) if False else step(blinker, 5, 5)
print(sorted(b1), step(b1, 5, 5) == blinker)
pent = parse([".##", "##.", ".#."])
cur = {(r + 20, c + 20) for r, c in pent}
for i in range(60):
    cur = step(cur, 50, 50)
print("r-pentomino after 60:", len(cur))
# Still lifes and oscillator periods.
def period(live, h, w, limit=20):
    seen = {}
    cur = frozenset(live)
    for t in range(limit):
        if cur in seen:
            return t - seen[cur]
        seen[cur] = t
        cur = frozenset(step(cur, h, w))
    return None
block = {(1, 1), (1, 2), (2, 1), (2, 2)}
toad = {(2, 2), (2, 3), (2, 4), (3, 1), (3, 2), (3, 3)}
beacon = {(1, 1), (1, 2), (2, 1), (3, 4), (4, 3), (4, 4)}
for name, pat in [("block", block), ("blinker", blinker), ("toad", toad), ("beacon", beacon)]:
    print(name, "period", period(pat, 8, 8))
