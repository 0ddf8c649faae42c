def f():
    try:
        g()
    except* ValueError as e:
        log(e)
    except* TypeError:
        pass
