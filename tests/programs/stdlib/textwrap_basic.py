import textwrap
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "How vexingly quick daft zebras jump! Sphinx of black quartz, judge my vow.")
for w in (10, 20, 33, 50, 70):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 25))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("a-very-long-hyphenated-word-that-goes-on and on", 12))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("tabs\there\tand  double  spaces", 12))
