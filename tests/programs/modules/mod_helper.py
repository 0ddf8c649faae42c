"""Helper module for the modules tests."""
print("mod_helper loading, __name__ =", __name__)
VERSION = (1, 2, 3)
counter = 0
def greet(name):
    return f"Hello, {name}!"
def bump():
    global counter
    counter += 1
    return counter
class Shape:
    def __init__(self, sides):
        self.sides = sides
    def __repr__(self):
        return f"Shape({self.sides})"
_private = "hidden"
if __name__ == "__main__":
    print("never printed when imported")
