match 1:
    x = 1
