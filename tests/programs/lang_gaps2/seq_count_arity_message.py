for call in (lambda: [].count(), lambda: [].count(1, 2), lambda: ().count(), lambda: (1,).count(1, 2)):
    try:
        call()
    except TypeError as e:
        print(e)
print([1, 1].count(1), (1, 2, 1).count(1))
