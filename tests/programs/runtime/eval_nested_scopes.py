def outer():
    k = 10
    def inner():
        return eval("k + 1", {}, {"k": k})
    return inner()
print(outer())
print([eval("i * 2") for i in range(3)] if False else [eval("j * 2", {"j": j}) for j in range(3)])
x = "global x"
def shadow():
    x = "local x"
    return eval("x"), eval("x", globals())
print(shadow())
print(eval("[a for a in range(n)]", {"n": 3}))
print(eval("(lambda: n)()", {"n": 5}))
