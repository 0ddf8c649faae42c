from contextlib import redirect_stdout, redirect_stderr
import sys
class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
b = Buf()
with redirect_stdout(b) as got:
    print("hidden", 1, 2)
    print("more")
print(got is b, "".join(b.parts).split("\n"))
e = Buf()
with redirect_stderr(e):
    print("err text", file=sys.stderr)
print(e.parts)
print("back to normal")
