for c in ["\u0378", "\u00ad", "\u200b", "\ufeff", "\U000e0001", "\U0001f600", "\u3000", "\x85", "é", "\u0300", "\ue000", "\U00100000", "\u2028"]:
    print(repr(c), c.isprintable(), ascii(c))
