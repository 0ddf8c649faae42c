def f(x):
    match x:
        case {"a": 1, **rest}:
            return ("a=1", rest)
        case {**rest}:
            return ("all", rest)
print(f({"a": 1, "b": 2, "c": 3}))
print(f({"a": 2, "b": 2}))
print(f({}))
d = {"a": 1, "z": 0}
r = f(d)
print(r[1] is d, d)
