COUNT = 10
def hello():
    return "hello from loadme"
