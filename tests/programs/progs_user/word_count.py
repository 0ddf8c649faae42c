"""Word counting, the way every tutorial does it."""
import re
import string
import sys
from collections import Counter, defaultdict

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair. Don't stop; we're here—café naïve."""

words = re.findall(r"[a-z']+", TEXT.lower())
print(len(words), len(set(words)))
counts = Counter(words)
for word, n in counts.most_common(5):
    print(f"{word:<10} {n:>3} {'*' * n}")
freq = {}
for w in TEXT.split():
    w = w.strip(string.punctuation).lower()
    if w:
        freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for n in sorted(by_len)[:5]:
    print(n, by_len[n])
letters = Counter(c for c in TEXT.lower() if c.isalpha())
print(letters.most_common(3), sum(letters.values()))
print(counts["it"], counts["missing"], "missing" in counts)
c2 = Counter("abracadabra")
print(sorted(c2.items()), c2.most_common(2), sorted(c2.elements())[:6])
c3 = c2 - Counter("aab")
print(sorted(c3.items()), sorted((c2 & Counter("aaz")).items()), sorted((c2 | Counter("zz")).items()))
c2.update("zz")
c2.subtract({"a": 10})
print(c2["a"], c2["z"], sorted((+c2).items()), c2.total())
sentences = re.split(r"(?<=[.!?])\s+", "Hi there. How are you? Fine! ok")
print(sentences)
print(TEXT.count("was"), TEXT.find("age"), TEXT.rfind("age"), TEXT.index("epoch"))
lines = TEXT.splitlines()
print([len(l.split()) for l in lines], max(lines, key=len)[:20])
print(" ".join(w.capitalize() for w in "hello big world".split()), "hello big world".title())
print(string.capwords("  hello   wORLD "), "café".upper(), "naïve".encode("utf-8"), "ß".casefold())
table = str.maketrans({"a": "4", "e": "3", "o": "0"}, )
print("leet speak code".translate(table), "a-b_c".translate(str.maketrans("-_", "  ")))
print("hello".translate(str.maketrans("", "", "l")), "{:>8}".format("pad"), "x".center(7, "."))
print(sys.getrecursionlimit() > 100, "Don't".isalpha(), "abc123".isalnum(), "   ".isspace(), "Ab".swapcase())
