import io
import token
import tokenize

SRC = '''\
def f(x, y=2):  # a comment
    """Doc
    string."""
    if x >= y and x != 0:
        return x ** 2 + y
    s = f"{x!r:>4}" + 'a\\'b' + rb"raw"
    data = [1, 2.5e-3, 0x1F, 3j,
            ...]
    z = x @ y if x else (lambda: x)
    return s  \\
        + "tail"

# trailing comment
'''

for tok in tokenize.generate_tokens(io.StringIO(SRC).readline):
    print(f"{tok.start[0]},{tok.start[1]}-{tok.end[0]},{tok.end[1]}:".ljust(20),
          tokenize.tok_name[tok.exact_type].ljust(15), repr(tok.string))

toks = list(tokenize.tokenize(io.BytesIO(b"x = 1\nprint(x)").readline))
print(toks[0])
print(toks[-3:])
print(tokenize.untokenize(toks))
print(repr(tokenize.untokenize((t.type, t.string) for t in tokenize.generate_tokens(io.StringIO("a=b+1\n").readline))))
print(tokenize.detect_encoding(io.BytesIO(b"# -*- coding: latin-1 -*-\nx = 1\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfx = 1\n").readline))
print(token.tok_name[token.NAME], token.OP, token.EXACT_TOKEN_TYPES["**="], token.ISEOF(token.ENDMARKER))
names = [t.string for t in tokenize.generate_tokens(io.StringIO(SRC).readline) if t.type == token.NAME]
print(sorted(set(names)))
try:
    list(tokenize.generate_tokens(io.StringIO("x = (1,\n").readline))
except tokenize.TokenError as e:
    print("TokenError", e.args)
try:
    list(tokenize.generate_tokens(io.StringIO("if x:\n        a\n    b\n").readline))
except IndentationError as e:
    print("IndentationError", e.msg, e.lineno)
try:
    list(tokenize.generate_tokens(io.StringIO("s = '''abc\n").readline))
except tokenize.TokenError as e:
    print("TokenError", e.args)
print([tokenize.tok_name[t.type] for t in tokenize.generate_tokens(io.StringIO("x = $\n").readline)])
