import types
def gen():
    yield 1
async def co():
    return 1
async def agen():
    yield 1
class C:
    def m(self):
        pass
    @classmethod
    def cm(cls):
        pass
g = gen()
c = co()
print(isinstance(gen, types.FunctionType), isinstance(g, types.GeneratorType), isinstance(c, types.CoroutineType))
c.close()
print(isinstance(agen(), types.AsyncGeneratorType), isinstance(C().m, types.MethodType), isinstance(C.cm, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType), isinstance(None, types.NoneType))
print(isinstance(..., types.EllipsisType), isinstance(NotImplemented, types.NotImplementedType))
print(isinstance(lambda: 0, types.LambdaType), isinstance(C.m, types.FunctionType), isinstance(C, types.FunctionType))
print(types.EllipsisType.__name__)
