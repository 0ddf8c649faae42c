"""Sudoku: parse a grid, constraint propagation with sets, backtracking search with
the minimum-remaining-values heuristic, validation, and pretty printing."""
from itertools import product
import copy

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

ROWS = COLS = range(9)
CELLS = list(product(ROWS, COLS))


def peers_of(r, c):
    box = {(br, bc) for br in range(r // 3 * 3, r // 3 * 3 + 3) for bc in range(c // 3 * 3, c // 3 * 3 + 3)}
    return ({(r, x) for x in COLS} | {(x, c) for x in ROWS} | box) - {(r, c)}


PEERS = {cell: frozenset(peers_of(*cell)) for cell in CELLS}


def parse(text):
    digits = [ch for ch in text if ch in "123456789."]
    assert len(digits) == 81, len(digits)
    return {cell: (int(ch) if ch != "." else 0) for cell, ch in zip(CELLS, digits)}


def candidates(grid):
    cands = {}
    for cell in CELLS:
        if grid[cell]:
            continue
        used = {grid[p] for p in PEERS[cell]}
        cands[cell] = set(range(1, 10)) - used
    return cands


stats = {"guesses": 0, "propagated": 0}


def propagate(grid):
    while True:
        cands = candidates(grid)
        singles = {cell: next(iter(c)) for cell, c in cands.items() if len(c) == 1}
        if any(not c for c in cands.values()):
            return False
        if not singles:
            return True
        cell, v = min(singles.items())
        grid[cell] = v
        stats["propagated"] += 1


def solve(grid):
    if not propagate(grid):
        return None
    cands = candidates(grid)
    if not cands:
        return grid
    cell = min(cands, key=lambda k: (len(cands[k]), k))
    for v in sorted(cands[cell]):
        stats["guesses"] += 1
        trial = copy.copy(grid)
        trial[cell] = v
        result = solve(trial)
        if result:
            return result
    return None


def valid(grid):
    groups = [[(r, c) for c in COLS] for r in ROWS] + [[(r, c) for r in ROWS] for c in COLS]
    groups += [[(br + r, bc + c) for r in range(3) for c in range(3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(grid[x] for x in g) == list(range(1, 10)) for g in groups)


def show(grid):
    lines = []
    for r in ROWS:
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        row = [str(grid[(r, c)] or ".") for c in COLS]
        lines.append(" | ".join(" ".join(row[i:i + 3]) for i in (0, 3, 6)))
    return "\n".join(lines)


g = parse(PUZZLE)
print(show(g))
print("givens:", sum(1 for v in g.values() if v), "peers of (0,0):", len(PEERS[(0, 0)]))
solution = solve(dict(g))
print()
print(show(solution))
print("valid:", valid(solution), stats)
bad = dict(g)
bad[(0, 2)] = 5
print("contradiction:", solve(bad))
