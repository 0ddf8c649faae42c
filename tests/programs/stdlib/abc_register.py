from abc import ABC, ABCMeta
class Container(ABC):
    pass
class Mine:
    pass
print(issubclass(Mine, Container), isinstance(Mine(), Container))
Container.register(Mine)
print(issubclass(Mine, Container), isinstance(Mine(), Container))
class SubMine(Mine):
    pass
print(issubclass(SubMine, Container))
class SubC(Container):
    pass
print(issubclass(SubC, Container), isinstance(SubC(), Container), issubclass(Container, SubC))
Container.register(tuple)
print(isinstance((1,), Container), isinstance([1], Container))
print(Container.register(Mine) is Mine)
try:
    Mine.register
except AttributeError as e:
    print("no register on plain class")
try:
    SubC.register(Container)
except RuntimeError as e:
    print(e)
try:
    issubclass(3, Container)
except TypeError as e:
    print(e)
