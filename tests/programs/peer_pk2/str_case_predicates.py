# str.isupper/islower/istitle treat a titlecase letter (category Lt, e.g. 'ǅ') as cased
# but neither upper- nor lowercase, as CPython does.
samples = ["ǅungla", "ǅ", "ǈ", "ǋx", "aǅ", "AǅB", "abc", "ABC", "Abc", "ß", "ΣΑΣ", "σας",
           "ﬁne", "ᾈ", "ᾀ", "123", "", " ", "a1", "A1", "ǲ", "Ǳ", "ǳ", "Ⅷ", "ⅷ", "ⓐ", "Ⓐ"]
for s in samples:
    print(repr(s), s.isupper(), s.islower(), s.istitle(), s.upper(), s.lower(), s.title(),
          s.swapcase(), s.capitalize(), s.casefold())

# str.startswith/endswith type-check their prefixes even when the start lies past the end.
for call in [lambda: "ab".startswith(None, 100), lambda: "ab".endswith(1, 5, 1),
             lambda: "ab".startswith(("x", 2), 9), lambda: "ab".startswith((), 9),
             lambda: "ab".startswith(("a", None)), lambda: "ab".endswith("b", 100)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

# Argument-count messages of the search and padding methods.
for name, args in [("find", ()), ("rfind", ()), ("index", ()), ("rindex", ()), ("count", ()),
                   ("startswith", ()), ("endswith", ()), ("find", (1, 2, 3, 4)),
                   ("center", ()), ("ljust", ()), ("rjust", (1, 2, 3)), ("zfill", ()),
                   ("partition", ()), ("rpartition", ("a", "b"))]:
    try:
        getattr("abc", name)(*args)
    except TypeError as e:
        print(name, "TypeError:", e)

# split/rsplit convert maxsplit before refusing an empty separator; the repetition wrappers
# convert their count first.
for f in [lambda: "a b".rsplit("", None), lambda: "a b".split("", 1), lambda: "ab".split(None, "x"),
          lambda: "ab".__mul__(None), lambda: [1].__mul__(1.5), lambda: (1,).__rmul__("x"),
          lambda: "ab".__mul__(2), lambda: [1].__rmul__(True), lambda: "ab" * 2]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# join refuses a non-iterable with CPython's message; an error raised while iterating passes.
def bad_gen():
    yield "a"
    raise TypeError("from the generator")

for f in [lambda: "-".join(0), lambda: b"-".join(5), lambda: bytearray(b"-").join(None),
          lambda: "-".join(bad_gen()), lambda: "-".join(iter(["x", "y"])), lambda: "-".join("ab")]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

# list/tuple index bounds must be integers (a big int clamps).
for f in [lambda: [1, 2].index(2, "a"), lambda: (1, 2).index(1, 0, 1.5),
          lambda: [1, 2].index(2, -10**30, 10**30), lambda: (1, 2).index(2, True)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
