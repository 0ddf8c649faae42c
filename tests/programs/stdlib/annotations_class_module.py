x: int = 3
y: "list[str]"
class A:
    a: int
    b: str = "s"
    __p: float = 1.0
    def f(self):
        z: int = 1
        return z
class B(A):
    c: bytes
print(A.__annotations__)
print(B.__dict__["__annotations__"], B.b, A().f())
print(__annotations__)
print("a" in A.__dict__, A.__dict__["b"])
