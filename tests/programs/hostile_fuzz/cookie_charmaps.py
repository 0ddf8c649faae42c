# Coding cookies naming single-byte code pages decode the source (PEP 263), under every
# name codecs.lookup accepts; unknown names and undefined bytes are SyntaxErrors.
cases = [
    ('koi8-r', 'привет'),
    ('KOI8_R', 'мир'),
    ('cp1251', 'Здравствуй'),
    ('windows-1251', 'ёж'),
    ('iso-8859-15', '€uro œ'),
    ('latin2', 'Łódź'),
    ('cp437', '╔═╗ ñ'),
    ('cp850', 'Ñandú'),
    ('mac-roman', 'café ∑'),
    ('iso8859-7', 'αβγ'),
    ('cp1250', 'Příliš'),
    ('koi8-u', 'ґанок'),
    ('cp866', 'ДОС'),
    ('iso-8859-5', 'Кириллица'),
]
for enc, text in cases:
    src = f"# -*- coding: {enc} -*-\nprint({text!r}, len({text!r}))\n".encode(enc)
    exec(src)
    ns = {}
    exec(compile(f"#!/usr/bin/env python3\n# vim: set fileencoding={enc} :\nv = {text!r}\n".encode(enc), 'm', 'exec'), ns)
    print(ns['v'] == text)
for src in [
    b'# coding: cp1253\nx = "\xaa"\n',
    b'# coding: cp-1251\nx = 1\n',
    b'# coding: iso8859.2\nx = 1\n',
    b'# coding: koi8-r\nx = "\xc1" +\n',
]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
