# __index__ results in slices: big ints clamp, non-ints are rejected.
class Big:
    def __index__(self):
        return 10**30


class NegBig:
    def __index__(self):
        return -(10**30)


class Two:
    def __index__(self):
        return 2


class Bad:
    def __index__(self):
        return 'nope'


data = [1, 2, 3, 4]
print(data[Big():], data[:Big()], data[NegBig():], data[Two():], data[:Two()])
print('abcd'[Big():], 'abcd'[:Big()], b'abcd'[NegBig():Two()], (1, 2, 3)[Two():Big()])
print(data[slice(Big(), None)], data[::10**30], data[::-(10**30)])
print(slice(Big(), None).indices(5), range(10)[Two():Big()])
d2 = list(data)
d2[Big():] = [9]
del d2[NegBig():1]
print(d2)
for obj in (data, 'abcd', b'abcd', (1, 2)):
    try:
        obj[Bad():]
    except TypeError as e:
        print(type(obj).__name__, e)
try:
    data[Bad()]
except TypeError as e:
    print(e)
