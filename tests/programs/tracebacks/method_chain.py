class A:
    def step(self):
        return self

    def fail(self, x):
        return x / 0


a = A()
a.step().step().fail(1)
