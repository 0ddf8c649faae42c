def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a, b = 1+2j, 3-4j
print(a + b, a - b, a * b, a / b, -a, +a, a ** 2, a ** 0, a ** -1, b ** 0.5)
print(a + 1, 1 + a, a * 2, 2.5 * a, a - 1.5, 1 - a, a / 2, 2 / a, True + a)
print(1j ** 2, 1j ** 1j, 2 ** 0.5j, (1 + 1j) ** -2, 0j ** 0, 0j ** 2, (-1+0j) ** 0.5, (1+1j) ** 3)
err(lambda: a // 2)
err(lambda: a % 2)
err(lambda: divmod(a, 2))
err(lambda: a / 0)
err(lambda: a / 0j)
err(lambda: 1 / 0j)
err(lambda: 0j ** -1)
err(lambda: 0j ** 1j)
err(lambda: (1e200 + 1e200j) ** 2.5)
err(lambda: a + "x")
err(lambda: a << 1)
