NAME = "b"
def who():
    return "b"
