"""Exact linear algebra with fractions: Gaussian elimination, determinant, inverse."""
from fractions import Fraction
from itertools import product
import operator
from functools import reduce


class Matrix:
    __slots__ = ("rows", "n", "m")

    def __init__(self, rows):
        self.rows = [[Fraction(x) for x in r] for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} @ {other.n}x{other.m}")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(self.m))
                        for j in range(other.m)] for i in range(self.n)])

    def __mul__(self, k):
        return Matrix([[k * x for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def transpose(self):
        return Matrix(list(zip(*self.rows)))

    def det(self):
        a = [r[:] for r in self.rows]
        n, sign = self.n, 1
        for c in range(n):
            p = next((r for r in range(c, n) if a[r][c] != 0), None)
            if p is None:
                return Fraction(0)
            if p != c:
                a[c], a[p] = a[p], a[c]
                sign = -sign
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return sign * reduce(operator.mul, (a[i][i] for i in range(n)), Fraction(1))

    def inverse(self):
        n = self.n
        aug = [r[:] + e for r, e in zip(self.rows, Matrix.identity(n).rows)]
        for c in range(n):
            p = max(range(c, n), key=lambda r: abs(aug[r][c]))
            if aug[p][c] == 0:
                raise ZeroDivisionError("matrix is singular")
            aug[c], aug[p] = aug[p], aug[c]
            piv = aug[c][c]
            aug[c] = [x / piv for x in aug[c]]
            for r in range(n):
                if r != c and aug[r][c]:
                    f = aug[r][c]
                    aug[r] = [x - f * y for x, y in zip(aug[r], aug[c])]
        return Matrix([r[n:] for r in aug])

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

    def __repr__(self):
        return f"Matrix({self.n}x{self.m})"


A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
print(A, repr(A), sep="\n")
print("det:", A.det())
Ai = A.inverse()
print(Ai)
print("A @ A^-1 == I:", A @ Ai == Matrix.identity(3))
print((Fraction(1, 2) * A).transpose())
H = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print("hilbert det:", H.det(), float(H.det()))
print("hilbert inv row0:", [str(x) for x in H.inverse().rows[0]])
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    A @ Matrix([[1, 2]])
except ValueError as e:
    print("ValueError:", e)
try:
    A.foo = 1
except AttributeError as e:
    print("AttributeError:", e)
f = Fraction("3.1415926535")
print(f, f.limit_denominator(1000), f.limit_denominator(10), round(f, 3), f"{float(f):.4f}")
print(Fraction(7, -21), Fraction(0.125), Fraction(5, 3) // 1, Fraction(5, 3) % 1, -Fraction(5, 3) // 1)
print(sum(Fraction(1, 2 ** k) for k in range(1, 11)), Fraction(2, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2))
print(sorted([Fraction(1, 3), 0.3, Fraction(2, 7), 1]), Fraction(1, 3) == 1 / 3, Fraction(1, 4) == 0.25)
print(list(product(range(2), repeat=2)), A[0, 0].numerator, A[2, 0].denominator, A[1, 1].as_integer_ratio())
