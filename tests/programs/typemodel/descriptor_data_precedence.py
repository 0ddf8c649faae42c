class Data:
    def __get__(self, obj, owner=None):
        return "data-get"

    def __set__(self, obj, value):
        print("data-set", value)


class NonData:
    def __get__(self, obj, owner=None):
        return "nondata-get"


class C:
    d = Data()
    n = NonData()


c = C()
print(c.d)
c.d = 5
c.n = "instance-n"
print(c.n)
del c.n
print(c.n)
print(vars(c))
