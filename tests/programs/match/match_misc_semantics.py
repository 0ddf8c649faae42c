class A:
    match = 1
    case = 2
    x = 5
    match x:
        case 5:
            y = "class body match"
print(A.match, A.case, A.y)
def f(v):
    match v:
        case [1, [2, *rest], {"k": (3 | 4) as kv}] if rest:
            return rest, kv
        case str() | bytes():
            return "text"
        case {"a": {"b": {"c": deep}}}:
            return deep
    return "fallthrough"
print(f([1, [2, 9], {"k": 4}]), f("s"), f({"a": {"b": {"c": 7}}}), f([1, [2], {"k": 4}]))
match (n := 10):
    case 10:
        print("walrus subject", n)
x = [1, 2, 3]
match x:
    case [1, *_, 3]:
        print("ends")
def g():
    match 3:
        case 1:
            pass
g()
match -0:
    case 0:
        print("neg zero")
match 1.0:
    case 1:
        print("float eq int")
match True:
    case 1:
        print("True == 1")
match 1:
    case True:
        print("bad")
    case _:
        print("1 is not True")
import math
match float("nan"):
    case math.nan:
        print("nan?")
    case _:
        print("nan never equal")
