class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
print(Box[int], Box[str])
class MyList(list):
    pass
print(MyList[int], MyList[int]([1]), type(MyList[int]([1])).__name__)
