class T(tuple): pass
class L(list): pass
print(sorted([T((2, 1)), T((1, 2)), (1, 1)]), {T((1,)): 1}[(1,)], [L([1])] == [[1]], L([T((1,))]), T((L([1]), 2)))
x = L([L([1, 2]), T((3,))])
print(x, len(x), x[0][1], x == [[1, 2], (3,)], sum(len(i) for i in x))
