def count(n):
    total = 0
    i = 0
    while i < n:
        if i % 3 == 0 and i != 6:
            total += i
        elif not i:
            continue
        else:
            break
        i += 1
    for x in range(n):
        total += x
    else:
        total -= 1
    return total
