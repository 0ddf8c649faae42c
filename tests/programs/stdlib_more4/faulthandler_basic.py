import faulthandler, sys, io, os, subprocess, tempfile

def inner():
    faulthandler.dump_traceback(sys.stdout, all_threads=False)

def outer():
    inner()

outer()
sys.stdout.flush()
print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())
faulthandler.enable(file=sys.stdout.fileno(), all_threads=False)
print(faulthandler.is_enabled())
faulthandler.disable()
with tempfile.TemporaryFile('w+') as f:
    faulthandler.dump_traceback(f, all_threads=True)
    f.seek(0)
    lines = f.read().splitlines()
    print(lines[0].split(' 0x')[0], lines[0].endswith('(most recent call first):'), len(lines))
    print(lines[1].strip().endswith('in <module>'))
for bad in (123.5, io.StringIO(), -1):
    for f in (faulthandler.enable, faulthandler.dump_traceback):
        try:
            f(file=bad)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
for sig in (4, 6, 7, 8, 11):
    try:
        faulthandler.register(sig)
    except RuntimeError as e:
        print('RuntimeError', e)
print(faulthandler.cancel_dump_traceback_later())
faulthandler.dump_traceback(99999)
print("bad descriptor ignored")
try:
    faulthandler.dump_traceback_later(0)
except ValueError as e:
    print('ValueError', e)
import signal
with tempfile.TemporaryFile('w+') as f:
    faulthandler.register(signal.SIGUSR1, file=f, all_threads=False)
    os.kill(os.getpid(), signal.SIGUSR1)
    for i in range(3):
        pass
    f.seek(0)
    lines = f.read().splitlines()
    print(len(lines), lines[0], lines[1].endswith('in <module>'))
print(faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))
code = 'import faulthandler; faulthandler.enable(); faulthandler._sigsegv()'
r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)
print(r.returncode, r.stderr.splitlines()[0])
code = 'import faulthandler; faulthandler._sigsegv()'
r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)
print(r.returncode, repr(r.stderr))
