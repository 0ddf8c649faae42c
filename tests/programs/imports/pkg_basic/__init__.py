print("init pkg_basic", __name__, __package__)
VALUE = 1
