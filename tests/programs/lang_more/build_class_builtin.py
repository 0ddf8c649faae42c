import builtins
def body():
    x = 1
    def m(self): return 42
C = builtins.__build_class__(body, 'C')
print(C.__name__, C().m() if hasattr(C, 'm') else 'no m')
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta', name, [b.__name__ for b in bases], sorted(kw))
        return super().__new__(mcls, name, bases, ns)
D = __build_class__(lambda: None, 'D', C, metaclass=Meta, flag=1)
print(type(D).__name__, D.__mro__[1].__name__)
for a in [(), (body,), (1, 'x'), (body, 1)]:
    try:
        __build_class__(*a)
    except TypeError as e:
        print(e)
def body2(a): pass
try:
    __build_class__(body2, 'E')
except TypeError as e:
    print(e)
