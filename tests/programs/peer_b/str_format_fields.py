# str.format: scanning of replacement fields and the errors for malformed ones.
templates = ["{", "}", "a{", "a}b", "{!", "{!r", "{!r:", "{x", "{0", "{0:", "{0:>{", "{0:{1}",
             "{0[", "{0[}", "{0[1", "{0[}]}", "{0!}", "{0!rx}", "{0!z}", "{a{b}", "{0.}", "{0[]}",
             "{0]}", "{0.a[}", "{0:{{}}}", "{{{0}}}", "{:{}}", "{0:{1}{2}}", "{}{0}", "{0}{}",
             "{0!s:>6}|", "{0!r}", "{1[1]}", "{k[b]}"]
for t in templates:
    try:
        print(repr(t), repr(t.format("ab", "cd", "<", k={"b": 2})))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(t), type(e).__name__, e)

print("{0:{1}{2}}".format(7, ">", 5))
print("{:{}}|{:{}}".format("x", 3, "y", 2))
