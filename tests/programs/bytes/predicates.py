tests = [b"", b"abc", b"ABC", b"Abc", b"123", b"abc123", b" \t\n", b"Hello World", b"hello world", b"\xe9", b"A1", b"Title Case Here", b"a b"]
for b in tests:
    print(repr(b), b.isalnum(), b.isalpha(), b.isascii(), b.isdigit(), b.islower(), b.isupper(), b.isspace(), b.istitle())
