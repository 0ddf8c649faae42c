import types
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns == types.SimpleNamespace(a=1, b="x"), ns.a)
ns.c = [1]
print(repr(ns))
def f(): pass
print(types.FunctionType is type(f), types.LambdaType is type(f))
class A:
    def m(self, x): return (self.__class__.__name__, x)
bm = types.MethodType(A.m, A())
print(bm(3))
print(types.BuiltinFunctionType is type(len), types.ModuleType is type(types))
print(types.NoneType, types.EllipsisType, types.NotImplementedType)
print(types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, types.CellType)
print(type(type.__dict__) is types.MappingProxyType)
C = types.new_class("C", (A,), {}, lambda ns: ns.update(z=5))
print(C.__name__, C.z, C.__mro__)
print(types.prepare_class("D"))
@types.coroutine
def g():
    yield 1
async def main():
    await g()
c = main()
print(c.send(None))
try:
    types.SimpleNamespace(1)
except TypeError as e: print(e)
