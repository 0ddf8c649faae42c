import sys, io, unittest

def run_suite(suite, verbosity=1):
    buf = io.StringIO()
    runner = unittest.TextTestRunner(stream=buf, verbosity=verbosity)
    result = runner.run(suite)
    text = buf.getvalue()
    out = []
    for line in text.split("\n"):
        if line.startswith("Ran "):
            line = line.rsplit(" in ", 1)[0]
        out.append(line)
    print("\n".join(out))
    return result

class Basics(unittest.TestCase):
    def test_equal(self):
        self.assertEqual(1 + 1, 2)
    def test_fail_int(self):
        self.assertEqual(1, 2)
    def test_fail_str(self):
        self.assertEqual("hello world", "hello there")
    def test_fail_list(self):
        self.assertEqual([1, 2, 3], [1, 2, 4, 5])
    def test_fail_dict(self):
        self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})
    def test_error(self):
        raise KeyError("missing")
    def test_msg(self):
        self.assertTrue(False, "custom message")
    @unittest.skip("not today")
    def test_skipped(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual(1, 0)
    @unittest.expectedFailure
    def test_xpass(self):
        pass
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_multiline(self):
        self.assertEqual("a\nb\nc\n", "a\nB\nc\n")

r = run_suite(unittest.defaultTestLoader.loadTestsFromTestCase(Basics), 2)
print(r, r.wasSuccessful(), len(r.failures), len(r.errors), len(r.skipped))
for t, tb in r.failures + r.errors:
    print("###", t)
    print(tb)
