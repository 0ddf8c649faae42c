def f(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "other"
for v in [None, True, False, 1, 0, 1.0, 0.0, "", []]:
    print(repr(v), f(v))
class AlwaysEq:
    def __eq__(self, other):
        return True
print(f(AlwaysEq()))
