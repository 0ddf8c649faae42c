try:
    {}["key"]
except KeyError:
    print("handling KeyError")
    raise TypeError("while handling")
