a, *b, c = [1]  # c
