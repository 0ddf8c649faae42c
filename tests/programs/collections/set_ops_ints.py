primes = {2, 3, 5, 7, 11, 13}
odds = set(range(1, 15, 2))
print(sorted(primes & odds), sorted(primes - odds), sorted(odds - primes))
print(sorted(primes | odds), sorted(primes ^ odds))
print(len(primes), max(primes), min(odds), sum(primes))
seen = set()
dupes = []
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if x in seen:
        dupes.append(x)
    seen.add(x)
print(dupes, sorted(seen))
print({1, 2, 3} - {2} == {1, 3}, {1} | set() == {1})
s = set(range(10))
for i in range(0, 10, 3):
    s.discard(i)
print(sorted(s))
print(set([1, 2]) == {1, 2}, {(1, 2), (2, 1)} == {(2, 1), (1, 2)})
print(sorted({(1, "a"), (0, "b")}))
words = ["apple", "banana", "apple", "cherry", "banana"]
unique_in_order = []
seen_w = set()
for w in words:
    if w not in seen_w:
        seen_w.add(w)
        unique_in_order.append(w)
print(unique_in_order, len(seen_w), sorted(seen_w))
print(list(dict.fromkeys(words)))
fs = frozenset({1, 2})
print(fs.union({3}) == {1, 2, 3}, fs.issubset({1, 2, 5}), {fs, frozenset({2, 1})} == {fs})
