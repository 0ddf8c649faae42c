#!/usr/bin/env python3
"""Hostile inputs judged by CPython: writes several hundred programs and runs each under
`python3` and Kestrel (timeout and address-space limit), then classifies Kestrel's run.

    python3 tests/hostile_gen.py [KESTREL] [--only CAT,NAME,...] [--jobs N] [--show] [--keep DIR]

Classes: `crash` (killed by a signal, a Rust panic or an allocation abort), `hang` (timeout
where CPython finished), `differs` (exit code, exception type or stdout differ), `message`
(only the exception's message differs), `ok`. Inputs CPython itself cannot judge (it times
out or dies of a signal) are skipped. Categories: garbled (truncated/garbled test programs),
depth, literal, alloc, selfref, bigcode, encoding, digits, runtime, probes.
The verdict is the one `tests/gen_expected.py` records: stdout, exit code and the last
non-empty stderr line.
"""

import os
import random
import resource
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TIMEOUT = 30
MEM_LIMIT = 3 << 30

CASES = []


def case(cat, name, src):
    if isinstance(src, str):
        src = src.encode("utf-8", "surrogatepass")
    CASES.append((cat, name, src))


# --- truncated and garbled test programs ----------------------------------------------------
def garbled():
    progs = []
    for folder in ["basics", "strings", "functions", "classes", "control", "exceptions",
                   "match", "generators_more", "lang_more", "numbers"]:
        d = os.path.join(ROOT, "tests", "programs", folder)
        if not os.path.isdir(d):
            continue
        for fn in sorted(os.listdir(d)):
            if fn.endswith(".py") and not fn.startswith("mod_"):
                with open(os.path.join(d, fn), "rb") as f:
                    data = f.read()
                if len(data) < 20000 and b"import" not in data and b"while" not in data:
                    progs.append((folder + "_" + fn[:-3], data))
    rng = random.Random(15)
    progs = progs[:: max(1, len(progs) // 24)][:24]
    junk = b"()[]{}:;,.'\"\\\n\t #=@*+-<>!&|~^%`$?\x00\xff\xc3"
    for name, data in progs:
        for frac in (0.1, 0.37, 0.5, 0.73, 0.95):
            case("garbled", f"trunc_{name}_{int(frac * 100)}", data[: int(len(data) * frac)])
        for k in range(4):
            b = bytearray(data)
            for _ in range(1 + k * 2):
                i = rng.randrange(len(b))
                op = rng.randrange(3)
                if op == 0:
                    b[i] = rng.choice(junk)
                elif op == 1:
                    del b[i: i + rng.randrange(1, 8)]
                else:
                    b[i:i] = bytes([rng.choice(junk)])
            case("garbled", f"garble_{name}_{k}", bytes(b))


# --- deep nesting of every construct --------------------------------------------------------
def depth():
    for n in (50, 199, 200, 201, 1000, 100000):
        case("depth", f"parens_{n}", "x = " + "(" * n + "1" + ")" * n + "\nprint(x)\n")
        case("depth", f"lists_{n}", "x = " + "[" * n + "]" * n + "\nprint(len(x))\n")
        case("depth", f"dicts_{n}", "x = " + "{1:" * n + "1" + "}" * n + "\nprint(len(x))\n")
        case("depth", f"calls_{n}", "f = lambda *a: f\nx = f" + "(" * n + ")" * n + "\nprint(1)\n")
        case("depth", f"unclosed_{n}", "x = " + "(" * n + "1\n")
        case("depth", f"tuple_{n}", "x = " + "(1," * n + ")" * n + "\nprint(len(x))\n")
    for n in (100, 1000, 3000, 10000, 100000):
        case("depth", f"unary_minus_{n}", "x = " + "-" * n + "1\nprint(x)\n")
        case("depth", f"not_{n}", "x = " + "not " * n + "1\nprint(x)\n")
        case("depth", f"invert_{n}", "x = " + "~" * n + "1\nprint(x)\n")
        case("depth", f"add_{n}", "x = " + "+".join(["1"] * n) + "\nprint(x)\n")
        case("depth", f"mul_{n}", "x = " + "*".join(["1"] * n) + "\nprint(x)\n")
        case("depth", f"pow_{n}", "x = " + "**".join(["1"] * n) + "\nprint(x)\n")
        case("depth", f"sub_str_{n}", "x = " + "+".join(["'a'"] * n) + "\nprint(len(x))\n")
        case("depth", f"and_{n}", "a = 1\nx = " + " and ".join(["a"] * n) + "\nprint(x)\n")
        case("depth", f"cmp_{n}", "x = " + "<".join(["1"] * n) + "\nprint(x)\n")
        case("depth", f"attr_{n}", "class A: pass\na = A(); a.b = a\nx = a" + ".b" * n + "\nprint(x is a)\n")
        case("depth", f"subscr_{n}", "a = []; a.append(a)\nx = a" + "[0]" * n + "\nprint(x is a)\n")
        case("depth", f"callchain_{n}", "f = lambda: f\nx = f" + "()" * n + "\nprint(x is f)\n")
        case("depth", f"lambda_{n}", "f = " + "lambda: " * n + "1\nprint(1)\n")
        case("depth", f"ternary_{n}", "c = 0\nx = " + "1 if c else " * n + "2\nprint(x)\n")
        case("depth", f"concat_{n}", "x = " + " ".join(["'ab'"] * n) + "\nprint(len(x))\n")
        case("depth", f"elif_{n}", "x = 5\nif x == 0:\n    pass\n"
             + "".join(f"elif x == {i}:\n    pass\n" for i in range(1, n)) + "print(x)\n")
        case("depth", f"genexp_{n}", "x = " + "(" * 0 + "sum(" * min(n, 300) + "[1]" + ")" * min(n, 300) + "\nprint(x)\n")
        case("depth", f"fstring_{n}", "x = " + "f'{" * 1 + "+".join(["1"] * n) + "}'" + "\nprint(len(x))\n")
        case("depth", f"walrus_{n}", "x = " + "(y := " * min(n, 150) + "1" + ")" * min(n, 150) + "\nprint(x)\n")
    for n in (20, 21, 99, 100, 101, 1000):
        case("depth", f"if_{n}", "".join(" " * i + "if 1:\n" for i in range(n)) + " " * n + "print(1)\n")
        case("depth", f"def_{n}", "".join(" " * i + f"def f{i}():\n" for i in range(n)) + " " * n + "pass\nprint(1)\n")
        case("depth", f"for_{n}", "".join(" " * i + f"for a{i} in [1]:\n" for i in range(n)) + " " * n + "print(1)\n")
        case("depth", f"while_{n}", "".join(" " * i + "while 1:\n" for i in range(n)) + " " * n + "break\nprint(1)\n")
        case("depth", f"class_{n}", "".join(" " * i + f"class C{i}:\n" for i in range(n)) + " " * n + "pass\nprint(1)\n")
        case("depth", f"try_{n}", "".join(" " * i + "try:\n" for i in range(n)) + " " * n + "print(1)\n"
             + "".join(" " * i + "finally:\n" + " " * i + " pass\n" for i in reversed(range(n))))
        case("depth", f"with_{n}", "import contextlib\nc = contextlib.nullcontext()\n"
             + "".join(" " * i + "with c:\n" for i in range(n)) + " " * n + "print(1)\n")
        case("depth", f"comp_{n}", "x = " + "[" * n + "1" + " for _ in [1]]" * n + "\nprint(x)\n")
        case("depth", f"tabs_{n}", "".join("\t" * i + "if 1:\n" for i in range(n)) + "\t" * n + "print(1)\n")
    # Runtime depth: natives that recurse over nested values.
    for n in (500, 10000, 200000):
        nest = f"x = []\nfor i in range({n}):\n    x = [x]\n"
        case("depth", f"rt_repr_{n}", nest + "print(len(repr(x)))\n")
        case("depth", f"rt_eq_{n}", nest + "y = []\nfor i in range({n}):\n    y = [y]\nprint(x == y)\n")
        case("depth", f"rt_lt_{n}", nest + "y = []\nfor i in range({n}):\n    y = [y]\nprint(x < y)\n")
        case("depth", f"rt_json_{n}", "import json\n" + nest + "print(len(json.dumps(x)))\n")
        case("depth", f"rt_jsonload_{n}", f"import json\nprint(len(json.loads('[' * {n} + ']' * {n})))\n")
        case("depth", f"rt_deepcopy_{n}", "import copy\n" + nest + "print(len(copy.deepcopy(x)))\n")
        case("depth", f"rt_pickle_{n}", "import pickle\n" + nest + "print(len(pickle.loads(pickle.dumps(x))))\n")
        case("depth", f"rt_dict_{n}", f"x = {{}}\nfor i in range({n}):\n    x = {{1: x}}\nprint(len(str(x)))\n")
        case("depth", f"rt_tuple_hash_{n}", f"x = ()\nfor i in range(min({n}, 20000)):\n    x = (x,)\nprint(type(hash(x)).__name__)\n")
        case("depth", f"rt_str_{n}", f"x = ()\nfor i in range({n}):\n    x = (x,)\nprint(len(str(x)))\n")
        case("depth", f"rt_flatten_{n}", nest + "def f(x):\n    return sum(f(y) for y in x) + 1\nprint(f(x))\n")
        case("depth", f"rt_eval_{n}", f"print(eval('(' * {n} + '1' + ')' * {n}))\n")
        case("depth", f"rt_compile_{n}", f"print(eval('-' * {n} + '1'))\n")
        case("depth", f"rt_exc_chain_{n}", f"e = None\nfor i in range({n}):\n    try:\n        raise ValueError(i) from e\n    except ValueError as x:\n        e = x\nprint(type(e).__name__)\nraise e\n")
        case("depth", f"rt_recurse_{n}", f"import sys\nsys.setrecursionlimit({n})\ndef f(n):\n    return f(n + 1) if n < {n // 2} else n\nprint(f(0))\n")


# --- huge literals ---------------------------------------------------------------------------
def literal():
    for n in (10**4, 10**6, 10**7):
        case("literal", f"str_{n}", "x = '" + "a" * n + "'\nprint(len(x))\n")
        case("literal", f"bytes_{n}", "x = b'" + "a" * n + "'\nprint(len(x))\n")
        case("literal", f"triple_{n}", "x = '''" + "a\n" * (n // 2) + "'''\nprint(len(x))\n")
        case("literal", f"hex_{n}", "x = 0x" + "f" * n + "\nprint(x.bit_length())\n")
        case("literal", f"bin_{n}", "x = 0b" + "1" * n + "\nprint(x.bit_length())\n")
        case("literal", f"oct_{n}", "x = 0o" + "7" * n + "\nprint(x.bit_length())\n")
        case("literal", f"dec_{n}", "x = " + "1" * n + "\nprint(x.bit_length())\n")
        case("literal", f"float_{n}", "x = 1." + "1" * n + "\nprint(x)\n")
        case("literal", f"floatexp_{n}", "x = 1e" + "1" * min(n, 10**5) + "\nprint(x)\n")
        case("literal", f"complex_{n}", "x = " + "1" * min(n, 300) + ".5j\nprint(x)\n")
        case("literal", f"ident_{n}", "a" * n + " = 1\nprint(" + "a" * n + ")\n")
        case("literal", f"comment_{n}", "#" + "x" * n + "\nprint(1)\n")
        case("literal", f"lines_{n}", "pass\n" * (n // 10) + "print(1)\n")
        case("literal", f"blank_{n}", "\n" * n + "print(1)\n")
        case("literal", f"unterminated_{n}", "x = '" + "a" * n + "\n")
        case("literal", f"unterminated3_{n}", "x = '''" + "a" * n + "\n")
        case("literal", f"escapes_{n}", "x = '" + "\\x41" * (n // 4) + "'\nprint(len(x))\n")
        case("literal", f"uescape_{n}", "x = '" + "\\u00e9" * (n // 6) + "'\nprint(len(x))\n")
        case("literal", f"fstr_{n}", "x = f'" + "a" * n + "{1}'\nprint(len(x))\n")
        case("literal", f"underscore_{n}", "x = 1" + "_1" * (n // 2) + "\nprint(x.bit_length())\n")
        case("literal", f"backslash_{n}", "x = (1 \\\n" + "+ 1 \\\n" * min(n, 10**5) + ")\nprint(x)\n")
    case("literal", "bad_escape", "x = '\\N{NO SUCH NAME}'\n")
    case("literal", "bad_x", "x = '\\x4'\n")
    case("literal", "bad_u", "x = '\\u12'\n")
    case("literal", "bad_U", "x = '\\U00110000'\n")
    case("literal", "bytes_nonascii", "x = b'é'\n")
    case("literal", "dec_leading_zero", "x = 0123\n")
    case("literal", "bad_underscore", "x = 1__2\n")
    case("literal", "trailing_underscore", "x = 1_\n")
    case("literal", "bad_hex", "x = 0x\n")
    case("literal", "bad_bin", "x = 0b2\n")
    case("literal", "bad_oct", "x = 0o8\n")
    case("literal", "float_underscore", "x = 1._5\n")
    case("literal", "imag_underscore", "x = 1_j\n")
    case("literal", "surrogate_escape", "x = '\\ud800'\nprint(len(x), ascii(x))\n")
    case("literal", "surrogate_print", "print('\\ud800')\n")
    case("literal", "surrogate_pair", "x = '\\ud83d\\ude00'\nprint(len(x), ascii(x))\n")
    case("literal", "chr_surrogate", "x = chr(0xdc80)\nprint(len(x), ascii(x), x.encode('utf-8', 'surrogateescape'))\n")
    case("literal", "surrogate_encode", "x = chr(0xd800)\nx.encode()\n")


# --- huge allocations ------------------------------------------------------------------------
def alloc():
    sizes = ["2**31", "2**40", "2**62", "2**63", "10**20", "-1", "sys.maxsize", "sys.maxsize // 2"]
    exprs = {
        "strmul": "'x' * N", "strmul2": "'xy' * N", "listmul": "[0] * N", "tuplemul": "(0,) * N",
        "bytesmul": "b'x' * N", "bytes": "bytes(N)", "bytearray": "bytearray(N)",
        "center": "'x'.center(N)", "ljust": "'x'.ljust(N)", "rjust": "'x'.rjust(N, '*')",
        "zfill": "'1'.zfill(N)", "bzfill": "b'1'.zfill(N)", "bcenter": "b'x'.center(N)",
        "expandtabs": "'a\\tb'.expandtabs(N)", "pct_width": "'%*d' % (N, 1)",
        "pct_prec": "'%.*f' % (N, 1)", "format": "format(1, str(N))",
        "fstring": "f'{1:{N}}'", "strformat": "'{:>{}}'.format(1, N)",
        "fmt_prec": "format(1.5, '.' + str(N) + 'f')", "range_list": "list(range(N))",
        "range_star": "[*range(N)]", "range_len": "len(range(N))", "range_big": "len(range(N * N))",
        "lshift": "1 << N", "pow": "2 ** N", "pow10": "10 ** N", "powmod": "pow(3, N, 7)",
        "to_bytes": "(1).to_bytes(N, 'big')", "repeat": "list(__import__('itertools').repeat(0, N))",
        "imul": "__import__('functools').reduce(lambda a, b: a * b, [[0], N])",
        "array": "__import__('array').array('b', [0]) * N", "deque": "__import__('collections').deque([0]) * N",
        "join": "''.join(['x' * 1000] * (N // 1000))",
        "bytes_iter": "bytes(range(N))" , "memview": "memoryview(b'x' * N)",
        "str_index": "'abc'[N]", "list_index": "[1][N]", "slice": "len('abc'[N:N+5])",
        "insert": "[].insert(N, 1)", "extend_self": "[0].__mul__(N)",
    }
    for name, e in exprs.items():
        for i, s in enumerate(sizes):
            case("alloc", f"{name}_{i}", f"import sys\nN = {s}\nx = {e}\nprint(type(x).__name__)\n")
    growth = {
        "replace": "('x' * 10**5).replace('', 'y' * 10**5)",
        "replace2": "('x' * 10**6).replace('x', 'y' * 10**6)",
        "join_big": "' '.join(['x' * 10**6] * 10**6)",
        "strjoin_gen": "len(''.join('x' * 10**7 for _ in range(10**4)))",
        "shift_big": "1 << (1 << 40)",
        "shift_neg": "1 << -1",
        "shift_huge_rhs": "1 >> (1 << 100)",
        "pow_huge": "10 ** (10 ** 12)",
        "pow_neg": "2 ** -(10 ** 12)",
        "pow_float": "2.0 ** 10**6",
        "int_mul": "len(str((10**1000) ** 10**9))",
        "factorial": "__import__('math').factorial(10**12)",
        "dict_grow": "{i: i for i in range(10**12)}",
        "set_grow": "set(range(10**12))",
        "listcomp": "[i for i in range(10**12)]",
        "nested_mul": "[[0] * 10**6] * 10**6",
        "strmul_nested": "('x' * 10**6) * 10**6",
        "bytes_join": "b''.join([b'x' * 10**6] * 10**6)",
        "tuple_range": "tuple(range(10**12))",
        "str_of_big": "len(str(1 << 10**8))",
        "hex_of_big": "len(hex(1 << (1 << 33)))",
        "zip_big": "list(zip(range(10**12), range(10**12)))",
        "enumerate_big": "list(enumerate(range(10**12)))",
        "sorted_big": "sorted(range(10**12))",
        "bytes_fromhex": "bytes.fromhex('00' * 10**6)[:1]",
        "ljust_fill": "len('x'.ljust(10**6, 'y'))",
        "center_ok": "len('x'.center(10**6))",
        "decimal_ctx": "len(__import__('struct').pack('%dx' % 10**12))",
        "struct_fmt": "__import__('struct').calcsize('1000000000000000000000s')",
        "format_comma": "len(format(10**4000, ','))",
        "bytearray_extend": "bytearray().extend(range(10**12))",
        "list_extend": "[].extend(range(10**12))",
        "str_split": "len(('x ' * 10**6).split())",
        "translate": "len(('x' * 10**6).translate({ord('x'): 'y' * 10**6}))",
        "encode_big": "len(('\\u20ac' * 10**6).encode('utf-16'))",
        "chain_mul": "[0] * 10**5 * 10**5 * 10**5",
        "repr_big": "len(repr(['x' * 10**6] * 10**4))",
        "mem_exhaust_loop": "[bytearray(10**8) for _ in range(10**6)]",
        "str_exhaust_loop": "['x' * 10**8 + str(i) for i in range(10**6)]",
    }
    for name, e in growth.items():
        case("alloc", f"g_{name}", f"x = {e}\nprint(type(x).__name__, x if isinstance(x, int) and x < 10**9 else '')\n")
        case("alloc", f"gc_{name}", f"try:\n    x = {e}\nexcept (MemoryError, OverflowError, ValueError) as e:\n    print(type(e).__name__, e)\nelse:\n    print('ok')\n")


# --- self-referential containers -------------------------------------------------------------
def selfref():
    progs = {
        "list_repr": "l = []; l.append(l); print(l, repr(l), str(l))",
        "dict_repr": "d = {}; d['a'] = d; print(d)",
        "nested_repr": "l = []; d = {'l': l}; l.append(d); print(l, d)",
        "list_eq_same": "l = []; l.append(l); print(l == l)",
        "list_eq_other": "l = []; l.append(l); m = []; m.append(m); print(l == m)",
        "list_lt": "l = []; l.append(l); m = []; m.append(m); print(l < m)",
        "dict_eq": "d = {}; d[1] = d; e = {}; e[1] = e; print(d == e)",
        "list_in": "l = []; l.append(l); m = []; m.append(m); print(m in l)",
        "list_count": "l = []; l.append(l); m = []; m.append(m); print(l.count(m))",
        "list_index": "l = []; l.append(l); m = []; m.append(m); print(l.index(m))",
        "list_remove": "l = []; l.append(l); m = []; m.append(m); l.remove(m)",
        "deepcopy": "import copy\nl = []; l.append(l); c = copy.deepcopy(l); print(c[0] is c, c is l)",
        "deepcopy_dict": "import copy\nd = {}; d['d'] = d; c = copy.deepcopy(d); print(c['d'] is c)",
        "copy": "import copy\nl = []; l.append(l); c = copy.copy(l); print(c[0] is l)",
        "json_dumps": "import json\nl = []; l.append(l); json.dumps(l)",
        "json_dumps_dict": "import json\nd = {}; d['a'] = d; print(json.dumps(d))",
        "json_nocheck": "import json\nl = []; l.append(l); json.dumps(l, check_circular=False)",
        "pickle": "import pickle\nl = []; l.append(l); c = pickle.loads(pickle.dumps(l)); print(c[0] is c)",
        "tuple_via_list": "l = []; t = (l,); l.append(t); print(t, hash(len(str(t))) >= 0)",
        "tuple_hash": "l = []; t = (l,); l.append(t); hash(t)",
        "set_repr": "class A:\n    def __repr__(self): return repr(s)\ns = {A()}\nprint(s)",
        "obj_attr": "class A: pass\na = A(); a.a = a; print(a.a.a.a is a, vars(a) is a.__dict__)",
        "repr_recursion": "class A:\n    def __repr__(self): return repr(self)\nrepr(A())",
        "eq_recursion": "class A:\n    def __eq__(self, o): return self == o\nA() == A()",
        "hash_recursion": "class A:\n    def __hash__(self): return hash(self)\nhash(A())",
        "getattr_recursion": "class A:\n    def __getattr__(self, n): return self.x\nA().y",
        "str_recursion": "class A:\n    def __str__(self): return str(self)\nprint(A())",
        "len_recursion": "class A:\n    def __len__(self): return len(self)\nlen(A())",
        "iter_recursion": "class A:\n    def __iter__(self): return iter(self)\nlist(A())",
        "bool_recursion": "class A:\n    def __bool__(self): return not self\nprint(bool(A()))",
        "getitem_recursion": "class A:\n    def __getitem__(self, i): return self[i]\nA()[0]",
        "init_recursion": "class A:\n    def __init__(self): A()\nA()",
        "add_recursion": "class A:\n    def __add__(self, o): return self + o\nA() + 1",
        "format_recursion": "class A:\n    def __format__(self, s): return f'{self}'\nf'{A()}'",
        "exc_self_context": "e = ValueError('x')\ne.__context__ = e\nraise e",
        "exc_self_cause": "e = ValueError('x')\ne.__cause__ = e\nraise e",
        "exc_cycle": "a = ValueError('a'); b = TypeError('b')\na.__context__ = b; b.__context__ = a\nraise a",
        "exc_cycle_cause": "a = ValueError('a'); b = TypeError('b')\na.__cause__ = b; b.__cause__ = a\nraise a",
        "exc_repr_raises": "class E(Exception):\n    def __str__(self): raise RuntimeError('no')\nraise E()",
        "ordereddict": "import collections\nd = collections.OrderedDict(); d['a'] = d; print(d)",
        "deque": "import collections\nd = collections.deque(); d.append(d); print(d)",
        "defaultdict": "import collections\nd = collections.defaultdict(list); d['a'] = d; print(d)",
        "userlist": "import collections\nl = collections.UserList(); l.append(l); print(l)",
        "dict_keys": "d = {}; d[1] = d.keys(); print(d)",
        "dict_values": "d = {}; d[1] = d.values(); print(d)",
        "dict_items": "d = {}; d[1] = d.items(); print(d)",
        "list_extend_self": "l = [1, 2]; l.extend(l); l += l; print(l)",
        "list_sort_self": "l = []; l.append(l); l.append(l); l.sort(); print(len(l))",
        "list_sort_mutate": "l = list(range(10))\nl.sort(key=lambda x: l.append(x) or x)\nprint(l)",
        "dict_mutate_iter": "d = {1: 1}\nfor k in d:\n    d[k + 1] = 1",
        "set_mutate_iter": "s = {1}\nfor k in s:\n    s.add(k + 1)",
        "list_slice_self": "l = [1, 2, 3]; l[1:2] = l; print(l)",
        "gen_self": "def g():\n    yield from x\nx = g()\nnext(x)",
        "gen_send_self": "def g():\n    x.send(None)\n    yield\nx = g()\nnext(x)",
        "partial": "import functools\np = functools.partial(print)\np.__dict__['p'] = p\nprint(type(p).__name__)",
        "class_bases_cycle": "class A: pass\nclass B(A): pass\nA.__bases__ = (B,)",
        "dict_self_key_hash": "d = {}\nd[d] = 1",
        "str_format_self": "l = []; l.append(l); print('{}'.format(l), '%s' % (l,), f'{l!r}')",
        "pprint": "import pprint\nl = []; l.append(l); pprint.pprint(l)",
        "set_frozen": "s = set(); f = frozenset([1]); s.add(f); print(s == {f})",
        "weakref_cycle": "import weakref, gc\nclass A: pass\na = A(); a.r = weakref.ref(a); del a; gc.collect(); print('ok')",
        "many_cycles": "for i in range(200000):\n    a = []; a.append(a)\nprint('ok')",
        "list_mul_self": "l = [[]] * 3; l[0].append(l); print(l)",
        "reversed_self": "l = []; l.append(reversed(l)); print(len(list(l[0])))",
        "sum_self": "l = []; l.append(l); sum(l, [])",
        "max_self": "l = []; l.append(l); print(max(l) is l)",
        "sorted_self_pair": "l = []; l.append(l); m = []; m.append(m); sorted([l, m])",
        "zip_self": "l = [1]; print(list(zip(l, l)))",
    }
    for name, src in progs.items():
        case("selfref", name, src + "\n")


# --- big code objects ------------------------------------------------------------------------
def bigcode():
    for n in (1000, 40000, 100000):
        case("bigcode", f"list_{n}", "x = [" + ",".join(str(i) for i in range(n)) + "]\nprint(len(x), sum(x))\n")
        case("bigcode", f"list_names_{n}", "a = 1\nx = [" + ",".join("a" for i in range(n)) + "]\nprint(len(x), sum(x))\n")
        case("bigcode", f"tuple_strs_{n}", "x = (" + ",".join(f"'s{i}'" for i in range(n)) + ")\nprint(len(x), x[-1])\n")
        case("bigcode", f"dict_{n}", "x = {" + ",".join(f"{i}: {i}" for i in range(n)) + "}\nprint(len(x))\n")
        case("bigcode", f"set_{n}", "x = {" + ",".join(str(i) for i in range(n)) + "}\nprint(len(x))\n")
        case("bigcode", f"floats_{n}", "x = [" + ",".join(f"{i}.5" for i in range(n)) + "]\nprint(len(x), x[-1])\n")
        case("bigcode", f"and_chain_{n}", "".join(f"b{i} = 1\n" for i in range(7)) + "x = "
             + " and ".join(f"b{i % 7}" for i in range(n)) + "\nprint(x)\n")
        case("bigcode", f"or_chain_{n}", "".join(f"c{i} = 0\n" for i in range(7)) + "x = " + " or ".join(f"c{i % 7}" for i in range(n)) + "\nprint(x)\n")
        case("bigcode", f"and_distinct_{n}", "x = " + " and ".join(f"v{i}" for i in range(n)) + "\nprint(x)\n")
        case("bigcode", f"kwargs_{n}", "def f(**k): return len(k)\nprint(f(" + ",".join(f"k{i}={i}" for i in range(n)) + "))\n")
        case("bigcode", f"args_{n}", "def f(*a): return len(a)\nprint(f(" + ",".join(str(i) for i in range(n)) + "))\n")
        case("bigcode", f"globals_{n}", "".join(f"g{i} = {i}\n" for i in range(n)) + f"print(g{n - 1})\n")
        case("bigcode", f"attrs_{n}", "class A: pass\na = A()\n" + "".join(f"a.x{i} = {i}\n" for i in range(n)) + f"print(a.x{n - 1})\n")
        case("bigcode", f"strs_{n}", "".join(f"s = 'k{i}'\n" for i in range(n)) + "print(s)\n")
        case("bigcode", f"cmp_chain_{n}", "x = " + " < ".join(str(i) for i in range(n)) + "\nprint(x)\n")
        case("bigcode", f"locals_{n}", "def f():\n" + "".join(f"    l{i} = {i}\n" for i in range(n)) + f"    return l0 + l{n - 1}\nprint(f())\n")
        case("bigcode", f"params_{n}", "def f(" + ",".join(f"p{i}" for i in range(n)) + "):\n    return p0\nprint(f(*range(" + str(n) + ")))\n")
        case("bigcode", f"defaults_{n}", "f = lambda " + ",".join(f"p{i}={i}" for i in range(n)) + ": p0\nprint(f())\n")
        case("bigcode", f"match_{n // 10}", "x = 3\nmatch x:\n" + "".join(f"    case {i}:\n        print({i})\n" for i in range(n // 10)))
        case("bigcode", f"methods_{n // 10}", "class A:\n" + "".join(f"    def m{i}(self): return {i}\n" for i in range(n // 10)) + f"print(A().m{n // 10 - 1}())\n")
        case("bigcode", f"fstring_parts_{n // 10}", "a = 1\nx = f'" + "{a}" * (n // 10) + "'\nprint(len(x))\n")
        case("bigcode", f"body_{n}", "x = 0\nif x == 0:\n" + "    x += 1\n" * n + "print(x)\n")
        case("bigcode", f"exec_{n}", f"src = 'x = [' + ','.join(map(str, range({n}))) + ']'\nd = {{}}\nexec(src, d)\nprint(len(d['x']))\n")
        case("bigcode", f"unpack_{n}", "(" + ",".join(f"u{i}" for i in range(n)) + ") = range(" + str(n) + ")\nprint(u0)\n")
        case("bigcode", f"star_unpack_{n}", "a, *b = range(" + str(n) + ")\nprint(len(b))\n")
        case("bigcode", f"closure_{n // 100}", "def f():\n" + "".join(f"    c{i} = {i}\n" for i in range(n // 100)) + "    def g():\n        return " + "+".join(f"c{i}" for i in range(n // 100)) + "\n    return g()\nprint(f())\n")
    case("bigcode", "locals_70000_frame", "def f():\n" + "".join(f"    l{i} = {i}\n" for i in range(70000)) + "    return l0 + l69999\nprint(f())\n")
    case("bigcode", "kwargs_dup", "def f(**k): pass\nf(a=1, a=2)\n")
    case("bigcode", "params_dup", "def f(a, a): pass\n")


# --- source encodings ------------------------------------------------------------------------
def encoding():
    body = "print('caf\u00e9', len('\u00e9\u00e8'))\n"
    for enc in ["utf-8", "utf8", "UTF-8", "utf_8", "latin-1", "latin1", "iso-8859-1", "iso-8859-15",
                "iso8859-2", "cp1252", "windows-1252", "cp1251", "cp437", "cp850", "koi8-r", "mac-roman",
                "ascii", "us-ascii", "utf-16", "utf-32", "utf-8-sig", "shift_jis", "euc-jp", "gbk",
                "big5", "klingon", "", "rot13", "hex", "idna", "cp65001", "latin-9"]:
        try:
            data = body.encode(enc)
        except Exception:
            data = body.encode("utf-8")
        case("encoding", f"cookie_{enc or 'empty'}", f"# -*- coding: {enc} -*-\n".encode("ascii") + data)
        case("encoding", f"cookie2_{enc or 'empty'}", b"#!/usr/bin/env python3\n" + f"# vim: set fileencoding={enc} :\n".encode("ascii") + data)
    b = b"print('caf\xc3\xa9')\n"
    case("encoding", "cookie_line3", b"#\n#\n# coding: latin-1\n" + b)
    case("encoding", "cookie_after_code", b"x = 1\n# coding: latin-1\nprint('\xe9')\n")
    case("encoding", "cookie_inline", b"x = 1 # coding: latin-1\nprint('\xe9')\n")
    case("encoding", "cookie_equals", b"# coding=latin-1\nprint('\xe9')\n")
    case("encoding", "cookie_nospace", b"#coding:latin-1\nprint('\xe9')\n")
    case("encoding", "cookie_prefix", b"# xcoding: latin-1\nprint('\xe9')\n")
    case("encoding", "cookie_blank_line1", b"\n# coding: latin-1\nprint('\xe9')\n")
    case("encoding", "cookie_two", b"# coding: latin-1\n# coding: utf-8\nprint('\xe9')\n")
    case("encoding", "bom", b"\xef\xbb\xbf" + b)
    case("encoding", "bom_utf8_cookie", b"\xef\xbb\xbf# coding: utf-8\n" + b)
    case("encoding", "bom_latin_cookie", b"\xef\xbb\xbf# coding: latin-1\n" + b)
    case("encoding", "bom_middle", b"x = 1\n\xef\xbb\xbfprint(x)\n")
    case("encoding", "bom_only", b"\xef\xbb\xbf")
    case("encoding", "bom_partial", b"\xef\xbbprint(1)\n")
    case("encoding", "utf16_bom", "print(1)\n".encode("utf-16"))
    case("encoding", "bad_utf8_string", b"print('\xff')\n")
    case("encoding", "bad_utf8_comment", b"# \xff\xfe\nprint(1)\n")
    case("encoding", "bad_utf8_line5", b"print(1)\n\n\n\nx = '\xe9'\n")
    case("encoding", "bad_utf8_ident", b"\xe9 = 1\n")
    case("encoding", "bad_utf8_declared", b"# coding: utf-8\nprint('\xff')\n")
    case("encoding", "bad_ascii_declared", b"# coding: ascii\nprint('\xc3\xa9')\n")
    case("encoding", "truncated_utf8", b"print('x')\nx = '\xc3")
    case("encoding", "overlong", b"print('\xc0\x80')\n")
    case("encoding", "encoded_surrogate", b"print('\xed\xa0\x80')\n")
    case("encoding", "beyond_max", b"print('\xf4\x90\x80\x80')\n")
    case("encoding", "nul_string", b"print('a\x00b')\n")
    case("encoding", "nul_comment", b"# \x00\nprint(1)\n")
    case("encoding", "nul_start", b"\x00print(1)\n")
    case("encoding", "nul_end", b"print(1)\n\x00")
    case("encoding", "crlf", b"x = 1\r\nif x:\r\n    print(x)\r\n")
    case("encoding", "cr_only", b"x = 1\rif x:\r    print(x)\r")
    case("encoding", "mixed_eol", b"x = 1\r\nif x:\n    print(x)\r")
    case("encoding", "formfeed", b"\x0cx = 1\n\x0cprint(x)\n")
    case("encoding", "vtab", b"x = 1\x0b\nprint(x)\n")
    case("encoding", "nfkc_ident", "\ufb01 = 1\nprint(fi)\n")
    case("encoding", "nfkc_ident2", "\u212b = 2\nprint(\u00c5)\n")
    case("encoding", "invalid_char", "\u20ac = 1\n")
    case("encoding", "nbsp", "x =\u00a01\n")
    case("encoding", "zero_width", "x\u200b = 1\n")
    case("encoding", "rtl_override", "x = '\u202e'\nprint(len(x))\n")
    case("encoding", "emoji_ident", "\U0001f600 = 1\n")
    case("encoding", "cjk_ident", "\u53d8\u91cf = 3\nprint(\u53d8\u91cf)\n")
    case("encoding", "unicode_digit", "x = \u0661\n")
    case("encoding", "fullwidth_paren", "print\uff081\uff09\n")
    case("encoding", "smart_quotes", "print(\u201chi\u201d)\n")
    case("encoding", "tab_space_mix", "if 1:\n\tx = 1\n        print(x)\n")
    case("encoding", "dedent_bad", "if 1:\n        x = 1\n    print(x)\n")
    case("encoding", "indent_unexpected", "x = 1\n    print(x)\n")
    case("encoding", "eof_in_block", "if 1:\n")
    case("encoding", "eof_backslash", "x = 1 + \\")
    case("encoding", "backslash_space", "x = 1 + \\ \n2\n")
    case("encoding", "exec_bytes_latin", "exec(b'# coding: latin-1\\nprint(\"\\xe9\")\\n')\n")
    case("encoding", "exec_bytes_bad", "exec(b'print(\"\\xff\")')\n")
    case("encoding", "exec_bytes_nul", "exec(b'print(1)\\x00')\n")
    case("encoding", "exec_str_nul", "exec('print(1)\\x00')\n")
    case("encoding", "compile_bytes_cookie", "compile(b'# coding: klingon\\n', 'f', 'exec')\n")
    case("encoding", "compile_str_cookie", "exec('# coding: klingon\\nprint(1)\\n')\n")
    case("encoding", "eval_bom", "print(eval(b'\\xef\\xbb\\xbf1+1'))\n")
    case("encoding", "compile_bad_mode", "compile('1', 'f', 'bogus')\n")
    case("encoding", "compile_flags", "compile('1', 'f', 'eval', 1 << 30)\n")


# --- int/str digit limits --------------------------------------------------------------------
def digits():
    progs = {
        "int_5000": "int('1' * 5000)",
        "int_4300": "print(int('1' * 4300) % 1000)",
        "int_4301": "int('1' * 4301)",
        "int_spaces": "int(' ' * 100 + '1' * 5000)",
        "int_underscores": "int('1_' * 3000 + '1')",
        "int_neg": "int('-' + '1' * 5000)",
        "int_hex_unlimited": "print(int('f' * 10000, 16).bit_length())",
        "int_base7": "int('1' * 5000, 7)",
        "int_base0": "int('0x' + 'f' * 5000, 0)",
        "str_big": "str(10 ** 5000)",
        "repr_big": "repr(10 ** 5000)",
        "print_big": "print(10 ** 5000)",
        "fstr_big": "f'{10 ** 5000}'",
        "format_big": "format(10 ** 5000, 'd')",
        "pct_big": "'%d' % 10 ** 5000",
        "hex_big": "print(len(hex(10 ** 5000)))",
        "float_big": "print(float('1' * 5000))",
        "set_limit_0": "import sys\nsys.set_int_max_str_digits(0)\nprint(len(str(10 ** 20000)))",
        "set_limit_100": "import sys\nsys.set_int_max_str_digits(100)",
        "set_limit_640": "import sys\nsys.set_int_max_str_digits(640)\nprint(int('1' * 640) % 7)\nint('1' * 641)",
        "set_limit_neg": "import sys\nsys.set_int_max_str_digits(-1)",
        "get_limit": "import sys\nprint(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)",
        "flags": "import sys\nprint(sys.flags.int_max_str_digits)",
        "eval_literal": "eval('1' * 5000)",
        "compile_literal": "compile('x = ' + '1' * 5000, 'f', 'exec')",
        "literal_4300": "print(eval('1' * 4300) % 1000)",
        "decimal_big": "import decimal\nprint(len(str(decimal.Decimal('1' * 5000))))",
        "int_bytes": "int(b'1' * 5000)",
        "int_bytearray": "int(bytearray(b'1' * 5000))",
        "int_million": "int('1' * 10**6)",
        "str_million": "x = 1 << 3400000\nprint(len(str(x)))",
        "int_unicode_digits": "print(int('\u0661' * 100) % 7)",
        "json_big": "import json\nprint(json.loads('1' * 5000))",
        "json_big_dump": "import json\njson.dumps(10 ** 5000)",
        "divmod_big": "print(divmod(10 ** 5000, 7)[1])",
        "round_big": "print(round(10 ** 5000, -4999) == 10 ** 5000)",
        "int_float_inf": "int(float('inf'))",
        "int_float_nan": "int(float('nan'))",
        "float_overflow": "float(10 ** 400)",
        "float_mul_overflow": "print(1e308 * 10)",
        "float_pow_overflow": "1e308 ** 2",
        "int_truediv_overflow": "10 ** 400 / 1",
        "math_exp_overflow": "import math\nmath.exp(1000)",
        "range_overflow": "range(2 ** 100)[2 ** 99]",
        "range_len_overflow": "len(range(2 ** 64))",
        "range_index": "print(range(2 ** 100).index(2 ** 99))",
        "sys_maxsize_index": "import sys\n[][sys.maxsize + 1]",
        "bit_length_huge": "print((1 << 100000).bit_length())",
        "int_from_bytes": "print(int.from_bytes(b'\\xff' * 100000, 'big').bit_length())",
        "chr_big": "chr(2 ** 64)",
        "round_ndigits_huge": "print(round(1.5, 2 ** 70))",
        "float_fmt_huge_prec": "'%.1000f' % 1.5",
    }
    for name, src in progs.items():
        case("digits", name, src + "\n")


# --- runtime edge cases ----------------------------------------------------------------------
def runtime():
    progs = {
        "super_noargs_module": "super()",
        "super_bad_type": "super(1, 2)",
        "super_not_instance": "class A: pass\nsuper(A, 1)",
        "super_in_static": "class A:\n    @staticmethod\n    def f(): return super().f()\nA.f()",
        "super_noarg_func": "def f(): super()\nf()",
        "object_new_int": "object.__new__(int)",
        "object_new_list": "print(type(object.__new__(list)))",
        "int_new_str": "int.__new__(str)",
        "list_new_int": "list.__new__(int)",
        "type_new_bad": "type('A', (1,), {})",
        "type_three": "type('A', (), 1)",
        "zip_strict": "list(zip([1, 2], [1], strict=True))",
        "zip_strict2": "list(zip([1], [1, 2], strict=True))",
        "zip_strict3": "list(zip([1], [1], [1, 2, 3], strict=True))",
        "map_noargs": "map()",
        "chr_neg": "chr(-1)",
        "chr_big": "chr(0x110000)",
        "ord_empty": "ord('')",
        "divzero": "1 / 0",
        "divzero_int": "1 // 0",
        "mod_zero": "1 % 0",
        "float_divzero": "1.0 / 0",
        "divmod_zero": "divmod(1, 0)",
        "pow_zero_neg": "0 ** -1",
        "pow_mod_zero": "pow(2, 3, 0)",
        "pow_mod_neg": "print(pow(3, -1, 7))",
        "pow_mod_noinv": "pow(2, -1, 4)",
        "int_base_bad": "int('1', 37)",
        "int_empty": "int('')",
        "int_base_float": "int(1.5, 10)",
        "float_bad": "float('x')",
        "complex_bad": "complex('1+')",
        "bytes_fromhex_bad": "bytes.fromhex('zz')",
        "encode_bad": "'x'.encode('bogus')",
        "decode_bad": "b'\\xff'.decode('utf-8')",
        "open_missing": "open('/nonexistent/x')",
        "import_missing": "import nonexistent_module_xyz",
        "from_import_missing": "from os import nonexistent_xyz",
        "exit_msg": "import sys\nsys.exit('bye')",
        "exit_256": "raise SystemExit(256)",
        "exit_neg": "raise SystemExit(-1)",
        "exit_big": "raise SystemExit(2 ** 100)",
        "exit_none": "raise SystemExit(None)",
        "exit_tuple": "raise SystemExit(1, 2)",
        "exit_float": "raise SystemExit(1.5)",
        "os_exit": "import os\nprint('x', flush=True)\nos._exit(3)",
        "recursion_limit_0": "import sys\nsys.setrecursionlimit(0)",
        "recursion_limit_neg": "import sys\nsys.setrecursionlimit(-5)",
        "recursion_limit_low": "import sys\nsys.setrecursionlimit(50)\ndef f(n): return f(n + 1)\nf(0)",
        "recursion_plain": "def f(n): return f(n + 1)\nf(0)",
        "recursion_mutual": "def f(n): return g(n)\ndef g(n): return f(n)\nf(0)",
        "recursion_lambda": "f = lambda: f()\nf()",
        "recursion_gen": "def g():\n    yield from g()\nnext(g())",
        "recursion_class": "class A:\n    def __init_subclass__(cls): type('B', (cls,), {})\nclass B(A): pass",
        "recursion_kwargs": "def f(**k): return f(**k)\nf(a=1)",
        "recursion_method": "class A:\n    def m(self): return self.m()\nA().m()",
        "recursion_property": "class A:\n    @property\n    def p(self): return self.p\nA().p",
        "recursion_setattr": "class A:\n    def __setattr__(self, n, v): setattr(self, n, v)\nA().x = 1",
        "recursion_descr": "class D:\n    def __get__(self, o, t): return o.d\nclass A:\n    d = D()\nA().d",
        "recursion_in_except": "def f():\n    try:\n        f()\n    except RecursionError:\n        f()\nf()",
        "recursion_exc_str": "class E(Exception):\n    def __str__(self): return str(self)\nraise E()",
        "stdout_none": "import sys\nsys.stdout = None\nprint('hi')\nsys.stderr.write('x\\n')",
        "stderr_none_raise": "import sys\nsys.stderr = None\nraise ValueError('x')",
        "stdin_none_input": "import sys\nsys.stdin = None\ninput()",
        "stdout_closed": "import sys\nsys.stdout.close()\nprint(1)",
        "stderr_closed_raise": "import sys\nsys.stderr.close()\nraise ValueError('x')",
        "input_eof": "input()",
        "input_prompt_eof": "input('prompt> ')",
        "del_raises": "class A:\n    def __del__(self): raise ValueError('d')\na = A()\ndel a\nimport gc; gc.collect()\nprint('after')",
        "dict_iter_mutate": "d = {1: 2}\nfor k in d: del d[k]",
        "list_pop_empty": "[].pop()",
        "dict_popitem_empty": "{}.popitem()",
        "set_pop_empty": "set().pop()",
        "deque_pop_empty": "import collections\ncollections.deque().pop()",
        "next_exhausted": "next(iter([]))",
        "gen_running": "def g():\n    next(x)\n    yield\nx = g()\nnext(x)",
        "gen_close_yield": "def g():\n    try:\n        yield 1\n    finally:\n        yield 2\nx = g(); next(x); x.close()",
        "stopiteration_in_gen": "def g():\n    raise StopIteration\n    yield\nlist(g())",
        "await_outside": "await x",
        "yield_outside": "yield 1",
        "return_outside": "return 1",
        "break_outside": "break",
        "continue_outside": "continue",
        "nonlocal_module": "nonlocal x",
        "global_after_use": "def f():\n    x = 1\n    global x",
        "del_unbound": "def f():\n    del x\nf()",
        "unbound_local": "def f():\n    print(x)\n    x = 1\nf()",
        "name_error": "undefined_name_xyz",
        "attr_error": "None.x",
        "type_error_call": "None()",
        "bad_unpack": "a, b = 1",
        "bad_unpack2": "a, b = [1, 2, 3]",
        "star_two": "*a, *b = [1]",
        "assign_literal": "1 = x",
        "assign_call": "f() = 1",
        "kw_repeat": "f(x=1, x=2)",
        "pos_after_kw": "f(x=1, 2)",
        "lambda_default_order": "lambda a=1, b: 0",
        "slice_step_zero": "[1][::0]",
        "str_mul_float": "'a' * 1.5",
        "list_index_float": "[1][1.0]",
        "hash_list": "hash([])",
        "set_of_lists": "{[]}",
        "sorted_mixed": "sorted([1, 'a'])",
        "compare_none": "None < 1",
        "abs_str": "abs('x')",
        "len_int": "len(5)",
        "iter_int": "iter(5)",
        "getattr_nonstr": "getattr(1, 2)",
        "setattr_builtin": "int.x = 1",
        "setattr_none": "(1).x = 1",
        "del_builtin_attr": "del int.__add__",
        "class_dict_mutate": "int.__dict__['x'] = 1",
        "metaclass_conflict": "class M1(type): pass\nclass M2(type): pass\nclass A(metaclass=M1): pass\nclass B(metaclass=M2): pass\nclass C(A, B): pass",
        "mro_conflict": "class A: pass\nclass B(A): pass\nclass C(A, B): pass",
        "bases_dup": "class A: pass\nclass B(A, A): pass",
        "subclass_bool": "class B(bool): pass",
        "subclass_final": "class F(type(None)): pass",
        "slots_conflict": "class A:\n    __slots__ = ('x',)\n    x = 1",
        "format_bad_spec": "format(1, 'Z')",
        "format_bad_field": "'{0[}'.format(1)",
        "format_missing": "'{} {}'.format(1)",
        "pct_bad": "'%(a)s' % 1",
        "pct_few": "'%s %s' % (1,)",
        "pct_many": "'%s' % (1, 2)",
        "pct_bad_char": "'%y' % 1",
        "struct_bad": "import struct\nstruct.pack('i', 2 ** 40)",
        "bytes_neg": "bytes([-1])",
        "bytes_256": "bytes([256])",
        "bytearray_bad": "bytearray('x')",
        "memoryview_released": "m = memoryview(b'x')\nm.release()\nm[0]",
        "float_round_inf": "round(float('inf'))",
        "math_domain": "import math\nmath.sqrt(-1)",
        "math_log0": "import math\nmath.log(0)",
        "math_factorial_neg": "import math\nmath.factorial(-1)",
        "math_factorial_float": "import math\nmath.factorial(1.5)",
        "int_too_big_index": "'abc'[10 ** 30]",
        "list_assign_slice_bad": "l = [1, 2, 3]\nl[::2] = [1]",
        "del_slice_step": "l = [1, 2, 3]\ndel l[::0]",
        "assert_false": "assert False, 'boom'",
        "assert_tuple": "assert (False, 'x')\nprint('ok')",
        "raise_nonexc": "raise 1",
        "raise_class_bad_init": "class E(Exception):\n    def __init__(self, a): pass\nraise E",
        "raise_from_bad": "raise ValueError from 1",
        "except_nonexc": "try:\n    1 / 0\nexcept 1:\n    pass",
        "keyboard_interrupt": "raise KeyboardInterrupt",
        "base_exception": "raise BaseException('x')",
        "generator_exit": "raise GeneratorExit",
        "exc_group": "raise ExceptionGroup('g', [ValueError(1), TypeError(2)])",
        "exc_group_empty": "ExceptionGroup('g', [])",
        "warn_error": "import warnings\nwarnings.simplefilter('error')\nwarnings.warn('w')",
        "unicode_error_print": "print(chr(0xdfff))",
        "surrogate_write": "import sys\nsys.stdout.write('\\udc80')",
        "surrogate_escape_ok": "print('\\udcff'.encode('utf-8', 'surrogateescape'))",
        "surrogate_replace": "print('a\\ud800b'.encode('utf-8', 'replace'))",
        "surrogate_in_exc": "raise ValueError('\\ud800')",
        "surrogate_repr": "print(repr('\\ud800'))",
        "surrogate_len": "print(len('\\ud800\\udc00'), '\\ud800\\udc00' == '\\U00010000')",
        "surrogate_join": "print(ascii(''.join([chr(0xd83d), chr(0xde00)])))",
        "vars_noarg_bad": "vars(1)",
        "dir_bad": "class A:\n    def __dir__(self): return 1\ndir(A())",
        "isinstance_bad": "isinstance(1, 1)",
        "issubclass_bad": "issubclass(1, int)",
        "print_bad_sep": "print(1, sep=1)",
        "print_bad_file": "print(1, file=1)",
        "sum_strs": "sum(['a', 'b'], '')",
        "min_empty": "min([])",
        "max_empty_default": "print(max([], default=7))",
        "int_subclass_huge": "class I(int): pass\nprint(I(10) ** 10)",
        "async_run": "import asyncio\nasync def f(): raise ValueError('a')\nasyncio.run(f())",
        "coroutine_never": "async def f(): pass\nf()\nprint('ok')",
        "await_non_awaitable": "import asyncio\nasync def f(): await 1\nasyncio.run(f())",
        "exec_bad_globals": "exec('x', 1)",
        "eval_bad_locals": "eval('x', {}, 1)",
        "eval_syntax": "eval('1 +')",
        "exec_return": "exec('return 1')",
        "compile_null": "compile('\\x00', 'f', 'exec')",
        "import_star_func": "def f():\n    from os import *",
        "locals_modify": "def f():\n    locals()['x'] = 1\n    return x\nf()",
        "frame_builtins": "del __builtins__\nprint(1)",
        "builtins_dict_mutate": "import builtins\ndel builtins.print\nprint(1)",
        "globals_none": "exec('print(1)', {'__builtins__': None})",
    }
    for name, src in progs.items():
        case("runtime", name, src + "\n")


# --- more probes: nested iterators, natives calling back, regex, escapes, endless input --------
def probes():
    progs = {
        # Chains of lazy iterators: each next() goes through every level.
        "map_chain": "x = iter([1])\nfor i in range(200000):\n    x = map(abs, x)\nprint(list(x))",
        "filter_chain": "x = iter([1])\nfor i in range(200000):\n    x = filter(None, x)\nprint(list(x))",
        "zip_chain": "x = iter([1])\nfor i in range(200000):\n    x = zip(x)\nprint(len(list(x)))",
        "enumerate_chain": "x = iter([1])\nfor i in range(200000):\n    x = enumerate(x)\nprint(len(list(x)))",
        "reversed_chain": "x = [1]\nfor i in range(200000):\n    x = reversed(list(x))\nprint(list(x))",
        "genexp_chain": "x = iter([1])\nfor i in range(100000):\n    x = (y for y in x)\nprint(list(x))",
        "iter_chain_chain": "import itertools\nx = iter([1])\nfor i in range(200000):\n    x = itertools.chain(x)\nprint(list(x))",
        "islice_chain": "import itertools\nx = itertools.count()\nfor i in range(200000):\n    x = itertools.islice(x, 5)\nprint(list(x))",
        # Natives that call back into Python, recursing.
        "sort_key_recurse": "def k(x):\n    return sorted([x], key=k)[0]\nsorted([1], key=k)",
        "map_recurse": "def f(x):\n    return list(map(f, [x]))[0]\nf(1)",
        "reduce_recurse": "import functools\ndef f(a, b):\n    return functools.reduce(f, [a, b])\nfunctools.reduce(f, [1, 2])",
        "max_key_recurse": "def k(x):\n    return max([x], key=k)\nmax([1], key=k)",
        "dict_hash_recurse": "class A:\n    def __hash__(self):\n        return hash({A(): 1})\nhash(A())",
        "eq_in_list_recurse": "class A:\n    def __eq__(self, o):\n        return [self] == [o]\nA() == A()",
        "repr_list_recurse": "class A:\n    def __repr__(self):\n        return repr([self])\nrepr(A())",
        "getattribute_recurse": "class A:\n    def __getattribute__(self, n):\n        return self.x\nA().y",
        "str_format_recurse": "class A:\n    def __format__(self, s):\n        return format(self, s)\nformat(A(), '')",
        "iter_next_recurse": "class A:\n    def __iter__(self): return self\n    def __next__(self): return next(self)\nlist(A())",
        "contains_recurse": "class A:\n    def __contains__(self, x): return x in self\n1 in A()",
        "json_default_recurse": "import json\ndef d(o):\n    return json.dumps(o, default=d)\njson.dumps(object(), default=d)",
        "deepcopy_recurse": "import copy\nclass A:\n    def __deepcopy__(self, m):\n        return copy.deepcopy(self)\ncopy.deepcopy(A())",
        "pickle_reduce_recurse": "import pickle\nclass A:\n    def __reduce__(self):\n        return (A, (A(),))\npickle.dumps(A())",
        "isinstance_recurse": "class M(type):\n    def __instancecheck__(cls, o):\n        return isinstance(o, cls)\nclass A(metaclass=M): pass\nisinstance(1, A)",
        "mro_deep": "C = object\nfor i in range(5000):\n    C = type('C%d' % i, (C,), {})\nprint(len(C.__mro__))",
        "exec_recurse": "s = 'exec(s)'\nexec(s)",
        "eval_recurse": "s = 'eval(s)'\neval(s)",
        "deep_list_eq_100k": "a = b = None\nfor i in range(100000):\n    a = [a]; b = [b]\nprint(a == b)",
        "deep_dict_repr_100k": "d = {}\nfor i in range(100000):\n    d = {'k': d}\nrepr(d)",
        "deep_tuple_hash_200k": "t = ()\nfor i in range(200000):\n    t = (t,)\nhash(t)",
        "deep_frozenset_hash": "t = frozenset()\nfor i in range(200000):\n    t = frozenset([t])\nprint(type(hash(t)).__name__)",
        "deep_sort_lists": "a = b = 1\nfor i in range(100000):\n    a = [a]; b = [b]\nsorted([a, b])",
        "deep_list_contains": "a = b = 1\nfor i in range(100000):\n    a = [a]; b = [b]\nprint(a in [b])",
        "deep_del": "x = None\nfor i in range(1000000):\n    x = [x]\ndel x\nprint('ok')",
        "deep_del_dict": "x = None\nfor i in range(1000000):\n    x = {1: x}\ndel x\nprint('ok')",
        "deep_del_obj": "class N:\n    pass\nx = None\nfor i in range(1000000):\n    n = N(); n.x = x; x = n\ndel x, n\nprint('ok')",
        "deep_gen_close": "def g(n):\n    if n:\n        yield from g(n - 1)\n    yield n\nx = g(900)\nnext(x)\ndel x\nprint('ok')",
        # Regular expressions: pathological but bounded input.
        "re_nested_quant": "import re\nprint(re.match('(a+)+$', 'a' * 18 + 'b'))",
        "re_alt_blowup": "import re\nprint(re.match('(a|aa)+$', 'a' * 24 + 'b'))",
        "re_deep_groups": "import re\nprint(re.match('(' * 200 + 'a' + ')' * 200, 'a').end())",
        "re_deep_groups_1000": "import re\nre.compile('(' * 1000 + 'a' + ')' * 1000)",
        "re_long_input": "import re\nprint(len(re.findall('a', 'a' * 10**6)))",
        "re_repeat_huge": "import re\nre.compile('a{4294967296}')",
        "re_repeat_big": "import re\nprint(re.match('a{1000}', 'a' * 1000).end())",
        "re_backref_big": "import re\nre.compile(r'(a)\\99999')",
        "re_bad_escape": "import re\nre.compile('\\\\')",
        "re_unbalanced": "import re\nre.compile('(' * 50)",
        "re_lookbehind_var": "import re\nre.compile('(?<=a+)b')",
        "re_many_groups": "import re\nprint(re.match('(a)' * 1000, 'a' * 1000).lastindex)",
        "re_sub_huge": "import re\nprint(len(re.sub('', 'xy', 'a' * 10**5)))",
        "re_split_empty": "import re\nprint(len(re.split('x*', 'a' * 10**5)))",
        # Malformed escapes and codecs.
        "bytes_bad_x": "x = b'\\x4'",
        "bytes_bad_x_end": "x = b'\\x'",
        "str_bad_N": "x = '\\N{'",
        "str_bad_N2": "x = '\\N'",
        "str_bad_U_big": "x = '\\U0011ffff'",
        "str_bad_U_short": "x = '\\U0001'",
        "unicode_escape_bad": "print(b'\\\\x4'.decode('unicode_escape'))",
        "unicode_escape_trunc": "print(b'\\\\'.decode('unicode_escape'))",
        "unicode_escape_N": "print(b'\\\\N{LATIN SMALL LETTER A}\\\\N{BOGUS}'.decode('unicode_escape'))",
        "raw_unicode_escape_bad": "print(b'\\\\u12'.decode('raw_unicode_escape'))",
        "utf8_surrogateescape": "x = b'\\xff\\xfe'.decode('utf-8', 'surrogateescape')\nprint(len(x), x.encode('utf-8', 'surrogateescape'))",
        "utf16_odd": "print(b'\\x00'.decode('utf-16'))",
        "utf32_bad": "print(b'\\x00\\x00\\x11\\x00'.decode('utf-32-le'))",
        "decode_bad_errors": "print(b'\\xff'.decode('utf-8', 'bogus'))",
        "fromhex_odd": "bytes.fromhex('abc')",
        "int_bad_unicode": "int('\\u0661\\u0e51x')",
        "float_bad_nul": "float('1\\x00')",
        "int_nul": "int('1\\x00')",
        "compile_nul_str": "compile('1\\x00', 'f', 'eval')",
        "exec_nul_comment": "exec('# \\x00\\nprint(1)')",
        "eval_nul": "eval('1\\x00')",
        "fstring_nul": "print(f'a\\x00b' == 'a\\x00b')",
        "chr_nul_ident": "exec('a\\x00b = 1')",
        # Endless input consumed by natives.
        "list_count": "import itertools\nlist(itertools.count())",
        "list_repeat": "import itertools\nlist(itertools.repeat(1))",
        "tuple_cycle": "import itertools\ntuple(itertools.cycle([1, 2]))",
        "list_iter_sentinel": "list(iter(int, 1))",
        "star_repeat": "import itertools\n[*itertools.repeat(1)]",
        "join_endless": "import itertools\n''.join(itertools.repeat('ab'))",
        "set_count": "import itertools\nset(itertools.count())",
        "dict_count": "import itertools\ndict.fromkeys(itertools.count())",
        "bytes_repeat": "import itertools\nbytes(itertools.repeat(1))",
        "sorted_count": "import itertools\nsorted(itertools.count())",
        "extend_endless": "import itertools\nl = []\nl.extend(itertools.repeat(0))",
        "gen_endless": "def g():\n    while True:\n        yield 1\nlist(g())",
        "listcomp_endless": "import itertools\n[x for x in itertools.count()]",
        "str_growth": "s = 'x'\nwhile True:\n    s += s",
        "list_growth": "l = [0]\nwhile True:\n    l += l",
        "dict_growth": "d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1",
        # Signals.
        "sigalrm_handler": "import signal\ndef h(s, f):\n    raise TimeoutError('alarm')\nsignal.signal(signal.SIGALRM, h)\nsignal.alarm(1)\nwhile True:\n    pass",
        "sigint_caught": "import signal, os\ntry:\n    os.kill(os.getpid(), signal.SIGINT)\n    for i in range(10**6): pass\nexcept KeyboardInterrupt:\n    print('caught')",
        "sigint_ignored": "import signal, os\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nos.kill(os.getpid(), signal.SIGINT)\nprint('alive')",
        "sigint_handler_raises": "import signal, os\ndef h(s, f):\n    raise ValueError('h')\nsignal.signal(signal.SIGINT, h)\nos.kill(os.getpid(), signal.SIGINT)\nfor i in range(10**6): pass",
        "signal_bad": "import signal\nsignal.signal(99, signal.SIG_DFL)",
        "signal_bad_handler": "import signal\nsignal.signal(signal.SIGINT, 42)",
        "setitimer": "import signal\nn = 0\ndef h(s, f):\n    global n\n    n += 1\n    if n == 3:\n        signal.setitimer(signal.ITIMER_REAL, 0)\n        raise KeyboardInterrupt\nsignal.signal(signal.SIGALRM, h)\nsignal.setitimer(signal.ITIMER_REAL, 0.01, 0.01)\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print(n)",
        # Nested f-strings and format specs.
        "fstring_nested3": "print(f\"{f'{1}'}\")",
        "fstring_spec_nested": "print(f'{1:{2}{3}}')",
        "fstring_spec_deep": "print(f'{1:{2:{3}}}')",
        "fstring_width_big": "print(len(f'{1:{10**7}}'))",
        "fstring_width_overflow": "f'{1:{2**63}}'",
        "format_width_overflow": "format(1, '9999999999999999999')",
        "format_prec_overflow": "format(1.5, '.9999999999999999999f')",
        "pct_width_overflow": "'%*d' % (2**63, 1)",
        "pct_width_big_literal": "'%99999999999999999999d' % 1",
        "strformat_index_big": "'{99999999999999999999}'.format(1)",
        "strformat_deep": "print('{:{}}'.format(1, 5))",
        "strformat_attr_chain": "print(('{0' + '.real' * 1000 + '}').format(1))",
    }
    for name, src in progs.items():
        case("probes", name, src + "\n")
    # Many locals/temporaries in one frame (registers beyond 16 bits).
    for n in (30000, 70000):
        case("probes", f"expr_terms_{n}", "a = 1\nx = (" + " + ".join(f"(a * {i})" for i in range(n)) + ")\nprint(x)\n")
        case("probes", f"call_args_nested_{n}", "def f(*a): return len(a)\nprint(f(" + ", ".join(f"f({i}, {i})" for i in range(n)) + "))\n")
        case("probes", f"fn_locals_tuple_{n}", "def f():\n    " + ", ".join(f"v{i}" for i in range(n)) + " = range(" + str(n) + ")\n    return v0 + v" + str(n - 1) + "\nprint(f())\n")
        case("probes", f"dict_display_names_{n}", "a = 1\nx = {" + ", ".join(f"'k{i}': a" for i in range(n)) + "}\nprint(len(x))\n")
    case("probes", "cycles_2m", "class A:\n    pass\nfor i in range(2000000):\n    a = A(); b = A(); a.b = b; b.a = a\nprint('ok')\n")
    case("probes", "cycles_2m_lists", "for i in range(2000000):\n    a = []; a.append(a)\nprint('ok')\n")
    case("probes", "nul_in_source_mid", b"x = 1\nprint(x)\x00\n")
    case("probes", "nul_in_string_literal", b"x = 'a\x00b'\nprint(len(x))\n")


def limit_mem():
    resource.setrlimit(resource.RLIMIT_AS, (MEM_LIMIT, MEM_LIMIT))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run(cmd, path):
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    try:
        p = subprocess.run(cmd + [os.path.basename(path)], cwd=os.path.dirname(path),
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=env, timeout=TIMEOUT, preexec_fn=limit_mem)
    except subprocess.TimeoutExpired:
        return None
    return p.returncode, p.stdout, p.stderr


def last_line(data):
    lines = [l for l in data.decode("utf-8", "replace").splitlines() if l.strip()]
    return lines[-1].strip() if lines else ""


CRASH_MARKS = ("panicked at", "memory allocation of", "fatal runtime error", "stack overflow",
               "RUST_BACKTRACE", "Segmentation fault", "SIGSEGV")


def classify(py, ks):
    if ks is None:
        return "hang", "timeout"
    kc, kout, kerr = ks
    text = kerr.decode("utf-8", "replace")
    pc = py[0]
    if kc < 0 or (kc >= 128 and kc != pc) or any(m in text for m in CRASH_MARKS):
        return "crash", f"status {kc}: {last_line(kerr)[:200]}"
    pc, pout, perr = py
    pl, kl = last_line(perr), last_line(kerr)
    if pc != kc or pout != kout:
        return "differs", f"exit {pc}/{kc} stdout {'same' if pout == kout else 'differs'}: {pl[:150]!r} / {kl[:150]!r}"
    if pc != 0 and pl != kl:
        if pl.split(":")[0] != kl.split(":")[0]:
            return "differs", f"{pl[:150]!r} / {kl[:150]!r}"
        return "message", f"{pl[:150]!r} / {kl[:150]!r}"
    return "ok", ""


def main():
    args = sys.argv[1:]
    kestrel = os.path.join(ROOT, "target", "debug", "kestrel")
    only, jobs, show, keep = None, 2, False, None
    while args:
        a = args.pop(0)
        if a == "--only":
            only = args.pop(0)
        elif a == "--jobs":
            jobs = int(args.pop(0))
        elif a == "--show":
            show = True
        elif a == "--keep":
            keep = args.pop(0)
        else:
            kestrel = os.path.abspath(a)
    for gen in (garbled, depth, literal, alloc, selfref, bigcode, encoding, digits, runtime,
                probes):
        gen()
    wanted = only.split(",") if only else None
    cases = [c for c in CASES if wanted is None or any(c[0] == w or w in c[1] for w in wanted)]
    tmp = keep or tempfile.mkdtemp(prefix="hostile_")
    os.makedirs(tmp, exist_ok=True)

    def one(c):
        cat, name, src = c
        d = os.path.join(tmp, cat)
        os.makedirs(d, exist_ok=True)
        # A prefix: a case named like a module (`copy.py`) would shadow it for CPython.
        path = os.path.join(d, "h_" + name + ".py")
        with open(path, "wb") as f:
            f.write(src)
        py = run([sys.executable], path)
        if py is None or py[0] < 0:
            return cat, name, "skipped", "CPython timed out or crashed"
        ks = run([kestrel], path)
        return (cat, name) + classify(py, ks)

    counts = {}
    with ThreadPoolExecutor(jobs) as ex:
        for cat, name, cls, why in ex.map(one, cases):
            counts.setdefault(cat, {}).setdefault(cls, 0)
            counts[cat][cls] += 1
            if cls not in ("ok", "skipped") and (show or cls in ("crash", "hang")):
                print(f"{cls:8} {cat}/{name}: {why}", flush=True)
    classes = ["crash", "hang", "differs", "message", "ok", "skipped"]
    print(f"{'category':10}" + "".join(f"{c:>9}" for c in classes))
    total = {c: 0 for c in classes}
    for cat, cs in counts.items():
        print(f"{cat:10}" + "".join(f"{cs.get(c, 0):>9}" for c in classes))
        for c in classes:
            total[c] += cs.get(c, 0)
    print(f"{'total':10}" + "".join(f"{total[c]:>9}" for c in classes))
    print(f"cases in {tmp}")


if __name__ == "__main__":
    main()
