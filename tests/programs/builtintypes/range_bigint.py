r = range(10**20, 10**20 + 3)
print(r, len(r), list(r), r[0], r[-1], r[1:], 10**20 + 1 in r, 10**20 + 5 in r, 5 in r, r.start, r.stop, r.step)
print(list(reversed(r)), r.index(10**20 + 2), r.count(10**20), bool(r), r == range(10**20, 10**20 + 3), range(2**64)[-1], range(2**64)[2**63])
big = range(2**64)
try:
    len(big)
except OverflowError as e:
    print("OverflowError", e)
print(big[10:13], bool(big), 2**63 in big, big[::2**62], range(-2**70, 0, 2**68), list(range(-2**70, 0, 2**68))[:2])
try:
    big[2**64]
except IndexError as e:
    print("IndexError", e)
