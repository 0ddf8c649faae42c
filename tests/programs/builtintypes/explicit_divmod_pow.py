print((7).__divmod__(2), (-7).__divmod__(2), (7.5).__divmod__(2), (7).__rdivmod__(30), (7).__divmod__(2.0), (7.0).__rdivmod__(30))
print((2).__pow__(10, 1000), (3).__pow__(2, 5), (2).__pow__(3), (2).__rpow__(3), (2.0).__pow__(2), (2).__pow__(2.0))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, 100, 10**9), pow(-3, 3, 5), pow(5, 0, 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
