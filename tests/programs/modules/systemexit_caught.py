import sys
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("no arg code", e.code)
try:
    raise SystemExit(2)
except BaseException as e:
    print(type(e).__name__, e.code)
def f():
    try:
        sys.exit(4)
    except Exception:
        print("Exception does not catch SystemExit")
try:
    f()
except SystemExit as e:
    print("outer", e.code)
print("still running")
