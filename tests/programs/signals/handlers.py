# signal.signal with Python handlers, raised by raise_signal and os.kill.
import os
import signal

got = []


def on_usr1(signum, frame):
    got.append(('usr1', signum))
    print('handler: usr1', signum == signal.SIGUSR1)


print(signal.getsignal(signal.SIGUSR1))
old = signal.signal(signal.SIGUSR1, on_usr1)
print('old handler:', old, repr(old))
print(signal.getsignal(signal.SIGUSR1) is on_usr1)
signal.raise_signal(signal.SIGUSR1)
print('after raise_signal', got)
os.kill(os.getpid(), signal.SIGUSR1)
print('after kill', got)

# A handler's exception propagates from the interrupted point.
class Stop(Exception):
    pass


def on_usr2(signum, frame):
    raise Stop('from handler %d' % signum)


signal.signal(signal.SIGUSR2, on_usr2)
try:
    signal.raise_signal(signal.SIGUSR2)
    print('not reached')
except Stop as e:
    print('caught', e)

# Handlers run between instructions of a running loop, too.
count = 0


def on_term(signum, frame):
    global count
    count += 1


signal.signal(signal.SIGTERM, on_term)
for i in range(5):
    os.kill(os.getpid(), signal.SIGTERM)
print('term count', count)

# Restoring SIG_DFL returns the previous handler.
print(signal.signal(signal.SIGTERM, signal.SIG_DFL) is on_term)
print(signal.getsignal(signal.SIGTERM))

# SIGINT's default handler raises KeyboardInterrupt.
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print('default_int_handler raises')

# A handler that takes the frame.
def show_frame(signum, frame):
    print('frame given:', frame is not None)


signal.signal(signal.SIGUSR1, show_frame)
signal.raise_signal(signal.SIGUSR1)
