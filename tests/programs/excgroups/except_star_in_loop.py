results = []
for i in range(4):
    try:
        if i % 2:
            raise ExceptionGroup("odd", [ValueError(i)])
        results.append(i)
    except* ValueError as e:
        results.append(-e.exceptions[0].args[0])
print(results)
def g():
    out = []
    for i in range(3):
        try:
            raise ValueError(i)
        except* ValueError:
            for j in range(5):
                if j == 2:
                    break
                out.append((i, j))
    return out
print(g())
