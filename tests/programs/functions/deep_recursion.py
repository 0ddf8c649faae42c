import sys
print(sys.getrecursionlimit() >= 1000)
sys.setrecursionlimit(200000)
print(sys.getrecursionlimit())
def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)
print(count(150000))
def sum_list(lst, i):
    if i == len(lst):
        return 0
    return lst[i] + sum_list(lst, i + 1)
print(sum_list(list(range(100000)), 0))
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 if self.nxt is None else 1 + self.nxt.length()
head = None
for _ in range(120000):
    head = Node(head)
print(head.length())
