def first_duplicate(items):
    seen = []
    for x in items:
        if x in seen:
            return x
        seen.append(x)
    else:
        return None
print(first_duplicate([1, 2, 3, 2, 1]), first_duplicate([1, 2, 3]))
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            break
        i += 1
    else:
        return True
    return False
print([n for n in range(50) if is_prime(n)])
attempts = 0
for attempt in range(5):
    attempts += 1
    if attempt == 3:
        print("success on attempt", attempt)
        break
else:
    print("all failed")
print(attempts)
