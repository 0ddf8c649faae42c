"""`python -m unittest [args]`: runs the tests the command line names (or discovers them)."""

import sys

from . import main

main(module=None, argv=["python -m unittest"] + sys.argv[1:])
