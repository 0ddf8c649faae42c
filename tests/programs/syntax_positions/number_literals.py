# Malformed number literals: CPython's message and the column its tokenizer stops at.
import warnings
warnings.simplefilter("ignore")
for src in ['x = 1_', 'x = 1__0', 'x = 0b2', 'x = 0o9', 'x = 0x', 'x = 0b', 'x = 1e', 'x = 1.5_',
            'x = 0b1_', 'x = 0x1_', 'x = 0x1__2', 'x = 0x_1', 'x = 12abc', 'x = 0_7', 'x = 07',
            'x = 5j_', 'x = 0b12', 'x = 0o78', 'x = 0x1g', 'x = 0x1_g', 'x = 1._', 'x = 1_000',
            'x = 1.5e1_0', 'x = 1.5e1_', 'x = 0b1_0', 'print(0b1_)', 'print(0x1_)', 'x = 0b1a',
            'y = [1, 2_]', 'f(0o1_, 2)']:
    try:
        compile(src, 's', 'exec')
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset)
