import html
from html import escape, unescape
from html.entities import html5, name2codepoint, codepoint2name, entitydefs

print(escape("<a href=\"x\">it's & more</a>"), escape("<'\">", quote=False), escape(""))
cases = [
    "&amp;", "&lt;&gt;&quot;&apos;", "&amp", "&ampx", "&amp;x", "&notin;", "&notit;", "&not",
    "&notx", "&copy2023", "&Copy;", "&unknown;", "&;", "&", "a&b", "&#65;&#x41;&#X41;&#65",
    "&#0;", "&#13;", "&#128;&#x80;&#x81;&#x9f;", "&#1;", "&#11;", "&#127;", "&#xD800;",
    "&#x110000;", "&#99999999999999999999;", "&#xFFFE;&#x1FFFF;&#xFDD0;", "&#x10FFFF;",
    "&#x10FFFD;", "&#;", "&#x;", "&#xg;", "&NotNestedGreaterGreater;", "&acE;",
    "&CounterClockwiseContourIntegral;", "&lt", "&LT", "&LTx", "&gtlPar;", "x &eacute y",
    "&eacute;&Eacute;&eaCute;", "&#128512;", "&zwj;&zwnj;", "&" + "a" * 40 + ";",
    "&aacute&aacute;", "&\t;", "&fjlig;", "&ThickSpace;",
]
for c in cases:
    print(repr(c), ascii(unescape(c)))

print(len(html5), len(name2codepoint), len(codepoint2name), len(entitydefs))
print(name2codepoint["eacute"], codepoint2name[233], entitydefs["amp"], ascii(html5["nbsp;"]))
print(sorted(k for k in html5 if not k.endswith(";"))[:10])
# every named reference round-trips
bad = [k for k in html5 if unescape("&" + k) != html5[k]]
print("mismatches", bad)
total = 0
for n in range(0, 0x3000):
    total = (total * 31 + sum(map(ord, unescape("&#%d;" % n)))) % 1000000007
print("checksum", total)
for n in [0x1fffe, 0x2ffff, 0x10fffe, 0xe000, 0xfffd, 0xfdef, 0xfdf0]:
    print(hex(n), ascii(unescape("&#x%x;" % n)))
