# unittest.main() with the default exit=True: the report goes to stderr, exit code 1.
import unittest

class Arith(unittest.TestCase):
    def test_add(self):
        self.assertEqual(2 + 2, 4)

    def test_bad(self):
        self.assertEqual(2 * 2, 5)

print("before main")
unittest.main()
print("not reached")
