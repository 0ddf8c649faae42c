# -X max_memory style caps are tested in tests/memory_bounds.rs; here: MemoryError is an
# ordinary exception that can be caught and the program continues.
try:
    x = "y" * (2**62)
except MemoryError as e:
    print("caught", type(e).__name__, repr(e), e.args)
try:
    [0] * (2**60)
except MemoryError:
    print("caught list")
try:
    raise MemoryError("custom")
except MemoryError as e:
    print(e)
print(issubclass(MemoryError, Exception), MemoryError.__mro__)
try:
    bytes(2**62)
except MemoryError:
    print("caught bytes")
print("still running", len("x" * 1000))
