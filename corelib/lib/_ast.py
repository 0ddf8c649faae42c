"""The AST node classes (CPython's `_ast`), made from a compact table, and the builder that
turns the nested tuples of the native parser (`_kestrel_ast.parse`) into node objects."""

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

_LOC = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{len(fields)} positional argument{'' if len(fields) == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


# Each line: class, base, fields ('?' marks an optional field: None at class level),
# and '@' when the class has source positions.
_SPEC = """
mod AST
Module mod body type_ignores
Interactive mod body
Expression mod body
FunctionType mod argtypes returns
stmt AST @
FunctionDef stmt name args body decorator_list returns? type_comment?
AsyncFunctionDef stmt name args body decorator_list returns? type_comment?
ClassDef stmt name bases keywords body decorator_list
Return stmt value?
Delete stmt targets
Assign stmt targets value type_comment?
AugAssign stmt target op value
AnnAssign stmt target annotation value? simple
For stmt target iter body orelse type_comment?
AsyncFor stmt target iter body orelse type_comment?
While stmt test body orelse
If stmt test body orelse
With stmt items body type_comment?
AsyncWith stmt items body type_comment?
Match stmt subject cases
Raise stmt exc? cause?
Try stmt body handlers orelse finalbody
TryStar stmt body handlers orelse finalbody
Assert stmt test msg?
Import stmt names
ImportFrom stmt module? names level?
Global stmt names
Nonlocal stmt names
Expr stmt value
Pass stmt
Break stmt
Continue stmt
expr AST @
BoolOp expr op values
NamedExpr expr target value
BinOp expr left op right
UnaryOp expr op operand
Lambda expr args body
IfExp expr test body orelse
Dict expr keys values
Set expr elts
ListComp expr elt generators
SetComp expr elt generators
DictComp expr key value generators
GeneratorExp expr elt generators
Await expr value
Yield expr value?
YieldFrom expr value
Compare expr left ops comparators
Call expr func args keywords
FormattedValue expr value conversion format_spec?
JoinedStr expr values
Constant expr value kind?
Attribute expr value attr ctx
Subscript expr value slice ctx
Starred expr value ctx
Name expr id ctx
List expr elts ctx
Tuple expr elts ctx
Slice expr lower? upper? step?
expr_context AST
Load expr_context
Store expr_context
Del expr_context
AugLoad expr_context
AugStore expr_context
Param expr_context
boolop AST
And boolop
Or boolop
operator AST
Add operator
Sub operator
Mult operator
MatMult operator
Div operator
Mod operator
Pow operator
LShift operator
RShift operator
BitOr operator
BitXor operator
BitAnd operator
FloorDiv operator
unaryop AST
Invert unaryop
Not unaryop
UAdd unaryop
USub unaryop
cmpop AST
Eq cmpop
NotEq cmpop
Lt cmpop
LtE cmpop
Gt cmpop
GtE cmpop
Is cmpop
IsNot cmpop
In cmpop
NotIn cmpop
comprehension AST target iter ifs is_async
excepthandler AST @
ExceptHandler excepthandler type? name? body
arguments AST posonlyargs args vararg? kwonlyargs kw_defaults kwarg? defaults
arg AST @ arg annotation? type_comment?
keyword AST @ arg? value
alias AST @ name asname?
withitem AST context_expr optional_vars?
match_case AST pattern guard? body
pattern AST @
MatchValue pattern value
MatchSingleton pattern value
MatchSequence pattern patterns
MatchMapping pattern keys patterns rest?
MatchClass pattern cls patterns kwd_attrs kwd_patterns
MatchStar pattern name?
MatchAs pattern pattern? name?
MatchOr pattern patterns
type_ignore AST
TypeIgnore type_ignore lineno tag
slice AST
Index slice
ExtSlice slice
mod AST
Suite mod
"""


def _make_classes():
    g = globals()
    for line in _SPEC.strip().splitlines():
        name, base, *rest = line.split()
        ns = {'__module__': 'ast'}
        located = '@' in rest
        fields = tuple(f.rstrip('?') for f in rest if f != '@')
        if fields or name not in g:
            ns['_fields'] = fields
            ns['__match_args__'] = fields
        for f in rest:
            if f.endswith('?'):
                ns[f[:-1]] = None
        if located:
            ns['_attributes'] = _LOC
            ns['end_lineno'] = None
            ns['end_col_offset'] = None
        if name in g and isinstance(g[name], type):
            continue
        g[name] = type(name, (g[base],), ns)


_make_classes()
AST.__module__ = 'ast'

# Operators and contexts carry no data: the parser shares one instance of each.
_SHARED = {}


def _build(t):
    """A node object from the parser's tuple (see `_kestrel_ast`)."""
    name = t[0]
    if len(t) == 5 and t[1] is None:
        node = _SHARED.get(name)
        if node is None:
            node = _SHARED[name] = globals()[name]()
        return node
    cls = globals()[name]
    node = cls.__new__(cls)
    d = node.__dict__
    for field, value in zip(cls._fields, t[5:]):
        if type(value) is tuple:
            value = _build(value)
        elif type(value) is list:
            value = [_build(v) if type(v) is tuple else v for v in value]
        d[field] = value
    if t[1] is not None:
        d['lineno'] = t[1]
        d['col_offset'] = t[2]
        d['end_lineno'] = t[3]
        d['end_col_offset'] = t[4]
    return node


def _parse(source, filename, mode):
    import _kestrel_ast
    if mode not in ('exec', 'eval', 'single', 'func_type'):
        raise ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
    if mode == 'func_type':
        raise NotImplementedError("ast.parse(mode='func_type') is not supported by Kestrel")
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode('utf-8')
    if mode == 'eval':
        source = source.lstrip(' \t')
    return _build(_kestrel_ast.parse(source, mode, filename))


def _compile(source, filename, mode, flags):
    """compile() of a tree, or of source with PyCF_ONLY_AST (called by the builtin)."""
    if not isinstance(filename, str):
        import os
        filename = os.fsdecode(filename)
    if isinstance(source, AST):
        if flags & PyCF_ONLY_AST:
            return source
        want = {'exec': Module, 'eval': Expression, 'single': Interactive}.get(mode)
        if want is None:
            raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
        if not isinstance(source, want):
            raise TypeError(f"expected {want.__name__} node, got {type(source).__name__}")
        import ast
        # The tree is compiled through its source text: line numbers come from that text.
        if mode == 'eval':
            text = ast.unparse(source.body)
        else:
            text = ast.unparse(Module(body=source.body, type_ignores=[]))
        return compile(text, filename, mode)
    return _parse(source, filename, mode)
