words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "", "a"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print("abc" == "abc", "abc" is not None, "a" * 3 == "aaa", "abc" != "abd")
print("apple" < "apples", "Zebra" < "apple", "10" < "9", "é" > "z")
print(min(words), max(words))
print("abc".__eq__("abc"), "abc".__lt__("abd"))
a = "hello"
b = "hel" + "lo"
print(a == b, hash(a) == hash(b))
print(str(123) == "123", str(1.0) == "1.0", "1" == 1)
print(sorted(["b10", "b9", "a100", "a20"]))
