# Complex powers: infinite results overflow, infinite phases are CPython's EDOM error;
# pow() with a modulus and a float/complex operand answers by the first such operand.
inf, nan = float('inf'), float('nan')
for f in [lambda: complex(inf, 0) ** 0.5, lambda: complex(inf, 0) ** 2, lambda: complex(inf, 1) ** 1,
          lambda: (1e200 + 1e200j) ** 2, lambda: complex(0, inf) ** 3, lambda: complex(nan, 0) ** 2,
          lambda: complex(inf, 0) ** 0, lambda: (1 + 1j) ** 1000, lambda: 1j ** complex(inf, 0),
          lambda: complex(1e308, 0) ** 2, lambda: (-1e308) ** 1.5, lambda: 1e308 ** 1.5]:
    try:
        print(f())
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for f in [lambda: (1+1j) ** complex(0, inf), lambda: 2 ** complex(inf, 1), lambda: complex(2, 1) ** complex(-inf, 0),
          lambda: (0.5+0.5j) ** complex(inf, inf), lambda: 1j ** -inf, lambda: (1+1j) ** nan]:
    try:
        print(f())
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for args in [(1j, 2, 3), (1, 2, 1j), (1j, 2, 1.5), (1.5, 2, 1j), (1.5, 2, 3), ('a', 2, 1j),
             (1.5, 2, 'a'), ('a', 2, 1.5), (2, 1.5, 1j), (2, 1j, 1.5), (2, 3, 5)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
