def f(x):
    match x:
        case {"action": "move", "x": x_, "y": y_}:
            return f"move to {x_},{y_}"
        case {"action": "stop"}:
            return "stop"
        case {1: one, None: n}:
            return f"odd keys {one} {n}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"
for v in [{"action": "move", "x": 1, "y": 2, "extra": 0}, {"action": "stop", "speed": 3},
          {1: "a", None: "b"}, {}, {"action": "jump"}, [("action", "stop")], "action"]:
    print(f(v))
