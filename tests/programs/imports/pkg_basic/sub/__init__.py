from .. import alpha
from ..alpha import hello
SUBVAL = hello()
