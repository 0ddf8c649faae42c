i = 0
while i < 5:
    print(i, end=" ")
    i += 1
print()
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("not reached")
j = 0
while j < 3:
    j += 1
else:
    print("while-else ran, j =", j)
k = 10
while k > 0:
    k -= 3
    if k == 1:
        print("break at", k)
        break
else:
    print("no break, k =", k)
a, b = 0, 1
fib = []
while a < 100:
    fib.append(a)
    a, b = b, a + b
print(fib)
count = 0
while True:
    count += 1
    if count >= 1000:
        break
print(count)
