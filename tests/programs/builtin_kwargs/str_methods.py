# Keyword arguments to str methods: positional-or-keyword ones bind, positional-only ones,
# unknown names and duplicates are TypeErrors with CPython's messages.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except TypeError as e:
        print(label, "TypeError:", e)

s = "a,b c,d"
t("split sep", lambda: s.split(sep=","))
t("split maxsplit only", lambda: s.split(maxsplit=1))
t("split both", lambda: s.split(",", maxsplit=1))
t("rsplit maxsplit", lambda: s.rsplit(",", maxsplit=1))
t("rsplit maxsplit only", lambda: s.rsplit(maxsplit=1))
t("split dup", lambda: s.split(",", sep=","))
t("split bogus", lambda: s.split(x=1))
t("split too many", lambda: s.split(",", 1, x=2))
t("splitlines", lambda: "a\nb\n".splitlines(keepends=True))
t("splitlines extra", lambda: "a\n".splitlines(True, keepends=True))
t("encode", lambda: "é".encode(encoding="latin-1"))
t("encode errors only", lambda: "é".encode(errors="ignore"))
t("encode errors", lambda: "aé".encode("ascii", errors="replace"))
t("expandtabs", lambda: "a\tb".expandtabs(tabsize=4))
t("startswith", lambda: s.startswith(prefix="a"))
t("endswith", lambda: s.endswith("d", end=3))
t("find", lambda: s.find("b", start=1))
t("count", lambda: s.count(x=","))
t("index", lambda: s.index("c", end=9))
t("center", lambda: "x".center(5, fillchar="*"))
t("ljust", lambda: "x".ljust(width=3))
t("replace", lambda: s.replace(",", ";", count=1))
t("strip", lambda: "xax".strip(chars="x"))
t("join", lambda: ",".join(iterable=["a"]))
t("partition", lambda: s.partition(sep=","))
t("zfill", lambda: "5".zfill(width=3))
t("upper", lambda: s.upper(x=1))
t("translate", lambda: "ab".translate(table={97: 98}))
t("format", lambda: "{a}-{0}".format(1, a=2))
t("format_map", lambda: "{a}".format_map(mapping={}))
t("maketrans", lambda: str.maketrans(x={}))
t("removeprefix", lambda: s.removeprefix(prefix="a"))
t("unbound split", lambda: str.split(s, sep=","))
t("unbound split recv kw", lambda: str.split(self=s))

class S(str):
    pass

t("subclass split", lambda: S("a b").split(maxsplit=0))
t("subclass startswith", lambda: S("a b").startswith(prefix="a"))
