d = {list[int]: 1, dict[str, int]: 2}
print(d[list[int]], d[dict[str, int]], list[int] in d, list[str] in d, hash(list[int]) == hash(list[int]))
for f in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int])):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(list[int] == list, list[int] != list[int], repr(list[list[int]]), repr(dict[int, ...]))
