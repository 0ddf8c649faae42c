import warnings
def helper(n):
    warnings.warn("from helper %d" % (n % 2), UserWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("module")
    for i in range(4):
        helper(i)
print([str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for i in range(2):
        helper(i)
print(len(w), w[0].lineno == w[1].lineno)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", SyntaxWarning, "fake.py", 42)
print(w[0].filename, w[0].lineno, w[0].category.__name__)
print(warnings.catch_warnings(record=True))
