def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

b = b"abc"
def setitem():
    b[0] = 1
def delitem():
    del b[0]
err(setitem)
err(delitem)
err(lambda: b.append(1))
