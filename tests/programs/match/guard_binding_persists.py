match [1, 2]:
    case [a, b] if a > b:
        print("no")
    case [c, d]:
        print("second", c, d)
print(a, b)
x = "unset"
match 5:
    case 6:
        pass
    case _:
        pass
print(x)
