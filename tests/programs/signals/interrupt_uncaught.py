# A KeyboardInterrupt that nobody catches ends the program (killed by SIGINT: status -2).
import signal


def work():
    print('working')
    signal.raise_signal(signal.SIGINT)
    print('not reached')


try:
    work()
finally:
    print('finally runs')
