import unittest
def add(a, b): return a + b
class TestAdd(unittest.TestCase):
    def setUp(self):
        self.data = [1, 2, 3]
    def test_add(self):
        self.assertEqual(add(1, 2), 3)
    def test_fail(self):
        self.assertEqual(add(1, 1), 3, "math is hard")
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
    def test_in(self):
        self.assertIn(2, self.data)
        self.assertTrue(self.data)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIsNone(None)
        self.assertIsInstance(1, int)
    @unittest.skip("not now")
    def test_skip(self):
        pass
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_error(self):
        raise KeyError("boom")
    @unittest.expectedFailure
    def test_xf(self):
        self.assertEqual(1, 2)
    def test_dict(self):
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRegex("hello", r"h.l")
        with self.assertRaisesRegex(ValueError, "bad"):
            raise ValueError("bad thing")
class TestOther(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass")
    def test_list(self):
        self.assertListEqual([1, 2], [1, 3])
if __name__ == "__main__":
    import sys
    r = unittest.main(exit=False, verbosity=2, stream=sys.stdout) if False else None
    import io
    buf = io.StringIO()
    runner = unittest.TextTestRunner(stream=buf, verbosity=2)
    res = unittest.main(exit=False, testRunner=runner)
    out = buf.getvalue()
    import re
    out = re.sub(r"Ran (\d+) tests in [\d.]+s", r"Ran \1 tests in Xs", out)
    out = re.sub(r'File ".*?", line \d+', 'File X', out)
    print(out)
    print(res.result.wasSuccessful(), len(res.result.failures), len(res.result.errors), len(res.result.skipped))
