class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, repr(s), type(s).__name__, s.peek(), len(s), s + [4], type(s + [4]).__name__, s * 2, s[0:2], type(s[0:2]).__name__)
s.extend([5]); s.sort(reverse=True); s.insert(0, 9)
print(s, s == [9, 5, 3, 2, 1], sorted(s), s.pop(), s.index(3), s.count(2))
s += [7]
print(s, type(s).__name__)
s.attr = 1
print(s.attr, isinstance(s, list))
