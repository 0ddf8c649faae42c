def work():
    try:
        print("working")
        raise OSError("disk full")
    finally:
        print("cleanup done")
work()
