"""Markdown tools: heading table of contents with slugs, link checking, a word-wrapped
plain-text renderer, and a simple table formatter (str methods, re, textwrap, unicodedata)."""
import re
import textwrap
import unicodedata
from collections import Counter

DOC = """\
# Kestrel Guide
Intro text with a [link](#installation) and a [broken one](#nowhere).

## Installation
Run `make install`. See [Usage](#usage-notes) — it's *easy*.

### Ünïcode Headings & Symbols!
Accented **bold** words: café, naïve, résumé.

## Usage Notes
| name | value | note |
|------|------:|------|
| alpha | 1 | first |
| beta | 22 | second one |
| gamma | 333 | |

## Usage Notes
Duplicate heading gets a numbered slug.
"""


def slugify(text, seen):
    t = unicodedata.normalize("NFKD", text)
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).lower()
    t = re.sub(r"[^\w\s-]", "", t).strip()
    slug = re.sub(r"[\s]+", "-", t)
    n = seen[slug]
    seen[slug] += 1
    return slug if n == 0 else f"{slug}-{n}"


def toc(doc):
    seen = Counter()
    out = []
    for m in re.finditer(r"^(#{1,6})\s+(.+)$", doc, re.M):
        level, title = len(m.group(1)), m.group(2).strip()
        out.append((level, title, slugify(title, seen)))
    return out


def render_inline(text):
    text = re.sub(r"\*\*(.+?)\*\*", lambda m: m.group(1).upper(), text)
    text = re.sub(r"\*(.+?)\*", r"_\1_", text)
    text = re.sub(r"`([^`]+)`", r"'\1'", text)
    return re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 <\2>", text)


def render_table(lines):
    rows = [[c.strip() for c in l.strip().strip("|").split("|")] for l in lines]
    header, align, body = rows[0], rows[1], rows[2:]
    widths = [max(len(r[i]) for r in [header] + body) for i in range(len(header))]
    right = [a.endswith(":") for a in align]

    def fmt(r):
        return " | ".join(c.rjust(w) if rt else c.ljust(w) for c, w, rt in zip(r, widths, right))
    return [fmt(header), "-+-".join("-" * w for w in widths)] + [fmt(r) for r in body]


entries = toc(DOC)
for level, title, slug in entries:
    print(f"{'  ' * (level - 1)}- {title} (#{slug})")
anchors = {s for _, _, s in entries}
for text, target in re.findall(r"\[([^\]]+)\]\(#([^)]+)\)", DOC):
    print(f"link {text!r:<14} -> #{target:<14} {'ok' if target in anchors else 'BROKEN'}")
lines = DOC.splitlines()
i = 0
while i < len(lines):
    line = lines[i]
    if line.startswith("|"):
        j = i
        while j < len(lines) and lines[j].startswith("|"):
            j += 1
        print("\n".join(render_table(lines[i:j])))
        i = j
        continue
    if line.startswith("#"):
        title = line.lstrip("#").strip()
        print(f"\n{title.upper()}\n{'=' * len(title)}")
    elif line:
        print(textwrap.fill(render_inline(line), width=44, subsequent_indent="  "))
    i += 1
words = re.findall(r"\w+", DOC.lower())
print(Counter(words).most_common(4), len(words))
print([unicodedata.name(c) for c in "é—✓"], unicodedata.category("Ü"), unicodedata.normalize("NFC", "e\u0301") == "é")
print(ascii("café"), "naïve".encode("ascii", "ignore"), len("résumé"), len("résumé".encode()), "ÉCOLE".lower().capitalize())
