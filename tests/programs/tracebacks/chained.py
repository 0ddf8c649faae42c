class C:
    def __init__(self):
        self.d = {"k": [1, 2]}
c = C()
v = c.d["k"][5]
