# Every entry of an `except` tuple must be an exception class, checked before matching.
class AppError(Exception):
    pass


def attempt(handler):
    try:
        try:
            raise AppError("boom")
        except handler:
            return "caught"
    except TypeError as e:
        return "TypeError: " + str(e)


print(attempt((AppError, 42)))
print(attempt((ValueError, 42)))
print(attempt(((AppError,),)))
print(attempt(42))
print(attempt((AppError, ValueError)))
print(attempt(Exception))
print(attempt(()))
