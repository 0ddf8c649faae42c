print(list[int], tuple[int, str], dict[str, list[int]], set[float], frozenset[bytes], type[int], tuple[int, ...])
a = list[int]
print(a([1, 2]), a.__origin__, a.__args__, a == list[int], a == list[str], dict[str, int]({"a": 1}), type(a) is type(list[str]))
class C:
    pass
print(list[C], dict[str, C])
def f(x: list[int]) -> dict[str, int]:
    return {"n": len(x)}
print(f([1, 2, 3]))
