import sys
print("some output first")
sys.exit("fatal: something went wrong")
