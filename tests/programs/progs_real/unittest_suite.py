import io
import sys
import unittest


def slugify(s):
    if not isinstance(s, str):
        raise TypeError("need a string")
    return "-".join(w.lower() for w in s.split() if w.isalnum())


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)


class TestSlugify(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(slugify("Hello World"), "hello-world")

    def test_drops_punct(self):
        self.assertEqual(slugify("a b! c"), "a-c")

    def test_type(self):
        with self.assertRaises(TypeError) as cm:
            slugify(3)
        self.assertIn("string", str(cm.exception))

    def test_fails_on_purpose(self):
        self.assertEqual(slugify("X Y"), "x_y")

    @unittest.skip("not ready")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)


class TestStack(unittest.TestCase):
    def setUp(self):
        self.s = Stack()
        self.s.push(1)
        self.s.push(2)

    def tearDown(self):
        self.s = None

    def test_pop(self):
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(len(self.s), 1)

    def test_empty(self):
        self.s.pop(); self.s.pop()
        self.assertRaisesRegex(IndexError, "empty", self.s.pop)

    def test_subtests(self):
        for i, expected in enumerate([2, 1]):
            with self.subTest(i=i):
                self.assertEqual(self.s.pop(), expected)

    def test_misc_asserts(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsNone(None)
        self.assertIsInstance(self.s, Stack)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertGreater(3, 2)
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertNotIn(5, [1, 2])

    def test_error(self):
        {}["missing"]


def run(verbosity):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity)
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    suite.addTests(loader.loadTestsFromTestCase(TestSlugify))
    suite.addTests(loader.loadTestsFromTestCase(TestStack))
    result = runner.run(suite)
    out = stream.getvalue()
    lines = []
    for line in out.splitlines():
        if line.startswith("Ran "):
            line = line.split(" in ")[0]
        if line.startswith('  File "'):
            line = '  File "...", ' + line.split(", ", 1)[1]
        lines.append(line)
    print("\n".join(lines))
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), result.wasSuccessful())


run(1)
print("=" * 20)
run(2)
print(sorted(unittest.TestLoader().getTestCaseNames(TestStack)))
tc = TestStack("test_pop")
print(tc.id(), str(tc).replace("__main__", "M"))
try:
    tc.assertEqual([1, 2, 3], [1, 2, 4])
except AssertionError as e:
    print(e)
try:
    tc.assertEqual("abc\ndef\n", "abc\nxyz\n")
except AssertionError as e:
    print(e)
