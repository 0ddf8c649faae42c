class S(str):
    pass
d = {"key": 1, S("other"): 2}
print(d[S("key")], d["other"], S("key") in d, "other" in d, S("a") == "a", "a" == S("a"), hash(S("x")) == hash("x"))
d[S("key")] = 10
print(d, len(d), sorted([S("b"), "a", S("c")]), S("b") < "c", max(S("a"), "b"))
print(type(list(d)[1]).__name__, {S("z"), "z"} == {"z"}, len({S("z"), "z"}))
