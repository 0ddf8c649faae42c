from collections import defaultdict
class Loud(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)
def f(x):
    match x:
        case {"k": v}:
            return f"k={v}"
        case _:
            return "no k"
print(f(Loud(k=1)))
print(f(Loud(j=1)))
dd = defaultdict(int)
dd["other"] = 5
print(f(dd))
print("k" in dd)
