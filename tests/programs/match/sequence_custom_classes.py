class Seqish:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return [10, 20][i]
match Seqish():
    case [a, b]:
        print("custom class matched", a, b)
    case _:
        print("custom class without Sequence is not a sequence")
class MyList(list):
    pass
match MyList([1, 2]):
    case [a, b]:
        print("list subclass", a, b)
