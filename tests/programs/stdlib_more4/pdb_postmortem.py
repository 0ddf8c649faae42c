import pdb, sys, io

def inner(n):
    total = n * 2
    return total // 0

def outer():
    return inner(21)

try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__

sys.stdin = io.StringIO('p 1 + 2\npp {"b": [1, 2], "a": 3}\nw\nu\nu\nu\nd\nl 1,3\nll\nd\nd\n!print("stmt", 6 * 7)\np 1/0\np\nwhatis 3\nc\n')
pdb.post_mortem(tb)
print()
print('after first session')
sys.stdin = io.StringIO('q\n')
try:
    pdb.post_mortem(tb)
except Exception as e:
    print()
    print(type(e).__module__, type(e).__name__)
sys.stdin = io.StringIO('')
try:
    pdb.post_mortem(tb)
except Exception as e:
    print(type(e).__name__)
try:
    pdb.post_mortem()
except ValueError as e:
    print('ValueError', e)
print(issubclass(pdb.Restart, Exception), pdb.line_prefix == '\n-> ')
