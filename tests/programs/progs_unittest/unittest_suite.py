import io, unittest

class Quiet(io.StringIO):
    def write(self, s):
        if s.startswith("Ran "):
            s = s.rsplit(" in ", 1)[0]
        return super().write(s)

def run(suite, verbosity=1, **kw):
    stream = Quiet()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    print(stream.getvalue())
    return result

class A(unittest.TestCase):
    """Class doc."""
    def test_one(self):
        """Checks one thing.

        More text."""
    def test_two(self):
        self.skipTest("not ready")

@unittest.skip("whole class")
class B(unittest.TestCase):
    def test_x(self):
        raise RuntimeError

class C(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError("class setup broke")
    def test_never(self):
        print("never")

class D(unittest.TestCase):
    @unittest.skipIf(True, "if true")
    def test_if(self):
        pass
    @unittest.skipUnless(False, "unless false")
    def test_unless(self):
        pass
    @unittest.skipIf(False, "no")
    def test_runs(self):
        pass
    def test_fail_fast(self):
        self.fail("boom")
    def test_z_after(self):
        pass

loader = unittest.TestLoader()
print(loader.getTestCaseNames(D))
suite = unittest.TestSuite()
suite.addTest(A("test_one"))
suite.addTests(loader.loadTestsFromTestCase(A))
suite.addTest(loader.loadTestsFromTestCase(B))
print(suite.countTestCases())
r = run(suite, 2)
print(r.skipped[0][1], len(r.skipped))
run(loader.loadTestsFromTestCase(C), 2)
r = run(loader.loadTestsFromTestCase(D), 0)
print(r.testsRun, [str(t) for t, _ in r.failures])
r = run(loader.loadTestsFromTestCase(D), 1, failfast=True)
print(r.testsRun, r.shouldStop)
r = run(loader.loadTestsFromTestCase(D), 2, descriptions=False)

def check_func():
    assert 1 + 1 == 2
ft = unittest.FunctionTestCase(check_func, description="a function test")
run(unittest.TestSuite([ft]), 2)
print(str(ft), ft.id())

class Nested(unittest.TestCase):
    def test_nested(self):
        for i in range(2):
            with self.subTest("outer", i=i):
                for j in range(2):
                    with self.subTest(j=j):
                        self.assertNotEqual((i, j), (1, 0))
        with self.subTest():
            raise TypeError("in anonymous subtest")
r = run(loader.loadTestsFromTestCase(Nested), 2)
for t, err in r.failures + r.errors:
    print(t.id())
r = run(loader.loadTestsFromTestCase(Nested), 1)
result = unittest.TestResult()
A("test_one").run(result)
print(result.testsRun, result.wasSuccessful(), repr(result))
print(unittest.TestSuite([A("test_one")]) == unittest.TestSuite([A("test_one")]))
try:
    A("nope")
except ValueError as e:
    print(e)
import logging
class Logs(unittest.TestCase):
    def test_logs(self):
        with self.assertLogs("lg", level="INFO") as cm:
            logging.getLogger("lg").info("first")
            logging.getLogger("lg.sub").error("second")
        print(cm.output)
    def test_warns(self):
        import warnings
        with self.assertWarns(UserWarning) as cm:
            warnings.warn("careful", UserWarning)
        print(str(cm.warning))
r = run(loader.loadTestsFromTestCase(Logs), 2)
