import ast

for text in ["42", "-3.5", "+7", "1_000", "0x1F", "'str'", "b'bytes'", "None", "True", "(1, 'a', None)",
             "[1, [2, [3]]]", "{'a': 1, 'b': [2, 3]}", "{1, 2, 3}", "set()", "()", "[]", "{}", "1+2j",
             "-1-2j", "  [1, 2]", "\t(3,)", "'''multi\nline'''", "'a' 'b'", "...", "-0.0", "1e400", "(1)"]:
    v = ast.literal_eval(text)
    print(repr(text), "->", repr(v) if not isinstance(v, set) else sorted(v))
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(value=5)))
for bad in ["x", "f(1)", "1 + 2", "[1, 2] * 2", "{'a': b}", "-'s'", "1 + 'a'", "a.b", "lambda: 0",
            "(x := 1)", "{**a}", "set([1])", "2j + 1"]:
    try:
        ast.literal_eval(bad)
        print(bad, "no error")
    except ValueError as e:
        msg = str(e)
        print(repr(bad), "ValueError", msg[:msg.index(":")])
for bad in ["1 +", "[1, 2", "x = 1", "import os", ""]:
    try:
        ast.literal_eval(bad)
    except SyntaxError as e:
        print(repr(bad), "SyntaxError", e.msg)
try:
    ast.literal_eval(3)
except ValueError as e:
    print("ValueError", str(e)[:24])
