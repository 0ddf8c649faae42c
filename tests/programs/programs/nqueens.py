def solve(n):
    solutions = []
    cols = [0] * n
    used_cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if used_cols[c] or diag1[row + c] or diag2[row - c + n]:
                continue
            used_cols[c] = diag1[row + c] = diag2[row - c + n] = True
            cols[row] = c
            place(row + 1)
            used_cols[c] = diag1[row + c] = diag2[row - c + n] = False
    place(0)
    return solutions
def show(sol):
    n = len(sol)
    for r in range(n):
        print(" ".join("Q" if sol[r] == c else "." for c in range(n)))
for n in range(1, 9):
    sols = solve(n)
    print(f"n={n}: {len(sols)} solutions")
s8 = solve(8)
print(s8[0], s8[-1])
show(s8[0])
def count_bits(n):
    full = (1 << n) - 1
    def go(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        avail = full & ~(cols | d1 | d2)
        while avail:
            bit = avail & -avail
            avail -= bit
            total += go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total
    return go(0, 0, 0)
print([count_bits(n) for n in range(1, 10)])
# Verify every 6-queens solution independently and print them compactly.
def valid(sol):
    n = len(sol)
    for r1 in range(n):
        for r2 in range(r1 + 1, n):
            if sol[r1] == sol[r2] or abs(sol[r1] - sol[r2]) == r2 - r1:
                return False
    return True
s6 = solve(6)
print(all(valid(s) for s in s6), ["".join(map(str, s)) for s in s6])
def mirror(sol):
    return [len(sol) - 1 - c for c in sol]
unique = []
for s in solve(8):
    if mirror(s) not in unique and s[::-1] not in unique:
        unique.append(s)
print(len(unique))
