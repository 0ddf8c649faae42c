samples = ["abc", "é", "ⅰ", "中文", "a1", "", "ǅ", "ʰ", "ª", "\u0301", "a\u0301", "ɐ", "ⓐ", "𝔸", "\u3000", " \t\n\r\x0b\x0c", "\x1c\x1d\x1e\x1f", "\x85\xa0", "\u200b", "\u2028\u2029", "_"]
for s in samples:
    print(ascii(s), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.isascii())
