class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
class Stack:
    def __init__(self):
        self.head = None
        self.size = 0
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty stack")
        v = self.head.val
        self.head = self.head.next
        self.size -= 1
        return v
    def __len__(self):
        return self.size
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __repr__(self):
        return "Stack(" + ", ".join(map(repr, self)) + ")"
s = Stack()
for i in range(5):
    s.push(i * i)
print(s, len(s), list(s))
print(s.pop(), s.pop(), s)
while s:
    s.pop()
print(s, len(s), bool(s))
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
def reverse(head):
    prev = None
    while head:
        head.next, prev, head = prev, head, head.next
    return prev
h = None
for v in "abcde":
    h = Node(v, h)
h = reverse(h)
out = []
while h:
    out.append(h.val)
    h = h.next
print(out)
