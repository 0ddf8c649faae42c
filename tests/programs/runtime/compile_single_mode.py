exec(compile("if 1:\n    print('block', 5)\n", "s", "single"))
exec(compile("a = 1; b = 2; a + b", "s", "single"))
exec(compile("'text'", "s", "single"))
exec(compile("[1, 2]", "s", "single"))
try:
    compile("x = 1\ny = 2", "s", "single")
except SyntaxError as e:
    print(e.msg)
