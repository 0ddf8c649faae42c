L = list(range(20)); T = tuple(L); S = "hello world"; U = "héllo wörld"
for lo in (None, 0, 3, -3, 25, -25):
    for hi in (None, 0, 5, -5, 30, -30):
        for st in (None, 1, 2, -1, -3):
            print(L[lo:hi:st], T[lo:hi:st], S[lo:hi:st], U[lo:hi:st], end='|')
print()
print(T[:] is T, T[::-1] is T, S[:] is S, S[0:] is S, U[:] is U, L[:] is L)
class Idx:
    def __index__(self): return 2
print(L[Idx():], L[:Idx()], S[::Idx()])
try: L[::0]
except ValueError as e: print('VE', e)
try: L['a':]
except TypeError as e: print('TE', e)
class G:
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): print('set', k, v)
g = G(); print(g[1:2], g[::3], g[:]); g[1:2] = 5
M = list(range(10)); M[2:5] = M; print(M)
M = list(range(10)); M[::2] = M[1::2]; print(M)
M = list(range(10)); M[:3] = (7, 8); print(M)
M = list(range(10)); M[8:2] = [1]; print(M)
M = list(range(10)); M[::-1] = M; print(M)
try:
    M[::2] = [1]
except ValueError as e: print('VE', e)
M[1:3] = "ab"; print(M)
M[1:3] = range(3); print(M)
import array
a = array.array('i', [1,2,3,4]); print(a[1:3]); a[1:3] = array.array('i', [9]); print(a)
b = bytearray(b'abcdef'); print(b[1:4], b[::-1]); b[1:3] = b'XYZ'; print(b)
print(b'abcdef'[1:-1], range(10)[2:8:2], memoryview(b'abc')[1:].tobytes())
x = [1,2,3]; x[1:2] += [5]; print(x)
t = (1, 2, 3)
try: t[0:1] = [4]
except TypeError as e: print('TE', e)
