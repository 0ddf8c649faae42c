s = "hello world"
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
vowels = [c for c in s if c in "aeiou"]
print(vowels, len(vowels))
print([(i, c) for i, c in enumerate("abc")])
print(list(zip("abc", "12345")))
print(list(reversed("stressed")), "".join(reversed("stressed")))
words = "the rain in spain stays mainly in the plain".split()
print([w for w in words if "ain" in w])
print({w: len(w) for w in words})
print(" ".join(w.capitalize() for w in words))
acc = ""
for i in range(5):
    acc += str(i) * i
print(acc)
it = iter("xy")
print(next(it), next(it), next(it, "done"))
print("".join(sorted(set("mississippi"))))
print(s.split("o"), s.title().swapcase())
