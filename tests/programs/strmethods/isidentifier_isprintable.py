for s in ["abc", "_x", "1a", "é_x", "", "a-b", "class", "a b", "ñandú", "x1", "__init__", "℘", "·a", "a·", "中文", "ⅰ"]:
    print(repr(s), s.isidentifier())
for s in ["abc", "a\n", "", "\u200b", "é", "\x7f", "\xa0", "tab\t", " ", "\U0001f600", "\u2028", "\xad"]:
    print(ascii(s), s.isprintable())
