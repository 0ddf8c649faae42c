"""The tables of RFC 3454 ("stringprep"), as predicates over one character
(in_table_a1 ... in_table_d2) and the case-folding maps map_table_b2 and
map_table_b3.  The tables are those of Unicode 3.2, which the RFC fixes;
they live in _stringprep_data, generated from CPython 3.11."""

from bisect import bisect_right as _bisect

import _stringprep_data as _data

def _member(table):
    def test(code):
        c = ord(code)
        i = _bisect(table, c)
        # flat (start, end) pairs, ends inclusive: after an odd number of
        # bounds c lies in a range; after an even number, only on its end
        return i & 1 == 1 or (i > 0 and table[i - 1] == c)
    return test


def _char(code, checker):
    if type(code) is not str or len(code) != 1:
        # the unicodedata function the table stands for refuses it
        raise TypeError("%s() argument must be a unicode character, not %s"
                        % (checker, type(code).__name__))
    return code


def _pred(table, checker=None):
    member = _member(table)

    def in_table(code):
        if checker is not None:
            _char(code, checker)
        return bool(member(code))
    return in_table


in_table_a1 = _pred(_data.A1, 'category')
in_table_b1 = _pred(_data.B1)
in_table_c12 = _pred(_data.C12, 'category')
in_table_c21 = _pred(_data.C21)
in_table_c22 = _pred(_data.C22)
in_table_c3 = _pred(_data.C3, 'category')
in_table_c4 = _pred(_data.C4)
in_table_c5 = _pred(_data.C5, 'category')
in_table_c6 = _pred(_data.C6)
in_table_c7 = _pred(_data.C7)
in_table_c8 = _pred(_data.C8)
in_table_c9 = _pred(_data.C9)
in_table_d1 = _pred(_data.D1, 'bidirectional')
in_table_d2 = _pred(_data.D2, 'bidirectional')


def in_table_c11(code):
    return code == " "


for _name, _f in list(globals().items()):
    if _name.startswith('in_table_'):
        _f.__name__ = _f.__qualname__ = _name
del _name, _f


def in_table_c11_c12(code):
    return in_table_c12(code) or code == " "


def in_table_c21_c22(code):
    return in_table_c21(_char(code, 'category')) or in_table_c22(code)


def map_table_b3(code):
    """Case folding for use with no normalization (table B.3)."""
    return _data.B3.get(ord(code), code)


def map_table_b2(code):
    """Case folding for use with NFKC (table B.2)."""
    found = _data.B2.get(ord(code))
    if found is not None:
        return found
    return map_table_b3(code)
