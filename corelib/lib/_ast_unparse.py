"""ast.unparse: source text for a tree, laid out as CPython 3.11's unparser lays it out
(parentheses only where precedence needs them, 4-space blocks, a blank line before
definitions, repr() for constants, triple-quoted docstrings)."""

from _ast import *

# Binding strength, weakest first: a node is parenthesized when its context asks for a
# stronger one than it has.
(P_NAMED, P_TUPLE, P_YIELD, P_TEST, P_OR, P_AND, P_NOT, P_CMP, P_BOR, P_BXOR, P_BAND,
 P_SHIFT, P_ARITH, P_TERM, P_FACTOR, P_POWER, P_AWAIT, P_ATOM) = range(1, 19)

_BINOPS = {
    Add: ('+', P_ARITH), Sub: ('-', P_ARITH), Mult: ('*', P_TERM), MatMult: ('@', P_TERM),
    Div: ('/', P_TERM), Mod: ('%', P_TERM), FloorDiv: ('//', P_TERM), Pow: ('**', P_POWER),
    LShift: ('<<', P_SHIFT), RShift: ('>>', P_SHIFT), BitOr: ('|', P_BOR),
    BitXor: ('^', P_BXOR), BitAnd: ('&', P_BAND),
}
_UNARY = {Not: ('not ', P_NOT), USub: ('-', P_FACTOR), UAdd: ('+', P_FACTOR),
          Invert: ('~', P_FACTOR)}
_CMPOPS = {Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is',
           IsNot: 'is not', In: 'in', NotIn: 'not in'}
_INF = '1e309'
_QUOTES = ("'", '"', '"""', "'''")
_TRIPLE = ('"""', "'''")


def _escape_for_quotes(text, quotes, keep_whitespace):
    """`text` escaped for a literal, and the quotes (best first) that can delimit it."""
    out = []
    for c in text:
        if c == '\\' or (not c.isprintable() and not (keep_whitespace and c in '\n\t')):
            out.append(c.encode('unicode_escape').decode('ascii'))
        else:
            out.append(c)
    body = ''.join(out)
    usable = [q for q in quotes if (q in _TRIPLE or '\n' not in body) and q not in body]
    if not usable:
        r = repr(text)
        quote = next((q for q in quotes if r[0] in q), r[0])
        return r[1:-1], [quote]
    if body:
        # Prefer a quote that is not the text's last character; a triple quote that still
        # is gets that character escaped.
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, usable


