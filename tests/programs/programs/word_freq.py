TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way -- in short, the period was so far like the present period.
"""
def words(text):
    out = []
    cur = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out
ws = words(TEXT)
print(len(ws), "words")
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
print(len(freq), "distinct")
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in ranked[:12]:
    print(f"{w:>12} {c:3d} {'#' * c}")
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(n, sorted(by_len[n]))
bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
top = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(max(freq, key=lambda w: (len(w), w)), sum(freq.values()) == len(ws))
singles = sorted(w for w, c in freq.items() if c == 1)
print(len(singles), singles[:10])
# Letter statistics and a simple concordance (word -> line numbers).
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(k for k, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))))
concord = {}
for lineno, line in enumerate(TEXT.strip().splitlines(), 1):
    for w in words(line):
        lines = concord.setdefault(w, [])
        if lineno not in lines:
            lines.append(lineno)
for w in ["it", "was", "age", "we", "period", "heaven"]:
    print(f"{w:<8} {concord.get(w, [])}")
longest_line = max(TEXT.strip().splitlines(), key=len)
print(len(longest_line), longest_line[:30])
