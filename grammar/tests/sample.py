"""A sample module exercising most of the grammar; used by the robustness tests."""

import os
import sys as system
from collections import OrderedDict, defaultdict as dd
from . import sibling
from ..parent.mod import (alpha, beta as b,)

CONSTANT = 0x_FF + 0o17 - 0b1010 * 1_000 // 3 % 7
RATIO = 1.5e-3 + .5 - 5. + 3j
BIG = 123456789012345678901234567890
NAMES = ['a', "b", '''c''', """d""", r'\d', b'\x00', rb'\n']


@decorator
@other.decorator(arg, key=value)
class Widget(Base, metaclass=Meta):
    """Docstring."""

    count: int = 0
    label: str

    def __init__(self, name, /, size=10, *args, flag=False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.name = name
        self.size, self.flag = size, flag
        Widget.count += 1

    @property
    def area(self):
        return self.size ** 2 if self.size > 0 else -self.size ** 2

    async def fetch(self, url):
        data = await self.session.get(url)
        return [x async for x in data if x]

    def __repr__(self):
        return f"Widget({self.name!r}, size={self.size:>{4}}, {self.flag=})"


def generator(n):
    i = 0
    while i < n:
        received = yield i
        if received is not None and not received:
            break
        elif received in (1, 2, 3):
            continue
        else:
            i += 1
    else:
        yield from range(3)
    return


def comprehensions(data):
    squares = [x * x for x in data if x % 2 == 0]
    pairs = {k: v for k, v in zip(data, data[1:])}
    unique = {abs(x) for x in data}
    lazy = (y for y in data for z in range(y) if z)
    matrix = [[i * j for j in range(3)] for i in range(3)]
    return squares, pairs, unique, lazy, matrix


def control(value):
    try:
        result = 1 / value
    except ZeroDivisionError as error:
        raise ValueError("zero") from error
    except (TypeError, AttributeError):
        raise
    except:
        pass
    else:
        return result
    finally:
        del value
    with open("f") as f, open("g") as g:
        text = f.read() + g.read()
    with (open("h") as h, open("i") as i):
        pass
    for index, (left, *right) in enumerate(zip(a, b)):
        assert index >= 0, "negative"
    global CONSTANT
    lam = lambda x, *y, z=1, **w: (x, y, z, w)
    if (n := len(text)) > 10:
        print(n, sep="", end="\n")
    slices = text[1:2], text[::2], text[1:2, ...], text[:-1]
    chained = a < b <= c != d is not e not in f
    bits = ~a | b ^ c & d << 2 >> 1
    return lam, slices, chained, bits


x = y = z = None
a, b = b, a
first, *middle, last = range(10)
matrix @= other
text = "implicit" " concatenation" f" with {x}" 'and more'
value = (
    1 +
    2
) * \
    3
if __name__ == "__main__":
    control(generator(5))
