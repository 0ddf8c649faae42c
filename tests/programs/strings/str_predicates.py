samples = ["abc", "ABC", "Abc", "123", "12.5", "", " ", "a1", "Hello World", "\t\n", "x_y", "ÀB"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isdecimal())
print("if".isidentifier(), "_x1".isidentifier(), "1x".isidentifier())
print("abc".isascii(), "é".isascii(), "".isascii())
print("Hello".isprintable(), "a\nb".isprintable())
