text = """\
First line
    Second line indented
Third line with trailing spaces   
"""
print(repr(text))
for i, line in enumerate(text.splitlines(), 1):
    print(i, repr(line), len(line))
doc = '''He said "hi" and 'bye'.'''
print(doc)
q = """a""" + '''b''' + "c" + 'd'
print(q)
html = ("<ul>\n"
        + "".join(f"  <li>{x}</li>\n" for x in ["a", "b"])
        + "</ul>")
print(html)
def f():
    """Docstring here."""
    return 1
print(f.__doc__, f())
print("""one
two""".split("\n"))
