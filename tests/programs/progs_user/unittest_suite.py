"""unittest TestCase suites run programmatically with deterministic output."""
import io
import unittest


def slugify(s):
    if not isinstance(s, str):
        raise TypeError("need str")
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


class SlugTests(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(slugify("Hello World"), "hello-world")

    def test_type(self):
        with self.assertRaises(TypeError) as cm:
            slugify(3)
        self.assertEqual(str(cm.exception), "need str")

    def test_regex(self):
        with self.assertRaisesRegex(TypeError, "need"):
            slugify(None)

    def test_subtests(self):
        for s, want in [("A b", "a-b"), ("x!", ""), ("  Q  ", "q")]:
            with self.subTest(s=s):
                self.assertEqual(slugify(s), want)

    def test_fails(self):
        self.assertEqual(slugify("A B"), "a_b")

    @unittest.skip("not ready")
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)


class StackTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.log = []

    def setUp(self):
        self.s = Stack()
        self.log.append("setUp")

    def tearDown(self):
        self.log.append("tearDown")

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(len(self.s), 1)

    def test_empty(self):
        self.assertRaises(IndexError, self.s.pop)

    def test_misc(self):
        self.assertIn(3, [1, 2, 3])
        self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsInstance(self.s, Stack)
        self.assertGreater(2, 1)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertDictEqual({"a": 1}, {"a": 1})

    def test_error(self):
        raise KeyError("boom")


loader = unittest.TestLoader()
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(SlugTests))
suite.addTests(loader.loadTestsFromTestCase(StackTests))
print(suite.countTestCases())
print(sorted(loader.getTestCaseNames(StackTests)))
result = unittest.TestResult()
suite.run(result)
print("run", result.testsRun, "ok?", result.wasSuccessful())
print("failures", [t.id().split(".")[-1] for t, _ in result.failures])
print("errors", [t.id().split(".")[-1] for t, _ in result.errors])
print("skipped", [(t.id().split(".")[-1], why) for t, why in result.skipped])
print("xfail", len(result.expectedFailures), "xpass", len(result.unexpectedSuccesses))
print(result.failures[0][1].strip().splitlines()[-1])
print(result.errors[0][1].strip().splitlines()[-1])
print(StackTests.log.count("setUp"), StackTests.log.count("tearDown"))

stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=0)
r2 = runner.run(loader.loadTestsFromTestCase(StackTests))
print(r2.testsRun, len(r2.errors), stream.getvalue().splitlines()[0])
print(stream.getvalue().strip().splitlines()[-1])
