# PEP 563 stringified annotations: f-strings unparse as CPython (doubled braces, x= fields).
from __future__ import annotations
x = 5
class Q:
    a: f"int"
    b: f"x" "y"
    c: f'pre{1}post'
    d: f"{x!r:>{10}}"
    e: f"{x=}"
    f: f"{{lit}}"
    g: dict[str, f"{x}"]
    h: f'{"a"}'
    i: f"it's {x}"
for k, v in Q.__annotations__.items():
    print(k, v)
