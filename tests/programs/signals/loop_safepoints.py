# A signal handler's exception raised at a loop's safepoint (a back edge, a for-loop step)
# belongs to the loop's try statement, in every kind of loop the specializer rewrites.
import signal


class Timeout(Exception):
    pass


def raise_timeout(signum, frame):
    raise Timeout('alarm')


signal.signal(signal.SIGALRM, raise_timeout)


def for_range():
    n = 0
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        for i in range(10**12):
            n += 1
    except Timeout as e:
        return 'for range: ' + str(e), n > 0


def for_list():
    items = list(range(1000))
    rounds = 0
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        while True:
            for x in items:
                pass
            rounds += 1
    except Timeout as e:
        return 'for list: ' + str(e), rounds > 0


def while_int():
    i = 0
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        while i < 10**15:
            i += 1
    except Timeout as e:
        return 'while int: ' + str(e), i > 0


def while_float():
    x = 0.0
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        while x < 1e300:
            x += 1.5
    except Timeout as e:
        return 'while float: ' + str(e), x > 0


for f in (for_range, for_list, while_int, while_float):
    print(*f())
print('after', [f.__name__ for f in (for_range, while_int)])
