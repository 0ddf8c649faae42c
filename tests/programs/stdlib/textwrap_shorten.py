import textwrap
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25))
print(textwrap.shorten("   lots    of   space   ", 40))
try:
    textwrap.shorten("abc def", 3)
except ValueError as e:
    print(e)
print(textwrap.wrap("one two three four five six seven", 10, max_lines=2))
print(textwrap.wrap("one two three four five six seven", 10, max_lines=2, placeholder="~"))
w = textwrap.TextWrapper(width=15, fix_sentence_endings=True)
print(w.wrap("Hi there. How are you? Fine."))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print(e)
