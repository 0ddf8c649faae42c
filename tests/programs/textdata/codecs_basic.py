import codecs
import io

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE, codecs.BOM_UTF16, codecs.BOM_UTF32, codecs.BOM, codecs.BOM_LE, codecs.BOM_BE)

for name in ["utf-8", "UTF8", "u8", "latin1", "Latin-1", "iso-8859-1", "ascii", "US-ASCII", "cp1252",
             "windows-1252", "utf-16", "utf_16_le", "UTF-16BE", "utf-32", "u32", "utf-32-le", "utf-8-sig",
             "unicode_escape", "raw_unicode_escape", "hex", "hex_codec", "base64", "rot13", "rot_13"]:
    ci = codecs.lookup(name)
    print(name, "->", ci.name, isinstance(ci, tuple), len(ci), ci._is_text_encoding,
          ci[0] is ci.encode, ci[1] is ci.decode)

def err(f, *a, **k):
    try:
        print("ok", repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

err(codecs.lookup, "nope")
err(codecs.lookup, "")
err(codecs.lookup, 1)
err(codecs.encode, "x", "nope")
err(codecs.decode, b"x", "nope")
err(codecs.encode, "x", 1)
err(codecs.encode, "x", "ascii", 1)
err(codecs.encode, 1)
err(codecs.encode, b"x", "utf-8")
err(codecs.decode, "x", "utf-8")
err(codecs.encode, "x", "hex")
err(codecs.decode, b"zz", "hex")
err(codecs.decode, b"abc", "HEX")
err(codecs.encode, b"x", "rot13")
err(codecs.encode, "\u00e9", "ascii")
err(codecs.decode, b"\xff", "utf-8")
err(codecs.decode, b"\xff", "ascii", "custom")
err(codecs.lookup_error, "nope")
err(codecs.register_error, "x", 1)
err(codecs.register, 1)

print(codecs.encode("h\u00e9llo"), codecs.encode("h\u00e9llo", "latin-1"), codecs.decode(b"h\xc3\xa9"))
print(codecs.encode("abc", "utf-16"), codecs.decode(b"\xff\xfea\x00b\x00", "utf-16"))
print(codecs.encode("abc", "utf-32-be"), codecs.encode("x", "utf-8-sig"), codecs.decode(b"\xef\xbb\xbfx", "utf-8-sig"))
print(codecs.encode(b"hello", "hex"), codecs.decode(b"68656c6c6f", "hex"), codecs.decode("6869", "hex"))
print(codecs.encode(b"hello world" * 10, "base64"))
print(codecs.decode(b"aGVsbG8=\n", "base64"))
print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"))
print(codecs.encode("a\u20ac\n\\\t\x7f'\"", "unicode_escape"))
print(codecs.decode(b"\\u20ac\\n\\x41\\101\\N{SNOWMAN}", "unicode_escape"))
print(codecs.encode("\u20ac\n\xe9", "raw_unicode_escape"), codecs.decode(b"\\u20ac\\n", "raw_unicode_escape"))
print("\u20ac".encode("unicode_escape"), b"\\u00e9t\\xe9".decode("unicode-escape"))
err(codecs.decode, b"\\x4", "unicode_escape")
err(codecs.decode, b"abc\\", "unicode_escape")
print(codecs.decode(b"\\x4g", "unicode_escape", "replace"), codecs.decode(b"\\u12", "unicode_escape", "ignore"))

print(codecs.getencoder("utf-8")("h\u00e9"), codecs.getdecoder("utf-8")(b"h\xc3\xa9"))
print(codecs.getencoder("hex")(b"ab"), codecs.getdecoder("latin-1")(b"\xe9"))
print(codecs.utf_8_decode(b"h\xc3", "strict", False), codecs.utf_8_decode(b"h\xc3\xa9"))
err(codecs.utf_8_decode, b"h\xc3", "strict", True)
print(codecs.utf_8_encode("\u00e9"), codecs.latin_1_encode("ab"), codecs.ascii_decode(b"ab"))
print(codecs.utf_16_le_decode(b"a\x00b", "strict", False), codecs.utf_16_decode(b"\xfe\xff\x00a"))
print(codecs.escape_decode(b"a\\nb\\x41\\'\\101"), codecs.escape_decode("a\\tb"))
print(codecs.escape_encode(bytes([97, 10, 0, 255, 39, 34, 92])))
err(codecs.escape_decode, b"\\x4")

# Incremental decoding across chunk boundaries.
data = "h\u00e9llo \u20ac w\U0001f600rld \u00e9".encode("utf-8")
dec = codecs.getincrementaldecoder("utf-8")()
parts = [dec.decode(data[i:i + 1]) for i in range(len(data))]
print(parts, dec.decode(b"", final=True))
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe2\x82")), dec.getstate(), repr(dec.decode(b"\xac!")), dec.getstate())
dec.decode(b"\xe2")
dec.reset()
print(dec.getstate())
err(dec.decode, b"\xe2", final=True)
dec = codecs.getincrementaldecoder("utf-8")("replace")
print(dec.decode(b"a\xe2\x82"), dec.decode(b"b", final=True))
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig", "latin-1", "ascii", "cp1252"]:
    text = "ab\u00e9c" if enc in ("latin-1", "cp1252") else ("abc" if enc == "ascii" else "a\u00e9\U0001f600z")
    raw = text.encode(enc)
    dec = codecs.getincrementaldecoder(enc)()
    got = "".join(dec.decode(raw[i:i + 1]) for i in range(len(raw))) + dec.decode(b"", True)
    ienc = codecs.getincrementalencoder(enc)()
    again = b"".join(ienc.encode(c) for c in text) + ienc.encode("", True)
    print(enc, got == text, again == raw, raw)
print(list(codecs.iterdecode([b"\xc3", b"\xa9", b"x"], "utf-8")))
print(list(codecs.iterencode(["a", "\u00e9"], "utf-16")))

# Error handlers.
print(codecs.encode("a\u00e9\u20ac", "ascii", "replace"), codecs.encode("a\u00e9", "ascii", "xmlcharrefreplace"),
      codecs.encode("a\u00e9", "ascii", "backslashreplace"), codecs.encode("a\u00e9", "ascii", "namereplace"))
def dash(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("<%x>" % ord(exc.object[exc.start]), exc.start + 1)
    return ("[%d-%d]" % (exc.start, exc.end), exc.end)
codecs.register_error("dash", dash)
print(codecs.lookup_error("dash") is dash)
print(codecs.encode("a\u00e9b\u20acc", "ascii", "dash"), codecs.decode(b"a\xffb\xfe", "ascii", "dash"))
print(codecs.decode(b"a\xff\xfeb", "utf-8", "dash"), codecs.encode("x\u00e9", "latin-1", "dash"))
dec = codecs.getincrementaldecoder("ascii")("dash")
print(dec.decode(b"o\x80k"))
def skip2(exc):
    return ("", exc.end + 1)
codecs.register_error("skip2", skip2)
print(codecs.decode(b"a\xffxyz", "ascii", "skip2"))
def bad(exc):
    return 42
codecs.register_error("bad", bad)
err(codecs.decode, b"\xff", "ascii", "bad")
err(codecs.encode, "\u00e9", "ascii", "bad")
for h in ["strict", "ignore", "replace", "backslashreplace"]:
    f = codecs.lookup_error(h)
    try:
        print(h, f(UnicodeDecodeError("ascii", b"a\xffb", 1, 2, "bad")))
    except UnicodeDecodeError as e:
        print(h, "raised", e)
err(codecs.lookup_error("xmlcharrefreplace"), UnicodeDecodeError("ascii", b"a\xffb", 1, 2, "bad"))
err(codecs.lookup_error("ignore"), ValueError("x"))

# Registering a search function.
def search(name):
    if name == "myrot":
        return codecs.CodecInfo(name="myrot", encode=lambda s, e="strict": (s[::-1], len(s)),
                                decode=lambda s, e="strict": (s[::-1], len(s)))
    return None
codecs.register(search)
print(codecs.lookup("myrot").name, codecs.encode("abc", "myrot"), codecs.decode("xyz", "myrot"))
codecs.unregister(search)
err(codecs.lookup, "myrot2")

# Stream reader and writer.
buf = io.BytesIO()
w = codecs.getwriter("utf-8")(buf)
w.write("h\u00e9\n")
w.writelines(["a\n", "\u20ac\n"])
print(buf.getvalue())
r = codecs.getreader("utf-8")(io.BytesIO(buf.getvalue()))
print(repr(r.readline()), repr(r.read()))
r = codecs.getreader("utf-16")(io.BytesIO("x\ny\n".encode("utf-16")))
print(list(r))
