# unittest.main() exits 0 when everything passes; exit=False returns the program object.
import sys, io, unittest

calls = []

def setUpModule():
    calls.append("setUpModule")

def tearDownModule():
    calls.append("tearDownModule")

class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        calls.append("setUpClass")
        cls.shared = [1, 2, 3]

    @classmethod
    def tearDownClass(cls):
        calls.append("tearDownClass")

    def setUp(self):
        calls.append("setUp " + self._testMethodName)
        self.addCleanup(calls.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        calls.append("tearDown " + self._testMethodName)

    def test_a_shared(self):
        self.assertIn(2, self.shared)
        self.assertNotIn(5, self.shared)

    def test_b_asserts(self):
        self.assertIs(None, None)
        self.assertIsNot(1, None)
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIsInstance(1, int)
        self.assertNotIsInstance("x", int)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertNotAlmostEqual(1.0, 1.1)
        self.assertAlmostEqual(100, 101, delta=2)
        self.assertGreater(2, 1)
        self.assertGreaterEqual(2, 2)
        self.assertLess(1, 2)
        self.assertLessEqual(2, 2)
        self.assertCountEqual([1, 2, 2, 3], [3, 2, 1, 2])
        self.assertCountEqual([[1], [2]], [[2], [1]])
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertListEqual([1], [1])
        self.assertTupleEqual((1,), (1,))
        self.assertSetEqual({1, 2}, {2, 1})
        self.assertNotEqual(1, 2)
        self.assertTrue([0])
        self.assertFalse("")

    def test_c_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 // 0
        self.assertEqual(type(cm.exception).__name__, "ZeroDivisionError")
        self.assertRaises(ValueError, int, "x")
        self.assertRaises(KeyError, {}.__getitem__, "k")

class Other(unittest.TestCase):
    def runTest(self):
        calls.append("runTest")

class Buffered(io.StringIO):
    def write(self, s):
        if s.startswith("Ran "):
            s = s.rsplit(" in ", 1)[0]
        return super().write(s)

stream = Buffered()
prog = unittest.main(argv=["prog", "-v"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
print(stream.getvalue())
print(prog.result.wasSuccessful(), prog.result.testsRun)
for c in calls:
    print(c)
stream = Buffered()
unittest.main(argv=["prog", "Fixtures.test_a_shared"], exit=False,
              testRunner=unittest.TextTestRunner(stream=stream))
print(stream.getvalue())
stream = Buffered()
unittest.main(argv=["prog", "-k", "raises"], exit=False,
              testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
unittest.defaultTestLoader.testNamePatterns = None
print(stream.getvalue())
sys.argv = ["prog"]
unittest.main()
