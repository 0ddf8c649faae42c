a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 < b, 1 < 2 < 3 < 4 < 5, 1 < 3 < 2)
print(a != b != a, 1 <= 1 <= 1, 3 > 2 > 1 > 0 > -1)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(0) < v(5))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3))
print(calls)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (2,) > (1, 9))
print("abc" < "abd", "a" < "B", "Z" < "a", "" < "a", "abc" < "ab")
print(1 == 1.0, 1 < 1.5, 2 ** 64 > 1.0e19, 2 ** 64 == 2.0 ** 64)
print([1, [2, 3]] == [1, [2, 3]], {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(None == 0, None != None, [] == [], [] is [])
x = [1, 2]
y = x
z = [1, 2]
print(x is y, x is z, x == z, x is not z)
print(1 in [1, 2], 3 not in [1, 2], "b" in "abc", "bc" in "abc", "ac" in "abc")
print(2 in {1: 'a', 2: 'b'}, 'a' in {1: 'a'}, 3 in range(5), 5 in range(5))
print(max([3, 1, 4, 1, 5]), min("hello"), max((1, 2), (1, 3)))
try:
    print(1 < "a")
except TypeError as e:
    print(e)
try:
    print([1] < (1,))
except TypeError as e:
    print(e)
