class C:
    "Doc of C."
    a = 1

    def f(self):
        pass


c = C()
c.x = 1
c.y = 2
print(vars(c), c.__dict__)
print(sorted(k for k in vars(C) if not k.startswith("__")))
print(C.__dict__["a"], "f" in C.__dict__, C.__dict__["__doc__"])
print(C.__dict__["__module__"])
print(type(C.__dict__).__name__)
try:
    C.__dict__["a"] = 2
except TypeError as e:
    print("TypeError", e)
print("__qualname__" in C.__dict__)
