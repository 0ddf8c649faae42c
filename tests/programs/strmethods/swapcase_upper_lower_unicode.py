for s in ["Hello", "ß", "ﬁ", "İ", "ΣΑΣ", "ΑΣ ΣΑ", "Ǆǅǆ", "ŉ", "ǰ", "ΐ", "µ", "Ω", "ẞ"]:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.swapcase()), len(s.upper()))
