def f():
    e = ValueError("broken")
    e.add_note("hint: check the input")
    e.add_note("second hint")
    raise e
print("start")
f()
