# round() reports missing and surplus arguments with argument clinic's wording.
for args in [(), (1, 2, 3), (1.5, None, 0)]:
    try:
        round(*args)
    except TypeError as e:
        print(e)
try:
    round(ndigits=2)
except TypeError as e:
    print(e)
print(round(number=2.675, ndigits=2), round(1234, -2), round(-1250, -2), round(True))
