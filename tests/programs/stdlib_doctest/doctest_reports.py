"""Docstring examples run by doctest: reports of failures and of verbose runs.

>>> 6 * 7
42
"""
import contextlib
import doctest
import io
import os


def add(a, b):
    """Add two things.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> add(1, 1)
    3
    >>> [add(i, i) for i in range(30)]   # doctest: +ELLIPSIS
    [0, 2, 4, ..., 58]
    >>> print('a   b')   # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> add(1, None)
    Traceback (most recent call last):
      ...
    TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'
    >>> int('x')   # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: another message
    >>> print('')
    <BLANKLINE>
    >>> for i in range(2):
    ...     print(i)
    0
    1
    >>> True
    1
    >>> print('nothing expected')
    """
    return a + b


class Acc:
    """An accumulator.

    >>> a = Acc()
    >>> a.push(3).total
    3
    """

    def __init__(self):
        self.total = 0

    def push(self, v):
        """Adds v.

        >>> Acc().push(2).push(5).total
        7
        >>> Acc().push(1).total  # doctest: +SKIP
        99
        """
        self.total += v
        return self

    @property
    def doubled(self):
        """>>> Acc().push(4).doubled
        9
        """
        return self.total * 2


def nodoc():
    return 1


def run(**kw):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        result = doctest.testmod(**kw)
    print(out.getvalue().replace(os.path.abspath(__file__), "FILE"), end="")
    print(result)


run()
run(verbose=True)
run(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)

parser = doctest.DocTestParser()
examples = parser.get_examples(add.__doc__)
print(len(examples), [e.lineno for e in examples][:4], repr(examples[0].source),
      repr(examples[0].want), repr(examples[5].exc_msg))
print(doctest.script_from_examples(Acc.push.__doc__))
checker = doctest.OutputChecker()
print(checker.check_output("a...z\n", "abcz\n", doctest.ELLIPSIS),
      checker.check_output("a...z\n", "abc\n", doctest.ELLIPSIS),
      checker.check_output("1 2\n", "1   2\n", 0))
