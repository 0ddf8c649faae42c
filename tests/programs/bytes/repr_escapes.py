print(repr(b"abc"), repr(b"it's"), repr(b'say "hi"'), repr(b"both ' and \""))
print(repr(b"\x00\x01\t\n\r\x7f\x80\xff\\"))
print(repr(bytes(range(0, 256, 17))))
print(str(b"x"), [b"a", b"b"], (b"",))
