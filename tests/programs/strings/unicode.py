s = "naïve café — 日本 😀"
print(s)
print(len(s))
for ch in s:
    if ord(ch) > 127:
        print(ch, ord(ch), hex(ord(ch)))
print(s.upper(), s.title())
print(s[6:10], s[-1], s[-3:-1])
print(s.split(" "), s.find("日"), "日" in s)
print(repr(s))
print("ÀÉÎ".lower(), "àéî".upper(), "ß".upper(), "ﬁ".upper())
print("Ω".isalpha(), "５".isdigit(), "٣".isnumeric(), "²".isdigit(), "½".isnumeric())
print(sorted("äaåz"), "é" == "e\u0301", len("e\u0301"))
print(f"{'日本':>6}|{'😀':^5}|")
print("x".join("日本語"), "日本語" * 2, "日本語"[::-1])
