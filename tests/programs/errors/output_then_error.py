import sys
for i in range(1000):
    print("line", i)
sys.stdout.write("no trailing newline")
raise ValueError("after lots of output")
