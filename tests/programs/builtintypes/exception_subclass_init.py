class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"
try:
    raise AppError(404, "not found")
except AppError as e:
    print(e, e.args, e.code, e.msg, repr(e), isinstance(e, Exception), type(e).__name__)
class Plain(ValueError):
    pass
try:
    raise Plain("bad", 2)
except ValueError as e:
    print(e, e.args, repr(e), type(e).__mro__[1].__name__)
