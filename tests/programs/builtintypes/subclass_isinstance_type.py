class P(int): pass
class S(str): pass
class Q(P): pass
for v, t in ((P(1), int), (S("a"), str), (Q(2), P), (Q(2), int), (P(1), str), (True, int)):
    print(isinstance(v, t), type(v).__name__)
print(issubclass(P, int), issubclass(Q, P), P.__mro__, Q.__bases__, type(P(3)) is P, type(P(3)) is int, P.__name__, P.__base__)
