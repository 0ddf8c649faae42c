import sys
print("before exit")
sys.stdout.write("partial line")
sys.exit(3)
print("never")
