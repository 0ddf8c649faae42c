# A suspended generator's `finally` runs when it is dropped: `del`, a loop left by `break`,
# the return of the function holding it.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print('finally', tag)
it = gen('del'); next(it)
del it
print('after del')
for x in gen('break'):
    break
print('after break')
def first():
    for x in gen('return'):
        return x
print('first', first())
def inner_break():
    for x in gen('inner break'):
        break
    print('after inner break')
inner_break()
for x in gen('exhausted'):
    pass
print('after exhausted')
it = gen('kept')
for x in it:
    break
print('still held')
del it
print('end')
