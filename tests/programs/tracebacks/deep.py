def rec(n):
    if n == 0:
        return {}["x"]
    return rec(n - 1) + 1
rec(5)
