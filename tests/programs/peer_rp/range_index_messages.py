# range.index: an int that is absent names the value; anything else is the generic message.
r = range(10, 20)
for x in [25, True, 2**70, "a", 2.5, None]:
    try:
        r.index(x)
    except ValueError as e:
        print(e)
print(r.index(12.0), r.index(True + 10), range(0, 10, 3).count(3.0))
