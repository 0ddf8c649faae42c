import types
m = types.ModuleType("mymod", "the doc")
print(m.__name__, m.__doc__, type(m) is types.ModuleType, isinstance(m, types.ModuleType))
m.value = 21
exec("def double():\n    return value * 2\n", m.__dict__)
print(m.double(), hasattr(m, "double"))
n = types.ModuleType("other")
print(n.__doc__, n.__name__)
try:
    types.ModuleType(3)
except TypeError as e:
    print(e)
try:
    m.missing
except AttributeError as e:
    print(e)
