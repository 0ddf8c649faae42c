# locals() lists parameters, plain locals, captured locals, then free variables;
# exec's closure= is only for code objects.


def params_then_locals(p, *rest, kwonly=0, **extra):
    later = 1
    captured = 2
    plain = 3

    def user():
        return captured
    return list(locals())


print(params_then_locals(0))


def nested(a):
    b = 1

    def middle():
        own = 2

        def innermost():
            return a, b, own
        return list(locals())
    return middle()


print(nested(0))


def captured_param(x):
    g = lambda: x
    return list(locals())


print(captured_param(5))


def unbound_cell():
    names = list(locals())
    value = 1
    return names, (lambda: value)()


print(unbound_cell())


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as exc:
        print(label, '!!', type(exc).__name__, exc)


show('exec str closure', lambda: exec('pass', closure=(1,)))
show('exec str closure None', lambda: exec('pass', closure=None))
show('exec code closure', lambda: exec(compile('pass', 'c', 'exec'), {}, closure=()))
show('eval keywords', lambda: eval('1', closure=None))
