def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

z = 3 + 4j
print(abs(z), abs(-1j), abs(0j), abs(complex(float("inf"), 1)), z.conjugate(), z.real, z.imag, type(z.real).__name__)
print((1j).real, (1j).imag, complex(2).imag, z.conjugate().conjugate() == z)
err(lambda: abs(complex(1e308, 1e308)))
err(lambda: int(z))
err(lambda: float(z))
err(lambda: z.foo)
