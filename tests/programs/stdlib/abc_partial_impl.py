from abc import ABC, abstractmethod
class Animal(ABC):
    @abstractmethod
    def sound(self): ...
    @abstractmethod
    def name(self): ...
    @abstractmethod
    def legs(self): ...
    def describe(self):
        return f"{self.name()} says {self.sound()} on {self.legs()} legs"
class Quadruped(Animal):
    def legs(self):
        return 4
class Dog(Quadruped):
    def sound(self):
        return "woof"
    def name(self):
        return "dog"
for cls in (Animal, Quadruped, Dog):
    try:
        print(cls().describe())
    except TypeError as e:
        print(e)
class Reabstract(Dog):
    @abstractmethod
    def sound(self): ...
try:
    Reabstract()
except TypeError as e:
    print(e)
