def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("{name} is {age}".format_map({"name": "Ann", "age": 30}))
print("{x[0]} {y.real}".format_map({"x": [1, 2], "y": 3j}))
print("{a:>5}|{b:.2f}".format_map({"a": "r", "b": 3.14159}))
class M(dict):
    pass
print("{k}".format_map(M(k="sub")))
err(lambda: "{missing}".format_map({}))
err(lambda: "{0}".format_map({}))
err(lambda: "{a}".format_map([1]))
err(lambda: "x".format_map())
