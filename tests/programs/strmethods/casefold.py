for s in ["Straße", "ǅ", "ﬁ", "ΣΑΣ", "İstanbul", "MASSE", "ﬃ", "ŉ", "ΐ", "Ǳ", "µ", "ſ", "ABC", "", "ꭰ", "ᾈ"]:
    print(repr(s), repr(s.casefold()), s.casefold() == s.lower())
print("Straße".casefold() == "STRASSE".casefold())
