def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

names = ["utf-8", "UTF-8", "utf8", "U8", "UTF", "utf_8", "Utf 8", "cp65001", "latin-1", "latin1", "LATIN_1", "iso-8859-1", "iso8859_1", "8859", "cp819", "l1", "ascii", "US-ASCII", "646", "cp1252", "windows-1252", "utf-16", "UTF16", "u16", "utf-16le", "UTF_16_BE", "utf-32", "utf32", "utf_32le", "utf-8-sig", "UTF8-SIG"]
for n in names:
    try:
        print(n, "é€".encode(n, "replace"))
    except LookupError as e:
        print(n, "LookupError:", e)
for n in ["", "utf-9", "latin-2x", "hex", "base64"]:
    err(lambda: "x".encode(n))
    err(lambda: b"x".decode(n))
