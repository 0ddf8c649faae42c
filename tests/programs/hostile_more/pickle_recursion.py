import pickle

def nested(n, make):
    x = make(None)
    for _ in range(n):
        x = make(x)
    return x

for n in (300, 3000):
    for name, make in (("list", lambda x: [x]), ("dict", lambda x: {"k": x}), ("tuple", lambda x: (x,))):
        try:
            data = pickle.dumps(nested(n, make))
            print(n, name, "ok", len(pickle.loads(data)) if name != "dict" else "k" in pickle.loads(data))
        except RecursionError as e:
            print(n, name, "RecursionError:", e)
