# email: parsing, Message/EmailMessage, email.utils.
import email
import email.utils
from email.message import EmailMessage, Message
from email.parser import Parser, HeaderParser, BytesParser
from email import policy

raw = """From: Alice Example <alice@example.com>
To: bob@example.com, "Carol, C." <carol@example.com>
Subject: Hello there
 continued subject
Content-Type: text/plain; charset="utf-8"; format=flowed
X-Tag: one
X-Tag: two

Hi Bob,
this is the body.
"""
msg = email.message_from_string(raw)
print(type(msg).__name__, len(msg), msg.keys())
print(msg["from"], "|", msg["SUBJECT"])
print(msg.get_all("x-tag"), msg.get("x-missing"), msg.get("x-missing", "dflt"))
print("to" in msg, "cc" in msg)
print(msg.get_content_type(), msg.get_content_maintype(), msg.get_content_subtype())
print(msg.get_param("charset"), msg.get_param("format"), msg.get_params())
print(msg.get_content_charset(), msg.is_multipart())
print(repr(msg.get_payload()))
print(email.utils.getaddresses(msg.get_all("to")))
print(email.utils.parseaddr(msg["from"]))

msg.replace_header("Subject", "Replaced")
del msg["X-Tag"]
msg["X-New"] = "value"
msg.add_header("Content-Disposition", "attachment", filename="a b.txt")
print(msg.items()[-3:])
print(msg.get_filename())
try:
    msg.replace_header("No-Such", "x")
except KeyError as e:
    print("KeyError", e)
print(msg.as_string())

hdr = HeaderParser().parsestr("A: 1\nB: 2\n\nbody\n")
print(hdr["a"], hdr["b"], repr(hdr.get_payload()))
b = BytesParser().parsebytes(b"Subject: bytes\n\nraw body")
print(b["subject"], repr(b.get_payload()))

multi = """MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XYZ"

preamble text
--XYZ
Content-Type: text/plain

part one
--XYZ
Content-Type: text/html

<p>part two</p>
--XYZ--
epilogue
"""
m = email.message_from_string(multi)
print(m.is_multipart(), m.get_boundary(), len(m.get_payload()))
for part in m.walk():
    print(part.get_content_type(), repr(part.get_payload()) if not part.is_multipart() else "")
print(repr(m.preamble), repr(m.epilogue))

b64 = "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\naGVsbG8gd29ybGQ=\n"
print(email.message_from_string(b64).get_payload(decode=True))
qp = "Content-Transfer-Encoding: quoted-printable\n\ncaf=C3=A9 soft=\nbreak\n"
print(email.message_from_string(qp).get_payload(decode=True))

m = Message()
m["To"] = "x@example.com"
m.set_payload("plain body\n")
print(m.as_string())
print(m.get_content_type(), m.get_default_type())

e = EmailMessage()
e["From"] = email.utils.formataddr(("Sender Name", "sender@example.com"))
e["To"] = "rcpt@example.com"
e["Subject"] = "Test"
e.set_content("Hello,\nthis is a test.\n")
print(e.get_content_type(), e.get_content_charset(), e["Content-Transfer-Encoding"])
print(e.get_content())
print(e.as_string())
try:
    e["Subject"] = "again"
except ValueError as ex:
    print(ex)

print(email.utils.formataddr(("", "a@b.c")), email.utils.formataddr(("Doe, John", "j@x.org")))
print(email.utils.formataddr(('Say "hi"', "q@x.org")))
for a in ["john@example.com", "John Doe <john@example.com>", "john@example.com (John Doe)",
          '"Doe, John" <john@example.com>', "", "<only@angle.com>", "Name Only <>"]:
    print(repr(a), email.utils.parseaddr(a))
print(email.utils.formatdate(0), email.utils.formatdate(86400 * 365.25 * 30, usegmt=True))
print(email.utils.formatdate(1234567890))
d = email.utils.parsedate_tz("Fri, 13 Feb 2009 23:31:30 +0100")
print(d, email.utils.mktime_tz(d))
print(email.utils.parsedate("Mon, 1 Dec 2026 06:00:00 GMT"))
print(email.utils.parsedate_to_datetime("Fri, 13 Feb 2009 23:31:30 -0500"))
print(email.utils.parsedate_to_datetime("Fri, 13 Feb 2009 23:31:30 -0000"))
print(email.utils.parsedate("not a date"))
try:
    email.utils.parsedate_to_datetime("garbage")
except ValueError as ex:
    print(ex)
import datetime
dt = datetime.datetime(2020, 5, 17, 8, 30, 0, tzinfo=datetime.timezone.utc)
print(email.utils.format_datetime(dt), email.utils.format_datetime(dt, usegmt=True))
print(email.utils.quote('a"b\\c'), email.utils.unquote('"quoted"'), email.utils.unquote("<x>"))
mid = email.utils.make_msgid(domain="example.com")
print(mid.startswith("<") and mid.endswith("@example.com>"))
