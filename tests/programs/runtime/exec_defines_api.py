template = """
def {name}(self):
    return "{name} of " + self.label
"""
class Widget:
    def __init__(self, label):
        self.label = label
for name in ["open", "close", "reset"]:
    ns = {}
    exec(template.format(name=name), ns)
    setattr(Widget, name, ns[name])
w = Widget("w1")
print(w.open(), w.close(), w.reset())
code = compile("total = sum(values)", "<gen>", "exec")
for vals in ([1, 2], [3, 4, 5]):
    env = {"values": vals}
    exec(code, env)
    print(env["total"])
