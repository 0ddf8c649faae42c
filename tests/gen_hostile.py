#!/usr/bin/env python3
"""Writes the hostile-input programs of tests/programs/hostile_parse/.

Some inputs cannot be written by hand (10,000-deep nesting, bytes that are not UTF-8,
a file with a BOM and a contradicting cookie), so this script writes them; the expected
outputs then come from CPython as for every other test:

    python3 tests/gen_hostile.py && python3 tests/gen_expected.py hostile_parse

Most cases are built at run time inside the programs (compile/exec/eval of generated
source), which also tests those paths and keeps the committed files small.
"""

import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs", "hostile_parse")


def write(name, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(os.path.join(HERE, name), mode) as f:
        f.write(data)


# Whole scripts whose verdict is the process's: exit code and last stderr line.
write("script_deep_unary.py", "x = " + "-" * 10000 + "1\nprint(x)\n")
write("script_deep_add.py", "x = " + "+".join(["1"] * 5000) + "\nprint(x)\n")
write("script_deep_attr.py", "x = a" + ".b" * 4000 + "\n")
write("script_deep_lambda.py", "f = " + "lambda: " * 4000 + "1\n")
write("script_deep_pow.py", "x = " + "**".join(["1"] * 3500) + "\n")
write("script_parens_201.py", "x = " + "(" * 201 + "1" + ")" * 201 + "\n")
write("script_parens_200.py", "x = " + "(" * 200 + "1" + ")" * 200 + "\nprint(x)\n")
write("script_elif_chain.py", "x = 5\nif x == 0:\n    pass\n"
      + "".join(f"elif x == {i}:\n    pass\n" for i in range(1, 7000)) + "print(x)\n")
write("script_nested_for_21.py", "".join(" " * i + f"for a{i} in [1]:\n" for i in range(21))
      + " " * 21 + "print(1)\n")
write("script_nested_with_20.py", "import contextlib\nc = contextlib.nullcontext()\n"
      + "".join(" " * i + "with c:\n" for i in range(20)) + " " * 20 + "print('ok')\n")
write("script_nested_try_20.py", "".join(" " * i + "try:\n" for i in range(20)) + " " * 20
      + "print(1)\n" + "".join(" " * i + "except:\n" + " " * i + " pass\n" for i in reversed(range(20))))
write("script_int_literal_5000.py", "print(1)\nx = " + "7" * 5000 + "\n")
write("script_hex_literal_big.py", "x = 0x" + "f" * 50000 + "\nprint(x.bit_length(), x % 1000003)\n")
write("script_big_list.py", "x = [" + ",".join(str(i) for i in range(40000)) + "]\nprint(len(x), sum(x), x[-1])\n")
write("script_big_strings.py", "x = [" + ",".join(f"'s{i}'" for i in range(40000)) + "]\nprint(len(x), x[-1])\n")

# Source decoding (PEP 263).
write("script_latin1_cookie.py", b"# -*- coding: latin-1 -*-\nprint('caf\xe9', len('\xe9\xe8'))\n")
write("script_cookie_line2.py", b"#!/usr/bin/env python3\n# vim: set fileencoding=cp1252 :\nprint('\x80', ord('\x80'))\n")
write("script_utf8_bom.py", b"\xef\xbb\xbf# coding: utf-8\nprint('bom', '\xc3\xa9')\n")
write("script_bom_latin1_cookie.py", b"\xef\xbb\xbf# coding: latin-1\nprint(1)\n")
write("script_unknown_encoding.py", b"# coding: klingon\nprint(1)\n")
write("script_null_byte.py", b"print(1)\n\x00\n")
write("mod_hp_badutf8.py", b"x = 1\ns = 'a\xff'\n")
write("mod_hp_badcookie.py", b"# coding: no-such-codec\nx = 1\n")
write("mod_hp_latin1.py", b"# coding: latin-1\ns = '\xe9t\xe9'\n")
write("mod_hp_nul.py", b"x = 1\x00\n")
