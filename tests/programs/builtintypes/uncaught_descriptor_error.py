print(int.__add__(1, 2))
int.__add__("a", 1)
