import html
from html.parser import HTMLParser
from urllib.parse import urlparse, urlencode, parse_qs, quote, unquote, urljoin, urlsplit, urlunparse, quote_plus, parse_qsl
print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape("<>", quote=False))
print(html.unescape("&lt;p&gt; &amp;amp; &copy; &#169; &#x263A; &nbsp;x &notanentity;"))
class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []; self.text = []; self.depth = 0
    def handle_starttag(self, tag, attrs):
        print("start", tag, attrs)
        if tag == "a":
            self.links.append(dict(attrs).get("href"))
    def handle_endtag(self, tag):
        print("end", tag)
    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())
    def handle_comment(self, data):
        print("comment", repr(data))
    def handle_startendtag(self, tag, attrs):
        print("startend", tag, attrs)
    def handle_entityref(self, name):
        print("entity", name)
    def handle_charref(self, name):
        print("charref", name)
    def handle_decl(self, decl):
        print("decl", decl)
doc = """<!DOCTYPE html><html><head><title>Test &amp; page</title></head>
<body><!-- a comment --><p class="x" id=y>Hello <b>world</b>!</p>
<a href="https://example.com/a?b=1&amp;c=2">link</a><br/><img src='i.png' alt="">
<script>if (a < b) { x = "</p>"; }</script><p>caf&eacute; &#233;</p></body></html>"""
p = LinkParser()
p.feed(doc); p.close()
print(p.links, p.text)
class P2(HTMLParser):
    def handle_data(self, d): print("data", repr(d))
P2(convert_charrefs=True).feed("<p>a &amp; b &lt; c</p>")
u = urlparse("https://user:pw@www.example.com:8080/path/to;params?q=1&r=two#frag")
print(u, u.hostname, u.port, u.username, u.password, u.netloc)
print(urlencode({"q": "hello world", "n": 5, "x": "a&b"}), urlencode([("a", 1), ("a", 2)]), urlencode({"l": [1, 2]}, doseq=True))
print(parse_qs("a=1&a=2&b=&c=x%20y", keep_blank_values=True), parse_qsl("a=1&b=2"))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), unquote("%C3%A9%20x"), quote_plus("a b+c"))
print(urljoin("http://a/b/c/d;p?q", "../g"), urljoin("http://a/b/", "/x"), urljoin("http://a/b", "//c/d"))
print(urlsplit("http://x.com/a?b#c"), urlunparse(("http", "h", "/p", "", "q=1", "f")))
print(u._replace(scheme="http").geturl())
