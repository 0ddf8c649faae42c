import sys
sys.setrecursionlimit(200)
def t(name, f):
    try:
        f()
    except RecursionError as e:
        print(name, "|", e)
def f1(): f1()
t("plain", f1)
class R:
    def __repr__(self): return repr(self)
t("repr", lambda: repr(R()))
class S:
    def __str__(self): return str(self)
t("str", lambda: str(S()))
def f2(): return list(map(lambda x: f2(), [1]))
t("map", f2)
class C:
    def __call__(self): return self()
t("call", lambda: C()())
class E:
    def __eq__(self, o): return self == o
t("eq", lambda: E() == E())
class G:
    def __getattr__(self, n): return self.y
t("getattr", lambda: G().x)
class P:
    @property
    def x(self): return self.x
t("prop", lambda: P().x)
a = []
for i in range(1000):
    a = [a]
b = []
for i in range(1000):
    b = [b]
t("listcmp", lambda: a == b)
def f3(): return sorted([1, 2], key=lambda x: f3())
t("sorted", f3)
class H:
    def __hash__(self): return hash(self)
t("hash", lambda: hash(H()))
class L:
    def __len__(self): return len(self)
t("len", lambda: len(L()))
class I:
    def __iter__(self): return iter(self)
t("iter", lambda: iter(I()))
class A2:
    def __add__(self, o): return self + o
t("add", lambda: A2() + 1)
def g(): yield from g()
t("gen", lambda: list(g()))
t("eval", lambda: eval("(" * 100 + ")" * 100) )
d = {}
for i in range(1000):
    d = {1: d}
class GI:
    def __getitem__(self, k): return self[k]
t("getitem", lambda: GI()[0])
class In:
    def __init__(self): In()
t("init", In)
class Node:
    def __init__(self, n, **kw):
        self.child = Node(n + 1, **kw)
class Node2:
    def __init__(self, n):
        self.child = Node2(n + 1)
t("init_pos", lambda: Node2(0))
t("init_direct", lambda: t("inner", lambda: Node2(0)))
def deeper():
    return Node2(0)
t("init_deeper", deeper)
t("init_deeper2", lambda: deeper())
