print(3 + 4j - 4j, (3 + 4j) * 1j, 1j * 1j, 10j / 2j, 5 - 5j == complex(5, -5), -(2j), 2j.imag, 1e3j.imag, 0x10 * 1j)
z = 1 + 1j
z *= 2
z -= 1j
z /= 2
print(z, z == complex(1, 0.5))
