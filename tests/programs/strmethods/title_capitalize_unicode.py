for s in ["hello world", "ǆemal ǉubljana", "ßtraße", "ﬁsh ﬂy", "ΣΑΣ ΑΣ", "they're bill's", "x1y 2z", "ŉ", "hello\tworld\nnew", "ǅ", "", "123abc", "ÉCOLE élève", "oNE tWO"]:
    print(repr(s), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), s.istitle(), s.title().istitle())
