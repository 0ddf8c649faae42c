count = 0
try:
    raise ExceptionGroup("g", [ValueError(1), ValueError(2), TypeError(3)])
except* ValueError as e:
    count += 1
    print("clause ran with", len(e.exceptions), "exceptions")
except* Exception as e:
    count += 1
    print("rest", repr(e))
print(count)
