# os._exit ends the process at once: no finally blocks, no atexit handlers.
import atexit
import os
import sys

atexit.register(lambda: print("atexit ran"))
sys.stdout.flush()
try:
    print("before", flush=True)
    os._exit(3)
finally:
    print("finally ran")
