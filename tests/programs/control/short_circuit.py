log = []
def t(name, val):
    log.append(name)
    return val
print(t("a", 0) and t("b", 1))
print(log); log.clear()
print(t("a", 1) and t("b", 2))
print(log); log.clear()
print(t("a", 0) or t("b", 0) or t("c", 3) or t("d", 4))
print(log); log.clear()
print(not t("a", 0) and t("b", "x"))
print(log); log.clear()
r = t("a", []) or t("b", {}) or t("c", None)
print(r, log); log.clear()
x = t("cond", True) and "yes" or "no"
print(x, log); log.clear()
print(all(t(i, i < 2) for i in range(5)), log); log.clear()
print(any(t(i, i == 1) for i in range(5)), log); log.clear()
