results = []
for s in ["1", "2", "x", "4", "", "6.0", "7"]:
    try:
        results.append(int(s))
    except ValueError as e:
        results.append(None)
        print("skip:", e)
print(results)
total = 0
data = {"a": 1, "b": "two", "c": 3, "d": None}
for k in sorted(data):
    try:
        total += data[k]
    except TypeError as e:
        print(k, "->", e)
print(total)
i = 0
while True:
    try:
        if i >= 3:
            raise StopIteration
        i += 1
    except StopIteration:
        print("stopped at", i)
        break
def first_int(xs):
    for x in xs:
        try:
            return int(x)
        except (ValueError, TypeError):
            continue
    return None
print(first_int(["a", None, [1], "42", "7"]), first_int([]))
