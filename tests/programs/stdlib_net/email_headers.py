# email.headerregistry Address/Group, email.header encoded words.
from email.headerregistry import Address, Group
from email.message import EmailMessage
from email.header import Header, decode_header, make_header

a = Address("Jane Doe", "jane", "example.com")
print(a, repr(a), a.addr_spec)
print(Address(addr_spec="x@y.org"), Address("Doe, John", "john", "x.org"))
print(Address(username="only"), repr(str(Address())))
print(Group("Team", [a, Address(addr_spec="b@c.d")]), Group(None, [a]), Group("Empty"))
print(a == Address("Jane Doe", "jane", "example.com"))
try:
    Address(addr_spec="a@b", username="x")
except TypeError as e:
    print(e)

msg = EmailMessage()
msg["From"] = Address("Sender", "sender", "example.com")
msg["To"] = (Address("A", "a", "x.org"), Address("B", "b", "x.org"))
msg["Subject"] = "Addresses"
msg.set_content("hi\n")
print(msg["from"], "|", msg["to"])
print(msg.as_string())

print(decode_header("plain text"))
print(decode_header("=?utf-8?b?SGVsbG8gV8O2cmxk?="))
print(decode_header("=?iso-8859-1?q?caf=E9_au_lait?= and more"))
print(str(make_header(decode_header("=?utf-8?b?SGVsbG8gV8O2cmxk?="))))
print(Header("Grüße", "utf-8").encode())
print(Header("ascii only").encode(), str(Header("text")))
