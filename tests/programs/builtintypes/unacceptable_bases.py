for base in (bool, range, slice, type(None), type(lambda: 0)):
    try:
        class X(base):
            pass
    except TypeError as e:
        print(e)
try:
    class Y1(int, str):
        pass
except TypeError as e:
    print(e)
try:
    class Y2(list, dict):
        pass
except TypeError as e:
    print(e)
try:
    class Y3(int, Exception):
        pass
except TypeError as e:
    print(e)
class Ok(int, object):
    pass
print(Ok(1) + 1)
