l = [3, 1]
list.append(l, 2)
print(l, [1, 2].__contains__(2), [1, 2].__len__(), list(l.__iter__()), list(l.__reversed__()), l.__getitem__(0), l.__getitem__(slice(0, 2)))
l.__setitem__(0, 9); l.__delitem__(1)
print(l)
r = l.__iadd__([5, 6])
print(r is l, l)
r = l.__imul__(2)
print(r is l, l)
d = {1: "a"}
d.__setitem__(2, "b"); d.__delitem__(1)
print(d, dict.__getitem__(d, 2), d.__len__(), d.__contains__(2), list(d.__iter__()), list(d.__reversed__()))
print(str.upper("a"), str.join(",", ["x", "y"]), "abc".__getitem__(1), "abc".__contains__("b"), tuple.__len__((1, 2)), list(reversed((1, 2))))
s = {1}
print(s.__len__(), s.__contains__(1), list(s.__iter__()), frozenset([2]).__contains__(2))
