"""The C codec registry module of CPython; Kestrel's codecs are in `codecs`, which this
re-exports for code (and pickles) that name `_codecs`."""

from codecs import (encode, decode, lookup, register, lookup_error, register_error,
                    escape_decode, escape_encode)
