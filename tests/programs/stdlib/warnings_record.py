import warnings
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    old()
    warnings.warn(FutureWarning("instance"))
for x in w:
    print(type(x.message).__name__, str(x.message), x.category.__name__, x.lineno, x.filename.endswith("warnings_record.py"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("repeated")
print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(2):
        warnings.warn("once-only")
        warnings.warn("once-only")
print(len(w))
