print("tab:\tend")
print("newline:\nsecond")
print("quote: \" and \' and \\ backslash")
print('single \'quoted\'')
print("hex \x41\x42 octal \101\102 unicode \u00e9 \u4e2d \U0001F600")
print("bell-less \x7e")
print(repr("a\tb\nc\\d'e\"f"))
print(repr('it\'s'), repr("say \"hi\""), repr("both ' and \""))
print(repr("\x00\x01\x1f\x7f"), repr("é"), repr("\u200b"))
print(len("\n"), len("\\n"), len("\x41"), len("\U0001F600"))
print(r"raw \n string \t", r"C:\path\to\file", len(r"\n"))
print(R"upper raw \d+")
print(rb"x" if False else "no bytes")
s = """triple
quoted "string" with 'quotes'
  indented line"""
print(s)
print(s.count("\n"))
t = '''another
one'''
print(repr(t))
u = "implicit" " concatenation" ' works'
print(u)
v = ("multi "
     "line "
     "concat")
print(v)
print("line1\
 continued")
print("\N{GREEK SMALL LETTER ALPHA}" if False else "\u03b1")
