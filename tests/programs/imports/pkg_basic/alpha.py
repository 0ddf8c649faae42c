print("init alpha", __name__, __package__)
def hello():
    return "hello from alpha"
