# List, dict, set and tuple displays of 100000 items (past 65,535 constants and registers).
m = 100000
a = 3
print(sum(eval("[" + ",".join(f"a + {i}" if i % 2 else str(i) for i in range(m)) + "]")))
d = eval("{" + ",".join(f"'k{i}': a * {i}" for i in range(m)) + "}")
print(len(d), d["k99999"], d["k65536"])
print(len(eval("{" + ",".join(f"a + {i}" for i in range(m)) + "}")))
t = eval("(" + ",".join(f"'s{i}'" for i in range(m)) + ")")
print(len(t), t[-1], t[65536])
