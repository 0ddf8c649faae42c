# PEP 263 source decoding for exec/compile of bytes and for imported modules.
import sys

cases = [
    b"print('plain')",
    b"# -*- coding: latin-1 -*-\nprint('caf\xe9')",
    b"# coding=iso-8859-1\nprint(len('\xe9\xe9'))",
    b"#!/usr/bin/env python\n# coding: cp1252\nprint('\x80\x99')",
    b"x = 1\n# coding: latin-1\nprint('not a cookie')",
    b"# coding: ascii\nprint('ok')",
    b"# coding: ascii\nprint('\xe9')",
    b"# coding: utf-8\nprint('\xc3\xa9')",
    b"# coding: UTF_8\nprint('u')",
    b"\xef\xbb\xbfprint('bom')",
    b"\xef\xbb\xbf# coding: utf-8\nprint('bom and cookie')",
    b"\xef\xbb\xbf# coding: latin-1\nprint('bom and latin-1')",
    b"# coding: klingon\nprint(1)",
    b"print(1)\n\xff",
    b"print('a\xffb')",
    b"print('\xc3(')",
    b"print('\xe2\x82')",
    b"print(1)\x00",
    b"# coding: cp1252\nprint('\x81')",
]
for src in cases:
    try:
        exec(src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
# A str source ignores its cookie.
exec("# coding: latin-1\nprint('\xe9')")
try:
    compile(b"\xef\xbb\xbf# coding: latin-1\n", "s", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
sys.path.insert(0, ".")
import mod_hp_latin1

print(mod_hp_latin1.s)
for name in ("mod_hp_badutf8", "mod_hp_badcookie", "mod_hp_nul"):
    try:
        __import__(name)
    except SyntaxError as e:
        print(name, "SyntaxError:", e.msg, e.lineno)
