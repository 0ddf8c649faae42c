from itertools import product
import sys

GLIDER = """\
.#.....
..#....
###....
.......
.......
.......
"""


class Life:
    def __init__(self, text):
        rows = text.splitlines()
        self.h, self.w = len(rows), len(rows[0])
        self.cells = {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}

    def neighbours(self, r, c):
        return sum(((r + dr) % self.h, (c + dc) % self.w) in self.cells
                   for dr, dc in product((-1, 0, 1), repeat=2) if (dr, dc) != (0, 0))

    def step(self):
        new = set()
        for r in range(self.h):
            for c in range(self.w):
                n = self.neighbours(r, c)
                if n == 3 or (n == 2 and (r, c) in self.cells):
                    new.add((r, c))
        self.cells = new

    def __str__(self):
        return "\n".join("".join("#" if (r, c) in self.cells else "." for c in range(self.w))
                         for r in range(self.h))


life = Life(GLIDER)
for gen in range(5):
    print(f"gen {gen}: {len(life.cells)} alive")
    print(life)
    life.step()
seen = {}
life = Life(GLIDER)
for gen in range(40):
    key = frozenset(life.cells)
    if key in seen:
        print("cycle", seen[key], "->", gen)
        break
    seen[key] = gen
    life.step()


def solve(board):
    for i, v in enumerate(board):
        if v == 0:
            r, c = divmod(i, 9)
            used = {board[r * 9 + k] for k in range(9)} | {board[k * 9 + c] for k in range(9)}
            br, bc = r - r % 3, c - c % 3
            used |= {board[(br + a) * 9 + bc + b] for a in range(3) for b in range(3)}
            for cand in range(1, 10):
                if cand not in used:
                    board[i] = cand
                    if solve(board):
                        return True
            board[i] = 0
            return False
    return True


PUZZLE = ("530070000600195000098000060800060003400803001700020006060000280000419005000080079")
board = [int(ch) for ch in PUZZLE]
print(solve(board))
for r in range(9):
    row = board[r * 9:(r + 1) * 9]
    print(" ".join(map(str, row[:3])), "|", " ".join(map(str, row[3:6])), "|", " ".join(map(str, row[6:])))
    if r in (2, 5):
        print("-" * 21)
sys.stdout.flush()
