# Misplaced call arguments: CPython reports a positional one at the closing parenthesis and
# an iterable unpacking at its star.
for src in ['f(x=1, 2)','f(x=1, 2, 3)','f(x=1, 2, y=3)','f(**k, 2)','f(**k, 2, z)','f(**a, *b)','f(**a, *b, c)','f(x=1,\n 2\n)','f(**a, *b, *c)','class A(x=1, 2): pass','class A(**k, *b): pass', 'f(x=1, *b)', 'f(**k, x=1, 2)', 'f(a, x=1, b, c)', 'f(x for x in y, 1)', 'f(**k, * b)', 'x = g(a)(b=1, c)']:
    try: compile(src,'s','exec'); print(repr(src),'OK')
    except SyntaxError as e: print(repr(src), e.msg, e.lineno, e.offset)
