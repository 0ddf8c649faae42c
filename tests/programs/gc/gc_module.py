import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(type(gc.collect()) is int, type(gc.collect(0)) is int)
try:
    gc.collect(5)
except ValueError as e:
    print("ValueError", e)
print(len(gc.get_count()))
print(gc.garbage, gc.freeze(), gc.unfreeze(), gc.get_freeze_count())
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked([]))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked((1, 2)), gc.is_tracked(([],)))


class Node:
    pass


n = Node()
holder = [n]
other = {"k": n}
print(sum(1 for r in gc.get_referrers(n) if r is holder or r is other))
print(n in gc.get_referents(holder), holder in gc.get_referents([holder]))
print(Node in gc.get_referents(n))


class Del:
    def __del__(self):
        pass


x = Del()
print(gc.is_finalized(x))
del x
gc.collect()
