"""A tiny Markdown-to-HTML converter using re and html.escape."""
import html
import re

SOURCE = """\
# Title with <tags> & stuff

Some *emphasis*, **strong** text and `code & more`.
A [link](http://example.com/?a=1&b=2) here.

## List

- first item
- second **bold** item
* third

1. one
2. two

```
if a < b:
    print("x")
```

> quoted line
> another

Final paragraph
spanning lines.
"""


def inline(text):
    text = html.escape(text, quote=False)
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"(?<!\*)\*([^*]+)\*(?!\*)", r"<em>\1</em>", text)
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)",
                  lambda m: f'<a href="{html.escape(html.unescape(m[2]))}">{m[1]}</a>', text)
    return text


def convert(src):
    out = []
    lines = src.splitlines()
    i = 0
    para = []

    def flush():
        if para:
            out.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()

    while i < len(lines):
        line = lines[i]
        if m := re.match(r"^(#{1,6})\s+(.*)", line):
            flush()
            n = len(m.group(1))
            out.append(f"<h{n}>{inline(m.group(2))}</h{n}>")
        elif line.startswith("```"):
            flush()
            i += 1
            code = []
            while i < len(lines) and not lines[i].startswith("```"):
                code.append(html.escape(lines[i]))
                i += 1
            out.append("<pre><code>" + "\n".join(code) + "</code></pre>")
        elif re.match(r"^[-*]\s", line) or re.match(r"^\d+\.\s", line):
            flush()
            ordered = line[0].isdigit()
            tag = "ol" if ordered else "ul"
            out.append(f"<{tag}>")
            pat = r"^\d+\.\s+(.*)" if ordered else r"^[-*]\s+(.*)"
            while i < len(lines) and (m := re.match(pat, lines[i])):
                out.append(f"  <li>{inline(m.group(1))}</li>")
                i += 1
            out.append(f"</{tag}>")
            continue
        elif line.startswith(">"):
            flush()
            quote = []
            while i < len(lines) and lines[i].startswith(">"):
                quote.append(lines[i].lstrip("> "))
                i += 1
            out.append("<blockquote>" + inline(" ".join(quote)) + "</blockquote>")
            continue
        elif not line.strip():
            flush()
        else:
            para.append(line.strip())
        i += 1
    flush()
    return "\n".join(out)


print(convert(SOURCE))
print(html.escape('<a href="x">\'q\'</a>'), html.unescape("&lt;&amp;&gt;&quot;&#39;&#x41;&eacute;&nbsp;|"))
slug = lambda s: re.sub(r"[^\w]+", "-", s.lower()).strip("-")
print([slug(h) for h in re.findall(r"^#+\s+(.*)$", SOURCE, flags=re.M)])
print(re.sub(r"(?m)^", "| ", "a\nb"), re.subn(r"\s+", " ", "a  b \n c"))
print(re.fullmatch(r"[\w.+-]+@[\w-]+\.[\w.]+", "me.x+y@mail.co.uk") is not None)
pat = re.compile(r"(?P<key>\w+)\s*=\s*(?P<val>[^;]+);?", re.I)
print([m.groupdict() for m in pat.finditer("a = 1; B=two;c =3 ")])
print(re.escape("1+1=2?"), re.split(r"(,)", "a,b,,c"), re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"))
m = re.search(r"(\d+)-(\d+)?", "x 12- y")
print(m.group(0), m.groups(), m.groups("none"), m.span(1), m.start(), m.end(), m.lastindex)
print(re.findall(r"(?i)HELLO", "hello Hello hElLo"), re.match(r"a|ab", "ab").group())
print(re.sub(r"a*", "-", "baac"), re.findall(r"\b\w", "one two  three"))
