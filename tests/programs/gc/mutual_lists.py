checksum = 0
for i in range(150000):
    a = []
    b = [a, i]
    a.append(b)
    c = (a, b)
    a.append(c)
    checksum = (checksum * 31 + len(a) + b[1]) % 998244353
print(checksum)
keep = []
for i in range(1000):
    x = [i]
    y = [x]
    x.append(y)
    if i % 100 == 0:
        keep.append(x)
print(len(keep), [k[0] for k in keep], keep[3][1][0][0])
