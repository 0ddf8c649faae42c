import warnings
warnings.filterwarnings("error", message="fatal")
try:
    warnings.warn("Fatal problem")
except UserWarning as e:
    print("raised:", e)
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    warnings.warn("rt", RuntimeWarning)
except RuntimeWarning as e:
    print("raised rt:", e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("rt", RuntimeWarning)
    print("ignored inside")
try:
    warnings.warn("rt again", RuntimeWarning)
except RuntimeWarning:
    print("filter restored")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("error", UserWarning)
    warnings.simplefilter("always", DeprecationWarning, append=True)
    warnings.warn("dep", DeprecationWarning)
    try:
        warnings.warn("user")
    except UserWarning:
        print("user is error")
print(len(w))
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print(e)
try:
    warnings.warn("x", str)
except TypeError as e:
    print(e)
