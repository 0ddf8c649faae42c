total = 0
def add(n):
    total += n
    return total
print("start")
add(1)
