# email.mime classes, email.charset and email.encoders.
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email import encoders
from email.charset import Charset
import email

for args in [("hello\n",), ("<b>hi</b>", "html"), ("héllo wörld\n",), ("plain ascii", "plain", "utf-8"),
             ("latin text é", "plain", "iso-8859-1")]:
    m = MIMEText(*args)
    print(m.as_string())
    print(repr(m.get_payload()), m.get_content_charset(), m.get_payload(decode=True))

outer = MIMEMultipart(boundary="BOUND")
outer["Subject"] = "Multipart test"
outer["From"] = "me@example.com"
outer.preamble = "This is a multi-part message in MIME format."
outer.attach(MIMEText("Body text\n"))
att = MIMEApplication(b"\x00\x01\x02PDFDATA", _subtype="pdf")
att.add_header("Content-Disposition", "attachment", filename="doc.pdf")
outer.attach(att)
base = MIMEBase("application", "octet-stream")
base.set_payload(b"raw bytes here")
encoders.encode_base64(base)
base.add_header("Content-Disposition", 'attachment; filename="raw.bin"')
outer.attach(base)
img = MIMEImage(b"\x89PNG\r\n\x1a\n" + b"\x00" * 8)
outer.attach(img)
text = outer.as_string()
print(text)
back = email.message_from_string(text)
print([p.get_content_type() for p in back.walk()])
print([p.get_filename() for p in back.walk()])
print(back.get_payload(1).get_payload(decode=True), back.get_payload(3).get_content_subtype())
print(back.preamble)

inner = MIMEText("forwarded\n")
inner["Subject"] = "inner"
fwd = MIMEMessage(inner)
print(fwd.as_string())
c = Charset("utf-8")
print(c, c.get_output_charset(), c.get_body_encoding(), c.header_encoding, c.body_encoding)
c = Charset("latin_1")
print(c, c.get_body_encoding(), Charset("us-ascii").get_body_encoding().__name__)
try:
    MIMEText("x").attach(MIMEText("y"))
except Exception as e:
    print(type(e).__name__, e)
try:
    MIMEImage(b"not an image")
except TypeError as e:
    print(e)
