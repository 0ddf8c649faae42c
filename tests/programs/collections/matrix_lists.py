def zeros(r, c):
    return [[0] * c for _ in range(r)]
def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m
def transpose(m):
    return [list(r) for r in zip(*m)]
def mul(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(mul(a, b))
print(mul(identity(2), [[2, 3], [4, 5]]))
print(transpose(a))
p = [[1, 1], [1, 0]]
r = identity(2)
for _ in range(90):
    r = mul(r, p)
print(r)
m = [[float(i + j) / 2 for j in range(3)] for i in range(3)]
print(m)
print([sum(col) for col in zip(*m)], sum(map(sum, m)))
