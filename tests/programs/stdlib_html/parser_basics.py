from html.parser import HTMLParser
import html


class Dump(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("start", tag, attrs)

    def handle_endtag(self, tag):
        print("end", tag)

    def handle_startendtag(self, tag, attrs):
        print("startend", tag, attrs)

    def handle_data(self, data):
        print("data", repr(data))

    def handle_comment(self, data):
        print("comment", repr(data))

    def handle_decl(self, decl):
        print("decl", repr(decl))

    def handle_pi(self, data):
        print("pi", repr(data))

    def handle_entityref(self, name):
        print("entityref", name)

    def handle_charref(self, name):
        print("charref", name)


doc = """<!DOCTYPE html>
<html><head><title>Test &amp; more</title>
<style>p > a { color: red }</style></head>
<body class="main" id=top data-x='1'>
<!-- a comment -->
<p>Hello <b>world</b> &lt;3 &#65;&#x42;</p>
<img src="a.png" alt="A &quot;pic&quot;"/>
<input disabled type=checkbox>
<script>if (a < b && c > d) { x = "</p>"; }</script>
<?xml-stylesheet href="s.css"?>
<A HREF="x">Upper</A>
</body></html>"""
p = Dump()
p.feed(doc)
p.close()
print("----")
q = Dump(convert_charrefs=False)
q.feed("<p>a &amp; b &#38; c &copy</p>")
q.close()
print("----")
r = Dump()
for chunk in ["<di", "v cla", "ss='x'>te", "xt &am", "p; end</div>"]:
    r.feed(chunk)
r.close()


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs).get("href"))

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())


l = Links()
l.feed('<ul><li><a href="/one">One</a></li><li><a href="/two?x=1&amp;y=2">Two</a></li></ul>')
l.close()
print(l.links, l.text)
print(l.getpos())
print(html.escape('<a href="x">&\'</a>'), html.escape("<'>", quote=False))
print(html.unescape("&lt;&gt;&amp;&quot;&#39;&eacute;&#x263a;&nosuch;"))
