class ListNode:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push_front(x)
    def push_front(self, v):
        self.head = ListNode(v, self.head)
        self.size += 1
    def append(self, v):
        node = ListNode(v)
        if not self.head:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.val == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.val
            cur = cur.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return " -> ".join(map(str, self)) or "<empty>"
ll = LinkedList([3, 1, 4])
ll.append(1)
ll.append(5)
print(ll, len(ll))
print(ll.remove(1), ll.remove(42), ll)
ll.reverse()
print(ll, list(ll), sum(ll))
class BST:
    class Node:
        def __init__(self, key):
            self.key = key
            self.left = self.right = None
    def __init__(self):
        self.root = None
        self.count = 0
    def insert(self, key):
        if self.root is None:
            self.root = BST.Node(key)
            self.count += 1
            return
        cur = self.root
        while True:
            if key == cur.key:
                return
            side = "left" if key < cur.key else "right"
            nxt = getattr(cur, side)
            if nxt is None:
                setattr(cur, side, BST.Node(key))
                self.count += 1
                return
            cur = nxt
    def __contains__(self, key):
        cur = self.root
        while cur:
            if key == cur.key:
                return True
            cur = cur.left if key < cur.key else cur.right
        return False
    def inorder(self):
        def go(n):
            if n:
                yield from go(n.left)
                yield n.key
                yield from go(n.right)
        return list(go(self.root))
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65, 10]:
    t.insert(k)
print(t.inorder(), t.count, t.height())
print(40 in t, 45 in t, [k for k in range(0, 100, 10) if k in t])
t2 = BST()
for k in range(0, 300, 7):
    t2.insert((k * 37) % 301)
print(t2.count, t2.height(), t2.inorder()[:10])
