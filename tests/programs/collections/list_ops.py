a = [1, 2, 3]
b = a + [4]
a += [5]
print(a, b)
print([1, 2] * 3, 2 * [0], [] * 10)
print(len([]), len([[]]), len([1, [2, 3]]))
print(min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]))
print([1, 2, 3] == [1, 2, 3], [1, 2] != [2, 1], [1, 2] < [1, 2, 3], [3] > [2, 9])
print(list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a", None, []])))
print(list(enumerate(["x", "y"], start=1)), list(zip([1, 2, 3], [4, 5, 6])))
stack = []
for i in range(5):
    stack.append(i)
while stack:
    print(stack.pop(), end=" ")
print()
queue = [1, 2, 3]
while queue:
    x = queue.pop(0)
    if x < 5:
        queue.append(x + 3)
    print(x, end=",")
print()
m = [[1, 2], [3, 4]]
print([list(r) for r in zip(*m)], [sum(r) for r in m])
x = [0] * 3
for i in range(3):
    x[i] = i * i
print(x, x.__len__(), x[-1])
print(list(range(-5, 5, 2)), [i for i in reversed(range(3))])
lst = [5, 3, 8]
lst2 = sorted(lst)
print(lst, lst2, lst is lst2)
