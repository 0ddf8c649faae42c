# A float power that overflows raises OverflowError with CPython's errno-style args.
for base, exp in [(2.0, 6000), (-2.0, 6001), (10.0, 400)]:
    try:
        base ** exp
    except OverflowError as e:
        print(e.args, str(e))
print(2 ** -6000, 10.0 ** -400)
