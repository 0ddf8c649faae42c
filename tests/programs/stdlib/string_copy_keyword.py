import string
import copy
import keyword

print(string.ascii_lowercase, string.digits, string.hexdigits, len(string.printable))
print(string.capwords('the quick  brown fox'))
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(b, c)


class Box:
    def __init__(self, items):
        self.items = items


x = Box([1, 2])
y = copy.deepcopy(x)
x.items.append(3)
print(x.items, y.items, type(y).__name__)
print(keyword.iskeyword('for'), keyword.iskeyword('foo'), len(keyword.kwlist))
