"""The names CPython's C pickle accelerator exports; Kestrel's pickle is all in `pickle`."""

from pickle import (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler, dump,
                    dumps, load, loads)
