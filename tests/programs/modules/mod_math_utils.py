import math
def hyp(a, b):
    return math.sqrt(a * a + b * b)
def mean(xs):
    return sum(xs) / len(xs)
PI2 = math.pi * 2
