"""A bank account class with a unittest suite (some tests fail on purpose), run programmatically."""
import io
import unittest
from unittest import mock


class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed, self.available = needed, available


class Account:
    _next = 1000

    def __init__(self, owner, balance=0.0):
        if balance < 0:
            raise ValueError("opening balance must be >= 0")
        self.owner = owner
        self._balance = balance
        self.history = []
        Account._next += 1
        self.number = Account._next

    @property
    def balance(self):
        return round(self._balance, 2)

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self

    def transfer(self, other, amount, notify=print):
        self.withdraw(amount)
        other.deposit(amount)
        notify(f"{self.owner} -> {other.owner}: {amount}")

    def __str__(self):
        return f"#{self.number} {self.owner}: {self.balance:,.2f}"


class AccountTests(unittest.TestCase):
    def setUp(self):
        self.a = Account("ann", 100)
        self.b = Account("bob")

    def test_deposit_chain(self):
        self.a.deposit(50).deposit(25.5)
        self.assertEqual(self.a.balance, 175.5)
        self.assertEqual(len(self.a.history), 2)

    def test_withdraw_too_much(self):
        with self.assertRaises(InsufficientFunds) as cm:
            self.a.withdraw(500)
        self.assertEqual(cm.exception.needed, 500)
        self.assertIn("need 500.00", str(cm.exception))

    def test_bad_values(self):
        for bad in (0, -1, -0.01):
            with self.subTest(amount=bad):
                self.assertRaises(ValueError, self.a.deposit, bad)
        with self.assertRaisesRegex(ValueError, r"opening .* >= 0"):
            Account("x", -5)

    def test_transfer_notifies(self):
        notify = mock.Mock()
        self.a.transfer(self.b, 40, notify=notify)
        notify.assert_called_once_with("ann -> bob: 40")
        self.assertEqual((self.a.balance, self.b.balance), (60, 40))

    def test_str(self):
        self.a.deposit(1234567.891)
        self.assertRegex(str(self.a), r"^#\d+ ann: 1,234,667\.89$")

    def test_float_almost(self):
        self.a.deposit(0.1).deposit(0.2)
        self.assertAlmostEqual(self.a._balance, 100.3, places=7)
        self.assertNotEqual(self.a._balance, 100.3)

    def test_intentional_failure(self):
        self.assertEqual(self.b.balance, 1, "bob should have money")

    def test_intentional_error(self):
        self.b.withdraw(10)

    @unittest.skip("not implemented yet")
    def test_interest(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertTrue(Account("z").balance)

    def test_collections(self):
        self.assertListEqual([1, 2], [1, 2])
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertCountEqual("abc", "cab")
        self.assertIsInstance(self.a, Account)
        self.assertIsNone(None)
        self.assertGreater(2, 1)
        self.assertLessEqual(1, 1)


class SubTestFailures(unittest.TestCase):
    def test_even(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)


if __name__ == "__main__":
    stream = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(AccountTests)
    suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(SubTestFailures))
    print("tests:", suite.countTestCases())
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    lines = stream.getvalue().splitlines()
    for line in lines:
        if line.startswith(("test_", "Ran", "FAILED", "OK", "AssertionError", "FAIL:", "ERROR:")) or "Error" in line:
            if not line.startswith("Ran"):
                print(line)
            else:
                print(line.split(" in ")[0])
    print("failures:", [(t.id().split(".")[-1], m.splitlines()[-1]) for t, m in result.failures])
    print("errors:", [t.id().split(".")[-1] for t, _ in result.errors])
    print("skipped:", result.skipped[0][1], "| expected failures:", len(result.expectedFailures))
    print("wasSuccessful:", result.wasSuccessful(), "testsRun:", result.testsRun)
    m = mock.MagicMock(return_value=3)
    m(1, k=2)
    m.method.side_effect = [1, KeyError("k")]
    print(m(), m.call_count, m.call_args, m.method(), m.call_args_list)
    try:
        m.method()
    except KeyError as e:
        print("side effect raised", repr(e))
    with mock.patch.object(Account, "deposit", return_value="patched") as p:
        print(Account("q").deposit(5), p.called)
    print(Account("q").deposit(5).balance)
    unittest.main(argv=["prog", "AccountTests.test_str", "AccountTests.test_intentional_failure"], exit=True)
