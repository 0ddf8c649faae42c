from functools import cached_property


class Dataset:
    def __init__(self, values):
        self.values = values

    @cached_property
    def total(self):
        """Sum of the values."""
        print("computing total")
        return sum(self.values)


d = Dataset([1, 2, 3])
print(d.total, d.total)
d.values.append(4)
print(d.total)
del d.total
print(d.total)
print(Dataset.total.__doc__, type(Dataset.total).__name__, Dataset.total.attrname)


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def y(self):
        return 1


try:
    Slotted().y
except TypeError as e:
    print("TypeError", e)
