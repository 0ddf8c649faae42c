# An exception raised while a return/break/continue runs the finally blocks on its way out
# must still reach the enclosing try statements (their handlers and finally blocks).


def inner_finally_raises(x):
    try:
        try:
            if x:
                return 42
        finally:
            raise ValueError("from inner finally")
    finally:
        print("outer finally ran")


for x in (0, 1):
    try:
        inner_finally_raises(x)
    except ValueError as e:
        print("caught", e)


def caught_by_outer_except():
    try:
        try:
            return "value"
        finally:
            1 / 0
    except ZeroDivisionError as e:
        return "handled " + type(e).__name__


print(caught_by_outer_except())


def nested_finally_chain():
    log = []
    try:
        try:
            try:
                return log
            finally:
                log.append("a")
                raise KeyError("k")
        finally:
            log.append("b")
    except KeyError:
        log.append("c")
    finally:
        log.append("d")
    return log


print(nested_finally_chain())


def break_with_raising_finally():
    for i in range(3):
        try:
            try:
                break
            finally:
                raise RuntimeError(i)
        except RuntimeError as e:
            print("loop caught", e)
    return "done"


print(break_with_raising_finally())


def continue_with_raising_finally():
    out = []
    for i in range(3):
        try:
            try:
                continue
            finally:
                if i == 1:
                    raise IndexError(i)
        except IndexError as e:
            out.append(("caught", e.args[0]))
        out.append(i)
    return out


print(continue_with_raising_finally())


class Exiting:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise OSError("exit failed")


def with_exit_raises_on_return():
    try:
        with Exiting():
            return 1
    except OSError as e:
        return "caught " + str(e)
    finally:
        print("finally after with")


print(with_exit_raises_on_return())


def context_kept():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            return 1
        finally:
            raise ValueError("second")


try:
    context_kept()
except ValueError as e:
    print(repr(e), repr(e.__context__))


def replaced_return(x):
    try:
        try:
            if x:
                return 42
        finally:
            try:
                raise Exception
            except Exception:
                pass
            print("resumed")
    finally:
        print("outer")


print(replaced_return(1))


def gen():
    try:
        try:
            return
        finally:
            raise ValueError("in generator")
    except ValueError as e:
        yield str(e)


print(list(gen()))
