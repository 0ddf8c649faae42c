def work():
    try:
        raise ExceptionGroup("jobs", [ValueError("a"), TypeError("b"), ValueError("c")])
    except* ValueError as e:
        print("handled", len(e.exceptions))
print("start")
work()
