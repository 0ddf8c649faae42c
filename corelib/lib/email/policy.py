"""Policies: how messages are parsed and generated. Kestrel keeps the two CPython ships
with their common settings: compat32 (Message) and default (EmailMessage)."""

__all__ = ['Policy', 'Compat32', 'compat32', 'EmailPolicy', 'default', 'SMTP', 'SMTPUTF8',
           'HTTP', 'strict']


class Policy:
    """A set of settings; clone() makes a copy with some changed."""

    raise_on_defect = False
    linesep = '\n'
    cte_type = '8bit'
    max_line_length = 78
    mangle_from_ = False
    message_factory = None
    utf8 = False

    def __init__(self, **kw):
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError("{!r} is an invalid keyword argument for {}".format(
                    name, self.__class__.__name__))
            object.__setattr__(self, name, value)

    def clone(self, **kw):
        new = self.__class__.__new__(self.__class__)
        new.__dict__.update(self.__dict__)
        for name, value in kw.items():
            if not hasattr(self, name):
                raise TypeError("{!r} is an invalid keyword argument for {}".format(
                    name, self.__class__.__name__))
            object.__setattr__(new, name, value)
        return new

    def __setattr__(self, name, value):
        if hasattr(self, name):
            msg = "{!r} object attribute {!r} is read-only"
        else:
            msg = "{!r} object has no attribute {!r}"
        raise AttributeError(msg.format(self.__class__.__name__, name))

    def __add__(self, other):
        return self.clone(**other.__dict__)

    def __repr__(self):
        args = ["{}={!r}".format(name, value) for name, value in self.__dict__.items()]
        return "{}({})".format(self.__class__.__name__, ', '.join(args))


class Compat32(Policy):
    """The behaviour of the email package of Python 3.2."""
    mangle_from_ = True


class EmailPolicy(Policy):
    """The standards-following policy of EmailMessage."""
    refold_source = 'long'
    header_factory = None
    content_manager = None


compat32 = Compat32()
default = EmailPolicy()
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep='\r\n')
HTTP = default.clone(linesep='\r\n', max_line_length=None)
SMTPUTF8 = SMTP.clone(utf8=True)
