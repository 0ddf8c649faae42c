# Create and drop many two-node cycles; memory must be reclaimed.
class Node:
    __slots__ = ("partner", "value")
    def __init__(self, value):
        self.value = value
        self.partner = None
checksum = 0
for i in range(1000000):
    a = Node(i)
    b = Node(i * 2)
    a.partner = b
    b.partner = a
    checksum = (checksum + a.partner.value + b.partner.value) % 1000000007
print(checksum)