class Unparser:

    def __init__(self, _avoid_backslashes=False):
        self._out = []
        self._level = 0
        self._context = {}
        self._depth = 0
        self._avoid_backslashes = _avoid_backslashes

    # ----- output helpers -----

    def write(self, *texts):
        self._out.extend(texts)

    def fill(self, text=''):
        if self._out:
            self._out.append('\n')
        self._out.append('    ' * self._level + text)

    def blank_line(self):
        if self._out:
            self._out.append('\n')

    def block(self, body, docstring=False):
        self.write(':')
        self._level += 1
        if docstring and _docstring_node(body):
            self._docstring(body[0].value)
            body = body[1:]
        for stmt in body:
            self.visit(stmt)
        self._level -= 1

    def commas(self, items, each=None):
        each = each or self.visit
        for i, item in enumerate(items):
            if i:
                self.write(', ')
            each(item)

    def expr(self, node, prec):
        self._context[id(node)] = prec
        self.visit(node)

    def prec_of(self, node):
        return self._context.get(id(node), P_TEST)

    def open_if(self, cond, text='('):
        if cond:
            self.write(text)
        return cond

    def visit(self, node):
        if isinstance(node, list):
            for item in node:
                self.visit(item)
            return None
        self._depth += 1
        try:
            getattr(self, 'visit_' + type(node).__name__, self.generic_visit)(node)
        finally:
            self._depth -= 1
        if self._depth:
            return None
        # The outermost call: the text made.
        text = ''.join(self._out)
        self._out = []
        return text

    def generic_visit(self, node):
        raise ValueError(f'cannot unparse {type(node).__name__} nodes')

    # ----- modules and statements -----

    def _body_with_docstring(self, body):
        if _docstring_node(body):
            self._docstring(body[0].value)
            body = body[1:]
        for stmt in body:
            self.visit(stmt)

    def visit_Module(self, node):
        self._body_with_docstring(node.body)

    def visit_Interactive(self, node):
        for stmt in node.body:
            self.visit(stmt)

    def visit_Expression(self, node):
        self.visit(node.body)

    def visit_Expr(self, node):
        self.fill()
        self.expr(node.value, P_YIELD)

    def visit_NamedExpr(self, node):
        paren = self.open_if(self.prec_of(node) > P_NAMED)
        self.expr(node.target, P_ATOM)
        self.write(' := ')
        self.expr(node.value, P_ATOM)
        if paren:
            self.write(')')

    def visit_Import(self, node):
        self.fill('import ')
        self.commas(node.names)

    def visit_ImportFrom(self, node):
        self.fill('from ')
        self.write('.' * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(' import ')
        self.commas(node.names)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.expr(target, P_TUPLE)
            self.write(' = ')
        self.visit(node.value)
        if getattr(node, 'type_comment', None):
            self.write('  # type: ' + node.type_comment)

    def visit_AugAssign(self, node):
        self.fill()
        self.visit(node.target)
        self.write(' ' + _BINOPS[type(node.op)][0] + '= ')
        self.visit(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        paren = self.open_if(not node.simple and isinstance(node.target, Name))
        self.visit(node.target)
        if paren:
            self.write(')')
        self.write(': ')
        self.visit(node.annotation)
        if node.value:
            self.write(' = ')
            self.visit(node.value)

    def visit_Return(self, node):
        self.fill('return')
        if node.value:
            self.write(' ')
            self.visit(node.value)

    def visit_Pass(self, node):
        self.fill('pass')

    def visit_Break(self, node):
        self.fill('break')

    def visit_Continue(self, node):
        self.fill('continue')

    def visit_Delete(self, node):
        self.fill('del ')
        self.commas(node.targets)

    def visit_Assert(self, node):
        self.fill('assert ')
        self.visit(node.test)
        if node.msg:
            self.write(', ')
            self.visit(node.msg)

    def visit_Global(self, node):
        self.fill('global ' + ', '.join(node.names))

    def visit_Nonlocal(self, node):
        self.fill('nonlocal ' + ', '.join(node.names))

    def visit_Await(self, node):
        paren = self.open_if(self.prec_of(node) > P_AWAIT)
        self.write('await')
        if node.value:
            self.write(' ')
            self.expr(node.value, P_ATOM)
        if paren:
            self.write(')')

    def visit_Yield(self, node):
        paren = self.open_if(self.prec_of(node) > P_YIELD)
        self.write('yield')
        if node.value:
            self.write(' ')
            self.expr(node.value, P_ATOM)
        if paren:
            self.write(')')

    def visit_YieldFrom(self, node):
        paren = self.open_if(self.prec_of(node) > P_YIELD)
        self.write('yield from ')
        if not node.value:
            raise ValueError("Node can't be used without a value attribute.")
        self.expr(node.value, P_ATOM)
        if paren:
            self.write(')')

    def visit_Raise(self, node):
        self.fill('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.visit(node.exc)
        if node.cause:
            self.write(' from ')
            self.visit(node.cause)

    def _try(self, node, star):
        self.fill('try')
        self.block(node.body)
        for handler in node.handlers:
            self._handler(handler, star)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)
        if node.finalbody:
            self.fill('finally')
            self.block(node.finalbody)

    def visit_Try(self, node):
        self._try(node, False)

    def visit_TryStar(self, node):
        self._try(node, True)

    def _handler(self, node, star):
        self.fill('except*' if star else 'except')
        if node.type:
            self.write(' ')
            self.visit(node.type)
        if node.name:
            self.write(' as ' + node.name)
        self.block(node.body)

    def visit_ExceptHandler(self, node):
        self._handler(node, False)

    def visit_ClassDef(self, node):
        self.blank_line()
        for deco in node.decorator_list:
            self.fill('@')
            self.visit(deco)
        self.fill('class ' + node.name)
        paren = self.open_if(bool(node.bases or node.keywords))
        self.commas(list(node.bases) + list(node.keywords))
        if paren:
            self.write(')')
        self.block(node.body, docstring=True)

    def _function(self, node, keyword):
        self.blank_line()
        for deco in node.decorator_list:
            self.fill('@')
            self.visit(deco)
        self.fill(keyword + ' ' + node.name + '(')
        self.visit(node.args)
        self.write(')')
        if node.returns:
            self.write(' -> ')
            self.visit(node.returns)
        self.block(node.body, docstring=True)

    def visit_FunctionDef(self, node):
        self._function(node, 'def')

    def visit_AsyncFunctionDef(self, node):
        self._function(node, 'async def')

    def _for(self, node, keyword):
        self.fill(keyword)
        self.expr(node.target, P_TUPLE)
        self.write(' in ')
        self.visit(node.iter)
        self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def visit_For(self, node):
        self._for(node, 'for ')

    def visit_AsyncFor(self, node):
        self._for(node, 'async for ')

    def visit_If(self, node):
        self.fill('if ')
        self.visit(node.test)
        self.block(node.body)
        # An else holding only an if is written as elif.
        while len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill('elif ')
            self.visit(node.test)
            self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def visit_While(self, node):
        self.fill('while ')
        self.visit(node.test)
        self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def visit_With(self, node):
        self.fill('with ')
        self.commas(node.items)
        self.block(node.body)

    def visit_AsyncWith(self, node):
        self.fill('async with ')
        self.commas(node.items)
        self.block(node.body)

    def visit_withitem(self, node):
        self.visit(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.visit(node.optional_vars)

    def visit_Match(self, node):
        self.fill('match ')
        self.visit(node.subject)
        self.write(':')
        self._level += 1
        for case in node.cases:
            self.visit(case)
        self._level -= 1

    def visit_match_case(self, node):
        self.fill('case ')
        self.visit(node.pattern)
        if node.guard:
            self.write(' if ')
            self.visit(node.guard)
        self.block(node.body)

    # ----- patterns -----

    def visit_MatchValue(self, node):
        self.visit(node.value)

    def visit_MatchSingleton(self, node):
        self._constant(node.value)

    def visit_MatchSequence(self, node):
        self.write('[')
        self.commas(node.patterns)
        self.write(']')

    def visit_MatchStar(self, node):
        self.write('*' + (node.name if node.name is not None else '_'))

    def visit_MatchMapping(self, node):
        self.write('{')
        for i, (key, pattern) in enumerate(zip(node.keys, node.patterns)):
            if i:
                self.write(', ')
            self.visit(key)
            self.write(': ')
            self.visit(pattern)
        if node.rest is not None:
            if node.keys:
                self.write(', ')
            self.write('**' + node.rest)
        self.write('}')

    def visit_MatchClass(self, node):
        self.expr(node.cls, P_ATOM)
        self.write('(')
        self.commas(node.patterns)
        for i, (attr, pattern) in enumerate(zip(node.kwd_attrs, node.kwd_patterns)):
            if i or node.patterns:
                self.write(', ')
            self.write(attr + '=')
            self.visit(pattern)
        self.write(')')

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write('_')
        elif node.pattern is None:
            self.write(node.name)
        else:
            paren = self.open_if(self.prec_of(node) > P_TEST)
            self.expr(node.pattern, P_BOR)
            self.write(' as ' + node.name)
            if paren:
                self.write(')')

    def visit_MatchOr(self, node):
        paren = self.open_if(self.prec_of(node) > P_BOR)
        for i, pattern in enumerate(node.patterns):
            if i:
                self.write(' | ')
            self.expr(pattern, P_BXOR)
        if paren:
            self.write(')')

    # ----- expressions -----

    def visit_Name(self, node):
        self.write(node.id)

    def _constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace('inf', _INF).replace('nan', f'({_INF}-{_INF})'))
        elif self._avoid_backslashes and isinstance(value, str):
            self._str_avoiding_backslashes(value)
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write('(')
            self.commas(value, self._constant)
            if len(value) == 1:
                self.write(',')
            self.write(')')
        elif value is ...:
            self.write('...')
        else:
            if getattr(node, 'kind', None) == 'u':
                self.write('u')
            self._constant(value)

    def _str_avoiding_backslashes(self, text, quotes=_QUOTES):
        body, usable = _escape_for_quotes(text, quotes, True)
        self.write(usable[0] + body + usable[0])

    def _docstring(self, node):
        self.fill()
        if getattr(node, 'kind', None) == 'u':
            self.write('u')
        self._str_avoiding_backslashes(node.value, _TRIPLE)

    def visit_JoinedStr(self, node):
        self.write('f')
        if self._avoid_backslashes:
            parts = []
            self._fstring_parts(node, parts.append)
            self._str_avoiding_backslashes(''.join(parts))
            return
        quotes = _QUOTES
        pieces = []
        for value in node.values:
            parts = []
            self._fstring_part(value, parts.append)
            body, quotes = _escape_for_quotes(''.join(parts), quotes,
                                              not isinstance(value, Constant))
            pieces.append(body)
        self.write(quotes[0] + ''.join(pieces) + quotes[0])

    def visit_FormattedValue(self, node):
        self.write('f')
        parts = []
        self._fstring_part(node, parts.append)
        self._str_avoiding_backslashes(''.join(parts))

    def _fstring_parts(self, node, write):
        for value in node.values:
            self._fstring_part(value, write)

    def _fstring_part(self, node, write):
        if isinstance(node, JoinedStr):
            self._fstring_parts(node, write)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            write(node.value.replace('{', '{{').replace('}', '}}'))
        elif isinstance(node, FormattedValue):
            write('{')
            inner = Unparser(_avoid_backslashes=True)
            inner._context[id(node.value)] = P_OR
            text = inner.visit(node.value)
            if text.startswith('{'):
                write(' ')
            if '\\' in text:
                raise ValueError('Unable to avoid backslash in f-string expression part')
            write(text)
            if node.conversion != -1:
                conv = chr(node.conversion)
                if conv not in 'sra':
                    raise ValueError('Unknown f-string conversion.')
                write('!' + conv)
            if node.format_spec:
                write(':')
                self._fstring_part(node.format_spec, write)
            write('}')
        else:
            raise ValueError(f'Unexpected node inside JoinedStr, {node!r}')

    def visit_List(self, node):
        self.write('[')
        self.commas(node.elts)
        self.write(']')

    def visit_Tuple(self, node):
        paren = self.open_if(not node.elts or self.prec_of(node) > P_TUPLE)
        self._items(node.elts)
        if paren:
            self.write(')')

    def _items(self, items):
        if len(items) == 1:
            self.visit(items[0])
            self.write(',')
        else:
            self.commas(items)

    def visit_Set(self, node):
        if node.elts:
            self.write('{')
            self.commas(node.elts)
            self.write('}')
        else:
            # There is no literal for an empty set: this is the shortest expression.
            self.write('{*()}')

    def visit_Dict(self, node):
        self.write('{')
        for i, (key, value) in enumerate(zip(node.keys, node.values)):
            if i:
                self.write(', ')
            if key is None:
                self.write('**')
                self.expr(value, P_BOR)
            else:
                self.visit(key)
                self.write(': ')
                self.visit(value)
        self.write('}')

    def _comp(self, open_, close, elts, generators):
        self.write(open_)
        for i, elt in enumerate(elts):
            if i:
                self.write(': ')
            self.visit(elt)
        for gen in generators:
            self.visit(gen)
        self.write(close)

    def visit_ListComp(self, node):
        self._comp('[', ']', [node.elt], node.generators)

    def visit_SetComp(self, node):
        self._comp('{', '}', [node.elt], node.generators)

    def visit_GeneratorExp(self, node):
        self._comp('(', ')', [node.elt], node.generators)

    def visit_DictComp(self, node):
        self._comp('{', '}', [node.key, node.value], node.generators)

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.expr(node.target, P_TUPLE)
        self.write(' in ')
        self.expr(node.iter, P_OR)
        for cond in node.ifs:
            self.write(' if ')
            self.expr(cond, P_OR)

    def visit_IfExp(self, node):
        paren = self.open_if(self.prec_of(node) > P_TEST)
        self.expr(node.body, P_OR)
        self.write(' if ')
        self.expr(node.test, P_OR)
        self.write(' else ')
        self.expr(node.orelse, P_TEST)
        if paren:
            self.write(')')

    def visit_UnaryOp(self, node):
        text, prec = _UNARY[type(node.op)]
        paren = self.open_if(self.prec_of(node) > prec)
        self.write(text)
        self.expr(node.operand, prec)
        if paren:
            self.write(')')

    def visit_BinOp(self, node):
        text, prec = _BINOPS[type(node.op)]
        paren = self.open_if(self.prec_of(node) > prec)
        # Left-associative operators need their right operand bound tighter; `**` is
        # right-associative.
        if prec == P_POWER:
            left, right = prec + 1, prec
        else:
            left, right = prec, prec + 1
        self.expr(node.left, left)
        self.write(f' {text} ')
        self.expr(node.right, right)
        if paren:
            self.write(')')

    def visit_Compare(self, node):
        paren = self.open_if(self.prec_of(node) > P_CMP)
        self.expr(node.left, P_CMP + 1)
        for op, right in zip(node.ops, node.comparators):
            self.write(' ' + _CMPOPS[type(op)] + ' ')
            self.expr(right, P_CMP + 1)
        if paren:
            self.write(')')

    def visit_BoolOp(self, node):
        word, prec = (' and ', P_AND) if isinstance(node.op, And) else (' or ', P_OR)
        paren = self.open_if(self.prec_of(node) > prec)
        # Each further operand is bound one step tighter than the previous.
        for i, value in enumerate(node.values):
            if i:
                self.write(word)
            self.expr(value, prec + i + 1)
        if paren:
            self.write(')')

    def visit_Attribute(self, node):
        self.expr(node.value, P_ATOM)
        # `1.real` would lex as a float: an int needs a space before the dot.
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.' + node.attr)

    def visit_Call(self, node):
        self.expr(node.func, P_ATOM)
        self.write('(')
        self.commas(list(node.args) + list(node.keywords))
        self.write(')')

    def visit_keyword(self, node):
        if node.arg is None:
            self.write('**')
        else:
            self.write(node.arg + '=')
        self.visit(node.value)

    def visit_Subscript(self, node):
        self.expr(node.value, P_ATOM)
        self.write('[')
        if isinstance(node.slice, Tuple) and node.slice.elts:
            self._items(node.slice.elts)
        else:
            self.visit(node.slice)
        self.write(']')

    def visit_Starred(self, node):
        self.write('*')
        self.expr(node.value, P_BOR)

    def visit_Slice(self, node):
        if node.lower:
            self.visit(node.lower)
        self.write(':')
        if node.upper:
            self.visit(node.upper)
        if node.step:
            self.write(':')
            self.visit(node.step)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.visit(node.annotation)

    def visit_arguments(self, node):
        positional = list(node.posonlyargs) + list(node.args)
        defaults = [None] * (len(positional) - len(node.defaults)) + list(node.defaults)
        parts = 0

        def sep():
            nonlocal parts
            if parts:
                self.write(', ')
            parts += 1

        for i, (a, default) in enumerate(zip(positional, defaults), 1):
            sep()
            self.visit(a)
            if default:
                self.write('=')
                self.visit(default)
            if i == len(node.posonlyargs):
                self.write(', /')
        if node.vararg or node.kwonlyargs:
            sep()
            self.write('*')
            if node.vararg:
                self.visit(node.vararg)
        for a, default in zip(node.kwonlyargs, node.kw_defaults):
            sep()
            self.visit(a)
            if default:
                self.write('=')
                self.visit(default)
        if node.kwarg:
            sep()
            self.write('**')
            self.visit(node.kwarg)

    def visit_Lambda(self, node):
        paren = self.open_if(self.prec_of(node) > P_TEST)
        self.write('lambda')
        inner = Unparser()
        args_text = inner.visit(node.args) if _has_args(node.args) else ''
        if args_text:
            self.write(' ' + args_text)
        self.write(': ')
        self.expr(node.body, P_TEST)
        if paren:
            self.write(')')


def _has_args(a):
    return bool(a.posonlyargs or a.args or a.vararg or a.kwonlyargs or a.kwarg)


def _docstring_node(body):
    if not body or not isinstance(body[0], Expr):
        return False
    value = body[0].value
    return isinstance(value, Constant) and isinstance(value.value, str)
