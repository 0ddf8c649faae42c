def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

ba = bytearray(b"ab")
alias = ba
ba += b"cd"
ba += bytearray(b"e")
ba += memoryview(b"f")
print(ba, alias is ba, alias)
ba *= 2
print(ba, alias is ba)
ba *= 0
print(ba, alias)
b = b"xy"
b2 = b
b += b"z"
print(b, b2, b is b2)
def iadd():
    global ba
    ba += "str"
err(iadd)
print(bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"x") * 3)
