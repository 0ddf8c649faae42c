# Failure messages of the assertions, as a program catching them would see them.
import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()

def show(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except AssertionError as e:
        print("---", fn.__name__)
        print(e)
    else:
        print("---", fn.__name__, "passed")

show(t.assertEqual, 1, 2)
show(t.assertEqual, 1, 2, "extra")
show(t.assertEqual, "x" * 100, "x" * 99 + "y")
show(t.assertEqual, "short", "shirt")
show(t.assertEqual, "line1\nline2\n", "line1\nline3\n")
show(t.assertEqual, [1, 2, 3], [1, 2])
show(t.assertEqual, [1, 2], [1, 2, 3])
show(t.assertEqual, (1, "a"), (1, "b"))
show(t.assertEqual, {"k": [1, 2], "j": 0}, {"k": [1, 3], "j": 0})
show(t.assertEqual, {1, 2}, {2, 3})
show(t.assertEqual, list(range(30)), list(range(1, 31)))
show(t.assertEqual, {i: str(i) * 5 for i in range(12)}, {i: str(i) * 5 for i in range(1, 13)})
show(t.assertNotEqual, 3, 3)
show(t.assertTrue, 0)
show(t.assertFalse, [1])
show(t.assertIs, 1, None)
show(t.assertIsNot, None, None)
show(t.assertIsNone, 5)
show(t.assertIsNotNone, None)
show(t.assertIn, 4, [1, 2, 3])
show(t.assertNotIn, 1, [1, 2, 3])
show(t.assertIsInstance, "s", int)
show(t.assertNotIsInstance, 1, int)
show(t.assertAlmostEqual, 1.0, 1.1)
show(t.assertAlmostEqual, 1.0, 1.5, delta=0.25)
show(t.assertNotAlmostEqual, 1.0, 1.0 + 1e-9)
show(t.assertGreater, 1, 2)
show(t.assertGreaterEqual, 1, 2)
show(t.assertLess, 2, 1)
show(t.assertLessEqual, 2, 1)
show(t.assertCountEqual, [1, 1, 2], [1, 2, 2, 3])
show(t.assertCountEqual, [[1], [1]], [[1]])
show(t.assertRaises, ValueError, int, "1")
def no_raise():
    with t.assertRaises(KeyError):
        pass
show(no_raise)
show(t.fail, "explicit")
show(t.assertMultiLineEqual, "abc def ghi\n", "abc dxf ghi\n")
show(t.assertSequenceEqual, [1, 2], (1, 2))
show(t.assertListEqual, [1], (1,))
show(t.assertDictEqual, [], {})
t.maxDiff = None
show(t.assertEqual, list(range(100)), list(range(1, 101)))
t.longMessage = False
show(t.assertEqual, 1, 2, "only this")
try:
    t.assertRaises(1, int)
except TypeError as e:
    print("TypeError:", e)
print(t.id(), str(t), repr(t), t.countTestCases(), t.shortDescription())
