x = 1
for i in range(70):
    x *= 2
print(x)
x -= 2 ** 70
print(x)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
f = 10.0
f /= 4
print(f)
f **= 2
print(f)
n = 100
n //= 7
print(n)
n %= 5
print(n)
b = 0b1111
b &= 0b1010
print(b)
b |= 0b0101
print(b)
b ^= 0b1111
print(b)
d = {"a": 1}
d["a"] += 5
d.setdefault("b", 0)
d["b"] -= 3
print(d)
arr = [1, 2, 3]
arr[1] *= 10
arr[-1] **= 2
print(arr)
class C:
    pass
c = C()
c.v = 3
c.v += 4
print(c.v)
