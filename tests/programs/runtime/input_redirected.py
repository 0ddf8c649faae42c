import sys
class FakeIn:
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self):
        return self.lines.pop(0) if self.lines else ""
class FakeOut:
    def __init__(self):
        self.got = []
    def write(self, s):
        self.got.append(s)
    def flush(self):
        pass
sys.stdin = FakeIn(["alpha\n", "beta\n"])
print(input("name? "))
out = FakeOut()
sys.stdout = out
a = input("second? ")
sys.stdout = sys.__stdout__
print(a, out.got)
try:
    input()
except EOFError as e:
    print("EOFError", e)
