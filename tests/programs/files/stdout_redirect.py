import sys
class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
    def flush(self):
        pass
old = sys.stdout
cap = Capture()
sys.stdout = cap
print("captured", 1)
print("more")
sys.stdout = old
print(cap.data)
sys.stdout = sys.__stdout__
print("restored")
