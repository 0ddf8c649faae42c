import html
import re

DOC = """# Project *Kestrel*

A **fast** interpreter with `code` and [links](http://x.org/?a=1&b=2).

## Features
- starts quickly
- runs *real* programs
- escapes <html> & "quotes"

1. first
2. second

> quoted text
> continues

```
def f(x):
    return x < 3
```

---
Final paragraph.
"""


def inline(text):
    text = html.escape(text, quote=False)
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"\*(.+?)\*", r"<em>\1</em>", text)
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", lambda m: f'<a href="{m[2]}">{m[1]}</a>', text)
    return text


def convert(src):
    out = []
    lines = src.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            i += 1
            code = []
            while not lines[i].startswith("```"):
                code.append(html.escape(lines[i]))
                i += 1
            out.append("<pre><code>" + "\n".join(code) + "</code></pre>")
        elif m := re.match(r"(#{1,6}) (.*)", line):
            n = len(m.group(1))
            out.append(f"<h{n}>{inline(m.group(2))}</h{n}>")
        elif re.match(r"[-*] ", line):
            items = []
            while i < len(lines) and re.match(r"[-*] ", lines[i]):
                items.append(f"<li>{inline(lines[i][2:])}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif re.match(r"\d+\. ", line):
            items = []
            while i < len(lines) and (m := re.match(r"\d+\. (.*)", lines[i])):
                items.append(f"<li>{inline(m[1])}</li>")
                i += 1
            out.append("<ol>" + "".join(items) + "</ol>")
            continue
        elif line.startswith(">"):
            quote = []
            while i < len(lines) and lines[i].startswith(">"):
                quote.append(lines[i].lstrip("> "))
                i += 1
            out.append("<blockquote>" + inline(" ".join(quote)) + "</blockquote>")
            continue
        elif line.strip() == "---":
            out.append("<hr/>")
        elif line.strip():
            para = [line]
            while i + 1 < len(lines) and lines[i + 1].strip() and not re.match(r"[#>`\-*]|\d+\.", lines[i + 1]):
                i += 1
                para.append(lines[i])
            out.append("<p>" + inline(" ".join(para)) + "</p>")
        i += 1
    return "\n".join(out)


result = convert(DOC)
print(result)
print(html.unescape("&lt;b&gt; &amp;amp; &#65;&#x42; &eacute; &copy;"))
print(html.escape('<a href="x">\'</a>'))
print(len(re.findall(r"<(\w+)", result)), sorted(set(re.findall(r"<(\w+)", result))))
