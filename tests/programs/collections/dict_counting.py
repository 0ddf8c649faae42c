text = "one two three two three three four four four four"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq)
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(freq, key=freq.get), min(freq.values()), sum(freq.values()))
groups = {}
for w in text.split():
    groups.setdefault(len(w), set()).add(len(w) * 10)
print(groups)
inverse = {}
for k, v in freq.items():
    inverse.setdefault(v, []).append(k)
print(inverse)
letters = {}
for ch in text.replace(" ", ""):
    if ch in letters:
        letters[ch] += 1
    else:
        letters[ch] = 1
print(sorted(letters.items()))
print({k: v for k, v in freq.items() if v > 1})
print(list(freq) == list(freq.keys()), len(freq))
