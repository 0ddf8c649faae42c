for enc in ("gbk", "shift_jis", "euc-jp", "big5", "cp949", "iso2022_jp", "hz", "GB2312"):
    print(enc, b"hello, world".decode(enc), "plain text".encode(enc))
import codecs
print(codecs.lookup("gbk").name)
print(codecs.lookup("Shift-JIS").name)
import io
b = io.BytesIO("abc\ndef\n".encode("gbk"))
print(io.TextIOWrapper(b, encoding="gbk").read().split())
print(codecs.decode(b"xyz", "euc_kr"))
