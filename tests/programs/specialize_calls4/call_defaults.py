# Specialized calls of Python functions whose defaults complete the positional arguments
# (CALL_PY, CALL_METHOD_PY, CALL_METHOD_FN), with their guards failing mid-loop.
import mod_calls4


def add(a, b=10, c=100):
    return a + b + c


def plain_calls():
    out = []
    for i in range(40):
        out.append(add(i))
        out.append(add(i, 1))
        out.append(add(i, 1, 2))
    print(sum(out), out[:6], out[-3:])


plain_calls()


def defaults_changed():
    out = []
    for i in range(40):
        if i == 20:
            add.__defaults__ = (5, 6)
        if i == 30:
            add.__defaults__ = (7,)
        try:
            out.append(add(i))
        except TypeError as e:
            out.append(str(e))
        out.append(add(i, 1))
    print(out[38:42], out[58:62], out[-4:])
    add.__defaults__ = (10, 100)


defaults_changed()


def wrong_counts():
    msgs = []
    for i in range(30):
        try:
            if i < 25:
                r = add(i)
            elif i == 25:
                r = add()
            elif i == 26:
                r = add(1, 2, 3, 4)
            elif i == 27:
                r = add(i, 2)
            else:
                r = add(i, c=1)
        except TypeError as e:
            r = "TypeError: " + str(e)
        msgs.append(r)
    print(msgs[24:])


wrong_counts()


def callee_replaced():
    global add
    saved = add
    out = []
    for i in range(40):
        if i == 15:
            add = lambda a, b=1: a - b
        if i == 25:
            add = max
        if i == 35:
            def add(*args):
                return len(args)
        try:
            out.append(add(i, 3))
            out.append(add(i))
        except TypeError as e:
            out.append(str(e))
    print(out[26:34], out[-6:])
    add = saved


callee_replaced()


class Shape:
    def __init__(self, w):
        self.w = w

    def area(self, h=2, scale=1):
        return self.w * h * scale


def method_calls():
    s = Shape(3)
    out = []
    for i in range(40):
        if i == 20:
            Shape.area.__defaults__ = (10, 10)
        if i == 30:
            Shape.area = lambda self, h=-1: self.w * h
        out.append(s.area())
        out.append(s.area(i))
    print(out[36:44], out[-4:])
    try:
        s.area(1, 2, 3)
    except TypeError as e:
        print("TypeError:", e)


method_calls()


def method_wrong_counts():
    class P:
        def m(self, a, b=1):
            return a + b

    p = P()
    out = []
    for i in range(30):
        try:
            if i < 26:
                out.append(p.m(i))
            elif i == 26:
                out.append(p.m())
            elif i == 27:
                out.append(p.m(1, 2, 3))
            else:
                out.append(p.m(i, i))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    print(out[24:])


method_wrong_counts()


def module_functions():
    out = []
    for i in range(40):
        if i == 20:
            mod_calls4.scaled.__defaults__ = (3,)
        try:
            out.append(mod_calls4.scaled(i))
            out.append(mod_calls4.scaled(i, 5))
        except TypeError as e:
            out.append("TypeError: " + str(e))
        out.append(mod_calls4.pair(i))
    print(out[54:64], out[-4:])
    try:
        mod_calls4.pair()
    except TypeError as e:
        print("TypeError:", e)


module_functions()


def recursion_with_defaults(n, acc=0, step=1):
    if n == 0:
        return acc
    return recursion_with_defaults(n - step, acc + n)


print(recursion_with_defaults(200))
