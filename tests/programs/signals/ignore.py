# SIG_IGN, errors, names and numbers.
import signal

print(signal.signal(signal.SIGUSR1, signal.SIG_IGN))
signal.raise_signal(signal.SIGUSR1)
print('still here')
print(signal.getsignal(signal.SIGUSR1))
print(signal.getsignal(signal.SIGUSR1) is signal.SIG_IGN)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL))

print(signal.SIGINT, repr(signal.SIGINT), int(signal.SIGTERM))
print(signal.Signals(15), signal.Signals.SIGALRM.name, signal.Signals(6).name)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN))
print(signal.NSIG)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM))
valid = signal.valid_signals()
print(len(valid), signal.SIGINT in valid, 9 in valid)
print(sorted(valid)[:3])
print(repr(signal.getsignal(signal.SIGPIPE)))
print(isinstance(signal.SIGINT, int), signal.SIGINT == 2)

for bad in [(0, signal.SIG_DFL), (1000, signal.SIG_DFL), (signal.SIGUSR1, 'x'),
            (signal.SIGUSR1, 5), (signal.SIGKILL, signal.SIG_IGN), ('2', signal.SIG_DFL)]:
    try:
        signal.signal(*bad)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
try:
    signal.getsignal(99)
except ValueError as e:
    print('ValueError', e)
try:
    signal.raise_signal(-1)
except (ValueError, OSError) as e:
    print(type(e).__name__, e)
