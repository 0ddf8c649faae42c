def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(1+0j == 1, 1 == 1+0j, 1.5+0j == 1.5, 1j == 1, 2j == 2j, 1+2j != 1+2j, 0j == 0, 0j == False, 1j == "1j", 1j == None)
print(hash(1+0j) == hash(1), hash(2.5+0j) == hash(2.5), hash(0j) == hash(0), hash(1+2j), hash(-1j), hash(complex(1.5, -2.25)))
d = {1: "int", 1+0j: "complex"}
print(d, {2j: 1}[2j], 1j in [1j], (1+1j) in {1+1j})
err(lambda: 1j < 2j)
err(lambda: 1j > 1)
err(lambda: 1 <= 1j)
err(lambda: sorted([1j, 2j]))
