a = [[1, 2], [3, 4]]
b = a
c = a[:]
d = list(a)
e = [row[:] for row in a]
a[0][0] = 99
a.append([5])
print(a)
print(b)
print(c)
print(d)
print(e)
x = {"k": [1]}
y = x.copy()
y["k"].append(2)
y["j"] = 0
print(x, y)
def modify(lst):
    lst.append("m")
    lst = ["new"]
    lst.append("n")
    return lst
orig = [1]
r = modify(orig)
print(orig, r)
t = (1, [2])
t[1].append(3)
print(t)
s = {1, 2}
s2 = s
s2.add(3)
print(s == s2, s is s2)
