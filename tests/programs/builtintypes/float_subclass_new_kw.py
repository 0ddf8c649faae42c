class Money(float):
    def __new__(cls, amount, currency="EUR"):
        self = super().__new__(cls, amount)
        self.currency = currency
        return self
    def __str__(self):
        return f"{float(self):.2f} {self.currency}"
m = Money("12.5", currency="USD")
print(m, repr(m), m.currency, m + 1, m > 12, sorted([Money(3), Money(1)]))
