import sys
print("exiting cleanly")
try:
    sys.exit(0)
finally:
    print("finally runs on sys.exit")
print("not printed")
