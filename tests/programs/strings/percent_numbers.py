# printf-style %f and %d/%x/%o of many values (machine-sized and big, all flags) as CPython.
import random
random.seed(5)
vals = [0.0, -0.0, 0.5, 1.5, 2.5, -2.675, 1e16, 1.23456789e-7, 123456.789, 1e300, -1e-300, 0.125, 0.375, 2**53 + 0.0, 9.995, 1/3]
vals += [random.uniform(-1e6, 1e6) for _ in range(200)] + [random.random() * 10 ** random.randint(-20, 20) for _ in range(200)]
out = []
for v in vals:
    for p in (0, 1, 2, 3, 6, 10, 17, 25):
        out.append(('%.' + str(p) + 'f') % v)
    out.append('%f' % v)
print("\n".join(out))
ints = [0, 1, -1, 255, -255, 2**63 - 1, -2**63, 2**64, 2**64 - 1, -(2**64) + 1, 10**30, 7]
print(['%d|%i|%x|%X|%o|%#x|%#o|%5d|%-5d|%05d|%+d|% d|%.3d' % ((n,) * 13) for n in ints])
print('%.2f %s %d' % (1.005, 'x', 3.9), '%d' % True, '%x' % 255.0 if False else '', '%.1f' % float('inf'), '%f' % float('nan'), '%.3f' % -float('inf'))
