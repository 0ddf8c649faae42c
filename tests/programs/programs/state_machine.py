class TrafficLight:
    TRANSITIONS = {
        ("red", "timer"): "green",
        ("green", "timer"): "yellow",
        ("yellow", "timer"): "red",
        ("red", "emergency"): "red",
        ("green", "emergency"): "red",
        ("yellow", "emergency"): "red",
    }
    def __init__(self):
        self.state = "red"
        self.log = []
    def fire(self, event):
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            raise ValueError(f"invalid event {event!r} in state {self.state!r}")
        new = self.TRANSITIONS[key]
        self.log.append(f"{self.state} --{event}--> {new}")
        self.state = new
light = TrafficLight()
for ev in ["timer", "timer", "emergency", "timer", "timer", "timer", "honk"]:
    try:
        light.fire(ev)
    except ValueError as e:
        print("error:", e)
print("\n".join(light.log))
def parse_number(s):
    state = "start"
    for ch in s:
        if state == "start":
            state = "sign" if ch in "+-" else "int" if ch.isdigit() else "dead"
        elif state in ("sign", "int"):
            if ch.isdigit():
                state = "int"
            elif ch == "." and state == "int":
                state = "dot"
            else:
                state = "dead"
        elif state in ("dot", "frac"):
            state = "frac" if ch.isdigit() else "dead"
        if state == "dead":
            return False
    return state in ("int", "frac")
for s in ["42", "-7", "+3.14", "3.", ".5", "1.2.3", "", "-", "12a", "007.50"]:
    print(repr(s), parse_number(s))
def vending(events):
    credit = 0
    out = []
    for ev, arg in events:
        if ev == "coin":
            credit += arg
        elif ev == "buy":
            if credit >= arg:
                credit -= arg
                out.append(f"vend {arg}")
            else:
                out.append(f"need {arg - credit} more")
        elif ev == "refund":
            out.append(f"refund {credit}")
            credit = 0
    return out, credit
print(vending([("coin", 25), ("buy", 50), ("coin", 25), ("coin", 10), ("buy", 50), ("refund", None), ("coin", 5)]))
