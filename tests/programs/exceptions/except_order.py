def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup-ish {type(e).__name__}"
    except ArithmeticError:
        return "arithmetic"
    except (TypeError, ValueError) as e:
        return f"type/value {e}"
    except Exception:
        return "other"
for e in [KeyError(1), IndexError(), ZeroDivisionError(), OverflowError(), TypeError("t"), ValueError("v"), RuntimeError()]:
    print(classify(e))
handlers = (ValueError, KeyError)
try:
    raise KeyError("dynamic tuple")
except handlers as e:
    print("dynamic", e)
try:
    try:
        raise ValueError("x")
    except Exception as e:
        print("generic first", type(e).__name__)
except ValueError:
    print("never")
count = 0
for i in range(6):
    try:
        if i % 2:
            raise ValueError(i)
        count += 1
    except ValueError:
        count += 10
    else:
        count += 100
    finally:
        count += 1000
print(count)
