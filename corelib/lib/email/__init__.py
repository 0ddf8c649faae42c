"""Parsing and building email and MIME messages (the common part of CPython's package:
Message/EmailMessage, the parsers, email.utils, email.header)."""

__all__ = ['message_from_string', 'message_from_bytes', 'message_from_file',
           'message_from_binary_file', 'errors', 'message', 'parser', 'utils', 'policy',
           'header']


def message_from_string(s, *args, **kws):
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parse(fp)
