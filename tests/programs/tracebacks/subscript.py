def h(d):
    return d["a"]["b"] * 2
h({"a": {}})
