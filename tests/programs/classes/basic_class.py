class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1
    def bark(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
d1 = Dog("rex", 3)
d2 = Dog("fido", 5)
print(d1.bark(), d2.bark(), Dog.count, d1.count)
print(d1.birthday().birthday().age)
print(d1.species, Dog.species)
d1.species = "wolf"
print(d1.species, d2.species, Dog.species)
Dog.species = "canis familiaris"
print(d1.species, d2.species)
del d1.species
print(d1.species)
print(type(d1).__name__, type(d1) is Dog, isinstance(d1, Dog), isinstance(d1, object))
print(sorted(vars(d2).items()), sorted(d2.__dict__))
m = d2.bark
print(m(), Dog.bark(d1))
print(getattr(d1, "name"), getattr(d1, "missing", "dflt"), hasattr(d1, "age"), hasattr(d1, "nope"))
setattr(d1, "color", "brown")
print(d1.color)
try:
    d1.fly
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(d1, "fly")
except AttributeError as e:
    print("AttributeError:", e)
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, Empty.__name__)
