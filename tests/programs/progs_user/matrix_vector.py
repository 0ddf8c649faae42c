"""Matrix/vector library with operator overloading and __repr__."""
from __future__ import annotations
import math
from functools import total_ordering
from numbers import Number


@total_ordering
class Vector:
    __slots__ = ("xs",)

    def __init__(self, *xs):
        self.xs = tuple(xs)

    def __repr__(self):
        return f"Vector({', '.join(map(repr, self.xs))})"

    def __len__(self):
        return len(self.xs)

    def __iter__(self):
        return iter(self.xs)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self.xs[i])
        return self.xs[i]

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        if len(self) != len(other):
            raise ValueError("dimension mismatch")
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(*(-a for a in self))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        if isinstance(k, Number):
            return Vector(*(a * k for a in self))
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        return self * other

    def __abs__(self):
        return math.sqrt(self * self)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.xs == other.xs

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __hash__(self):
        return hash(self.xs)

    def __bool__(self):
        return any(self.xs)


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __repr__(self):
        w = max(len(f"{x:g}") for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}g}" for x in r) + "]" for r in self.rows)

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(*(sum(a * b for a, b in zip(r, other)) for r in self.rows))
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def T(self):
        return Matrix(zip(*self.rows))

    def det(self):
        if self.n == 1:
            return self.rows[0][0]
        if self.n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        return sum((-1) ** j * self.rows[0][j] *
                   Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(self.m))

    def __eq__(self, other):
        return self.rows == other.rows


v, w = Vector(1, 2, 3), Vector(4, 5, 6)
print(v + w, v - w, v * 2, 3 * v, v @ w, -v)
print(abs(Vector(3, 4)), v[1], v[::-1], len(v), list(v))
print(v < w, v >= w, max([v, w, Vector(0, 0, 10)]), bool(Vector(0, 0)))
print({v: "a", Vector(1, 2, 3): "b"})
try:
    v + Vector(1)
except ValueError as e:
    print("ValueError", e)
try:
    v + 1
except TypeError as e:
    print("TypeError", e)
try:
    v * "x"
except TypeError as e:
    print("TypeError", e)
fib = Matrix([[1, 1], [1, 0]])
print(fib ** 10)
m = Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]])
print(m.det(), m.T(), sep="\n")
print(m @ Vector(1, 0, -1), m @ Matrix.identity(3) == m)
print(Matrix([[0.5, 1e-3], [1234.5, -2]]))
print(Vector(1.5, -0.0), Vector.__slots__)
try:
    v.extra = 1
except AttributeError as e:
    print("AttributeError", e)
