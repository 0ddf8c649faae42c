# alarm() and setitimer() deliver SIGALRM to a handler, interrupting a loop and a sleep.
import signal
import time

fired = []


def on_alarm(signum, frame):
    fired.append(signum)


signal.signal(signal.SIGALRM, on_alarm)
print(signal.alarm(1))
print(signal.alarm(1) in (0, 1))
start = time.time()
while not fired:
    pass
print('fired', fired, time.time() - start < 5)


class Timeout(Exception):
    pass


def raise_timeout(signum, frame):
    raise Timeout('alarm')


signal.signal(signal.SIGALRM, raise_timeout)
signal.setitimer(signal.ITIMER_REAL, 0.05)
start = time.time()
try:
    time.sleep(10)
except Timeout as e:
    print('sleep interrupted by', e, time.time() - start < 5)
try:
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    while True:
        pass
except Timeout:
    print('loop interrupted')
print(signal.getitimer(signal.ITIMER_REAL))
print(signal.alarm(0))
