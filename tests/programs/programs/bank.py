class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner}: balance {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def month_end(self):
        pass
    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.owner}, {self.balance})"
class Savings(Account):
    rate_bp = 125
    def month_end(self):
        interest = self.balance * self.rate_bp // 10000
        if interest:
            self.deposit(interest)
class Checking(Account):
    fee = 5
    def withdraw(self, amount):
        super().withdraw(amount + self.fee)
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, initial):
        a = cls(owner, initial)
        self.accounts[a.id] = a
        return a
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e)
            return False
        self.accounts[dst].deposit(amount)
        return True
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open(Savings, "alice", 10000)
bob = bank.open(Checking, "bob", 500)
carol = bank.open(Account, "carol", 0)
print(bank.accounts)
print(bank.transfer(alice.id, bob.id, 2500))
print(bank.transfer(bob.id, carol.id, 2998))
print(bank.transfer(bob.id, carol.id, 2990))
try:
    carol.deposit(-5)
except ValueError as e:
    print("error:", e)
for month in range(1, 13):
    for a in bank.accounts.values():
        a.month_end()
    if month % 4 == 0:
        print("month", month, [a.balance for a in bank.accounts.values()], bank.total())
for a in sorted(bank.accounts.values(), key=lambda a: -a.balance):
    print(a, len(a.history), a.history[:3])
