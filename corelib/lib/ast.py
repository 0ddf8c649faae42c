"""Abstract syntax trees: parse, inspect, transform and unparse Python source.

The node classes live in `_ast`; the tree comes from Kestrel's own parser."""

import sys
from _ast import *
from _ast import _parse


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False,
          feature_version=None):
    """Parse the source into an AST node (what compile(..., PyCF_ONLY_AST) gives)."""
    return _parse(source, filename, mode)


def _malformed(node):
    msg = 'malformed node or string'
    lineno = getattr(node, 'lineno', None)
    if lineno:
        msg += f' on line {lineno}'
    raise ValueError(f'{msg}: {node!r}')


def literal_eval(node_or_string):
    """Evaluate a string or tree holding only a Python literal: strings, bytes, numbers,
    tuples, lists, dicts, sets, booleans, None (and + / - on numbers)."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(' \t'), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            _malformed(node)
        return node.value

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(convert, node.elts))
        if isinstance(node, List):
            return list(map(convert, node.elts))
        if isinstance(node, Set):
            return set(map(convert, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and not node.args and not node.keywords):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                _malformed(node)
            return dict(zip(map(convert, node.keys), map(convert, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
            _malformed(node)
        return signed(node)

    return convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted dump of the tree, as CPython prints it."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(node, level):
        # Returns (text, simple): simple nodes may share a line when indenting.
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(node, AST):
            cls = type(node)
            parts = []
            all_simple = True
            named = annotate_fields
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    named = True
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    named = True
                    continue
                text, simple = fmt(value, level)
                all_simple = all_simple and simple
                parts.append(f'{name}={text}' if named else text)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    text, simple = fmt(value, level)
                    all_simple = all_simple and simple
                    parts.append(f'{name}={text}')
            if all_simple and len(parts) <= 3:
                return f"{cls.__name__}({', '.join(parts)})", not parts
            return f'{cls.__name__}({prefix}{sep.join(parts)})', False
        if isinstance(node, list):
            if not node:
                return '[]', True
            return '[' + prefix + sep.join(fmt(x, level)[0] for x in node) + ']', False
        return repr(node), True

    if not isinstance(node, AST):
        raise TypeError(f'expected AST, got {type(node).__name__!r}')
    return fmt(node, 0)[0]


def copy_location(new_node, old_node):
    """Copy the source position of `old_node` to `new_node` (where it has one)."""
    for attr in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node without a position its parent's, starting at line 1, column 0."""
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Move the tree's line numbers (and end line numbers) down by `n`."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', 0) is not None:
            child.end_lineno = getattr(child, 'end_lineno', 0) + n
    return node


def iter_fields(node):
    """(name, value) for each field present on the node."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The direct child nodes: fields that are nodes, and the nodes in list fields."""
    for _, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _split_lines(source):
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r' and i + 1 < n and source[i + 1] == '\n':
            lines.append(source[start:i + 2])
            i += 2
            start = i
            continue
        if c in '\r\n\f':
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The source text `node` was parsed from, or None without full position info."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _split_lines(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    if padded:
        padding = ''.join(' ' if c != '\t' else '\t'
                          for c in lines[lineno].encode()[:col_offset].decode())
    else:
        padding = ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    middle = lines[lineno + 1:end_lineno]
    return ''.join([first, *middle, last])


def walk(node):
    """Every node of the tree (breadth first, `node` included), in no promised order."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    """Walks a tree calling `visit_<ClassName>` for each node (or `generic_visit`)."""

    def visit(self, node):
        method = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        value = node.value
        legacy = None
        if value is ...:
            legacy = 'Ellipsis'
        elif isinstance(value, (str, bytes, bool)) or value is None:
            legacy = {str: 'Str', bytes: 'Bytes'}.get(type(value), 'NameConstant')
        elif isinstance(value, (int, float, complex)):
            legacy = 'Num'
        method = getattr(self, 'visit_' + legacy, None) if legacy else None
        if method is not None:
            import warnings
            warnings.warn(f"visit_{legacy} is deprecated; add visit_Constant",
                          DeprecationWarning, 2)
            return method(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement node (None removes it; a
    list replaces one item of a list field by several)."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        if not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node


# The pre-3.8 constant classes: constructing one makes a Constant, and isinstance() checks
# the constant's type.
class _LegacyMeta(type):
    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        if cls in _LEGACY_TYPES:
            value = inst.value
            types = _LEGACY_TYPES[cls]
            if cls is Num and isinstance(value, bool):
                return False
            if cls is NameConstant:
                return value is None or isinstance(value, bool)
            return isinstance(value, types)
        return type.__instancecheck__(cls, inst)


def _legacy_new(cls, *args, **kwargs):
    fields = cls._fields or ('value',)
    for name, value in zip(fields, args):
        kwargs[name] = value
    for old in ('n', 's'):
        if old in kwargs:
            kwargs['value'] = kwargs.pop(old)
    if cls is Ellipsis:
        kwargs['value'] = ...
    return Constant(**kwargs)


class Num(Constant, metaclass=_LegacyMeta):
    _fields = ('n',)
    __new__ = _legacy_new


class Str(Constant, metaclass=_LegacyMeta):
    _fields = ('s',)
    __new__ = _legacy_new


class Bytes(Constant, metaclass=_LegacyMeta):
    _fields = ('s',)
    __new__ = _legacy_new


class NameConstant(Constant, metaclass=_LegacyMeta):
    __new__ = _legacy_new


class Ellipsis(Constant, metaclass=_LegacyMeta):
    _fields = ()
    __new__ = _legacy_new


_LEGACY_TYPES = {Num: (int, float, complex), Str: (str,), Bytes: (bytes,),
                 NameConstant: (type(None), bool), Ellipsis: (type(...),)}

for _cls in (Num, Str, Bytes, NameConstant, Ellipsis):
    _cls.__module__ = 'ast'
del _cls

# Old names for the values of a Constant.
Constant.n = property(lambda self: self.value, lambda self, v: setattr(self, 'value', v))
Constant.s = property(lambda self: self.value, lambda self, v: setattr(self, 'value', v))


def unparse(ast_obj):
    """Source text for the tree (comments and formatting are not kept)."""
    from _ast_unparse import Unparser
    return Unparser().visit(ast_obj)


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', type=argparse.FileType(mode='rb'), nargs='?', default='-',
                        help='the file to parse; defaults to stdin')
    parser.add_argument('-m', '--mode', default='exec',
                        choices=('exec', 'single', 'eval', 'func_type'),
                        help='specify what kind of code must be parsed')
    parser.add_argument('--no-type-comments', default=True, action='store_false',
                        help="don't add information about type comments")
    parser.add_argument('-a', '--include-attributes', action='store_true',
                        help='include attributes such as line numbers and column offsets')
    parser.add_argument('-i', '--indent', type=int, default=3,
                        help='indentation of nodes (number of spaces)')
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    tree = parse(source, args.infile.name, args.mode)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
