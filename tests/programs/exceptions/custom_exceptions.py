class AppError(Exception):
    pass
class DBError(AppError):
    def __init__(self, table, msg):
        super().__init__(f"{table}: {msg}")
        self.table = table
class NotFound(DBError):
    pass
class Retry(AppError):
    def __str__(self):
        return "custom str"
for exc in [NotFound("users", "no row"), DBError("orders", "locked"), Retry(3), AppError(), ValueError("other")]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.table, e.args)
    except DBError as e:
        print("DBError", e, repr(e))
    except AppError as e:
        print("AppError", type(e).__name__, str(e), repr(e), e.args)
    except Exception as e:
        print("Exception", repr(e))
print(issubclass(NotFound, AppError), issubclass(AppError, Exception), issubclass(Exception, BaseException))
print([c.__name__ for c in NotFound.__mro__])
class WithData(Exception):
    def __init__(self, code):
        self.code = code
try:
    raise WithData(404)
except WithData as e:
    print(e.code, e.args, str(e), repr(e))
