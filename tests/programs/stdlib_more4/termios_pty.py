import termios, tty, pty, os, sys, select

try:
    termios.tcgetattr(0)   # stdin is not a terminal in the tests
except termios.error as e:
    print('termios.error', e.args)
master, slave = os.openpty()
print(os.isatty(slave), os.get_inheritable(master), os.ttyname(slave).startswith('/dev/pts/'))
attrs = termios.tcgetattr(slave)
print(len(attrs), [type(a).__name__ for a in attrs], len(attrs[6]), termios.NCCS)
print(attrs[:6])
print(attrs[6][:8], attrs[6][termios.VMIN], attrs[6][termios.VTIME])
print(bool(attrs[3] & termios.ICANON), bool(attrs[3] & termios.ECHO))
tty.setraw(slave)
raw = termios.tcgetattr(slave)
print(raw[:6], raw[6][termios.VMIN], raw[6][termios.VTIME])
tty.setcbreak(slave, termios.TCSANOW)
print(termios.tcgetattr(slave)[3] & (termios.ECHO | termios.ICANON))
new = list(attrs)
new[4] = new[5] = termios.B9600
termios.tcsetattr(slave, termios.TCSANOW, new)
print(termios.tcgetattr(slave)[4:6], termios.B9600)
print(termios.tcgetwinsize(slave))
termios.tcsetwinsize(slave, (24, 80))
print(termios.tcgetwinsize(slave), os.get_terminal_size(slave))
termios.tcflush(slave, termios.TCIOFLUSH)
termios.tcdrain(slave)
class F:
    def fileno(self):
        return slave
print(termios.tcgetattr(F())[3] == termios.tcgetattr(slave)[3])
for bad in [lambda: termios.tcsetattr(slave, termios.TCSANOW, [1, 2]),
            lambda: termios.tcsetattr(slave, termios.TCSANOW, attrs[:6] + [[b'x'] * 3]),
            lambda: termios.tcsetattr(slave, termios.TCSANOW, attrs[:6] + [[1.5] * termios.NCCS]),
            lambda: termios.tcsetattr(slave, 12345, attrs),
            lambda: termios.tcgetattr('x'),
            lambda: termios.tcsetwinsize(slave, 5),
            lambda: termios.tcgetattr(999)]:
    try:
        bad()
    except (TypeError, termios.error) as e:
        print(type(e).__name__, e)
os.close(master); os.close(slave)
print(termios.TCSANOW, termios.TCSADRAIN, termios.TCSAFLUSH, termios.VMIN, termios.ECHO, tty.IFLAG, tty.CC)

sys.stdout.flush()
pid, fd = pty.fork()
if pid == 0:
    print('child on tty', os.isatty(0), os.isatty(1))
    sys.stdout.flush()
    os._exit(3)
out = b''
while True:
    try:
        data = os.read(fd, 1024)
    except OSError:
        break
    if not data:
        break
    out += data
print(out)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
os.close(fd)
sys.stdout.flush()
status = pty.spawn(['echo', 'spawned'])
print(status)
try:
    os.execv('/nonexistent/prog', ['prog'])
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
for args in [('/bin/true', []), ('/bin/true', ['']), ('/bin/true', 'x')]:
    try:
        os.execv(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
