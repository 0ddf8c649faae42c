# Deleting a key and adding another while iterating keeps the size but changes the keys:
# the iterator must notice instead of running on over the new entries.
d = {1: 1, 2: 2}
try:
    for k in d:
        print("key", k)
        del d[k]
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)

for view in ("keys", "values", "items"):
    d = {1: 1, 2: 2, 3: 3}
    it = iter(getattr(d, view)())
    print(view, next(it))
    del d[1]
    d[9] = 9
    try:
        print(list(it))
    except RuntimeError as e:
        print("RuntimeError:", e)

# Replacing values only is fine.
d = {1: 1, 2: 2}
for k in d:
    d[k] = k * 10
print(d)

# A size change is reported as such, and the iterator stays broken.
d = {1: 1}
it = iter(d)
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
del d[2]
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
except StopIteration:
    print("StopIteration")

# Sets have no such check: same size after remove+add just goes on.
s = {1, 2, 3}
seen = 0
for x in s:
    seen += 1
    if seen > 10:
        break
print(seen)
