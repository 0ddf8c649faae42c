# EmailMessage with alternatives and attachments, round-tripped through the parser.
import email
from email import policy
from email.message import EmailMessage

msg = EmailMessage()
msg["Subject"] = "Report"
msg["From"] = "a@example.com"
msg["To"] = "b@example.com"
msg.set_content("Plain text body.\n")
msg.add_alternative("<p>HTML body.</p>\n", subtype="html")
print(msg.get_content_type(), msg.is_multipart(), len(msg.get_payload()))
print([p.get_content_type() for p in msg.iter_parts()])
msg.add_attachment(b"\x00\x01binary data", maintype="application", subtype="octet-stream",
                   filename="data.bin")
print(msg.get_content_type(), [p.get_content_type() for p in msg.iter_parts()])
msg.set_boundary("OUTER")
msg.get_payload()[0].set_boundary("INNER")
text = msg.as_string()
print(text)

parsed = email.message_from_string(text, policy=policy.default)
print(type(parsed).__name__, parsed["subject"], parsed.get_content_type())
body = parsed.get_body(preferencelist=("plain",))
print(body.get_content_type(), repr(body.get_content()))
html = parsed.get_body(preferencelist=("html",))
print(repr(html.get_content()))
for att in parsed.iter_attachments():
    print(att.get_filename(), att.get_content_type(), att.get_content())
print([part.get_content_type() for part in parsed.walk()])

plain = email.message_from_string(text)
print(type(plain).__name__, plain.get_payload(1).get_payload(decode=True))
