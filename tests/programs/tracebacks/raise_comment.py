def f():
    raise ValueError("boom")  # boom
f()
