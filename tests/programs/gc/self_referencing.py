count = 0
for i in range(200000):
    lst = [i]
    lst.append(lst)
    d = {"i": i}
    d["self"] = d
    d["list"] = lst
    lst.append(d)
    count += len(lst) + len(d) + lst[2]["i"] % 7
print(count)
r = [1, 2]
r.append(r)
print(r, r[2][2][2][0])
d = {}
d["me"] = d
print(d, d["me"]["me"] is d)
