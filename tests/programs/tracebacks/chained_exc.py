def f():
    try:
        return {}["k"]
    except KeyError:
        return 1 + None


f()
