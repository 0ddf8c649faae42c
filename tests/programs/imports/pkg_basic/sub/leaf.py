from . import SUBVAL
from .. import VALUE
LEAF = (SUBVAL, VALUE)
