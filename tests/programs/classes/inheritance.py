class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name}: {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + "!"
a = Animal("generic")
c = Cat("tom")
l = Lion("leo", "north")
for x in [a, c, l]:
    print(x.describe())
print(l.pride, l.name)
print(isinstance(l, Cat), isinstance(l, Animal), isinstance(c, Lion))
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Cat, Cat), issubclass(bool, int))
print(isinstance(3, (str, int)), issubclass(Lion, (int, Cat)))
print([k.__name__ for k in Lion.__mro__])
print(Lion.__bases__[0].__name__, Animal.__bases__[0].__name__)
print(type(l).__name__, type(l).__mro__[1].__name__)
class Base:
    def greet(self):
        return "base " + self.kind()
    def kind(self):
        return "B"
class Derived(Base):
    def kind(self):
        return "D"
print(Base().greet(), Derived().greet())
