class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
eg = MyEG("m", [ValueError(1), TypeError(2)])
eg.__cause__ = KeyError("cause")
eg.add_note("a note")
m, r = eg.split(ValueError)
print(type(m).__name__, repr(m), repr(r))
print(repr(m.__cause__), m.__notes__, r.__notes__)
plain = ExceptionGroup("p", [ValueError()])
d = plain.derive([TypeError()])
print(type(d).__name__, repr(d))
