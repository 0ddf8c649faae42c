class MyBool(bool):
    pass
