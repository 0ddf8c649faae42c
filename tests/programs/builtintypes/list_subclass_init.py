class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
n = Named("nums", [3, 1, 2])
print(n, n.name, len(n), sorted(n))
class Empty(list):
    def __init__(self, *args):
        pass
print(Empty([1, 2]), len(Empty([1, 2])))
