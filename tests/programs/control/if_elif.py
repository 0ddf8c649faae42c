def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
x = 7
if x:
    print("truthy")
if not []:
    print("empty list is falsy")
if x > 5 and x < 10 or x == 100:
    print("in range")
if None:
    print("never")
else:
    print("None is falsy")
y = 0
if y:
    pass
elif y == 0:
    print("zero branch")
if x > 3:
    if x > 6:
        print("nested >6")
    else:
        print("nested <=6")
