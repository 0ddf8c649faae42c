# smtplib against a small SMTP server running in a child process (the same interpreter).
import smtplib
import subprocess
import sys
from email.message import EmailMessage

SERVER = r'''
import socket, sys, base64
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
print(srv.getsockname()[1], flush=True)
log = []
for session in range(2):
    conn, _ = srv.accept()
    f = conn.makefile("rb")
    def reply(text):
        conn.sendall(text.encode() + b"\r\n")
    reply("220 test.local ESMTP ready")
    in_data = False
    data = []
    while True:
        line = f.readline()
        if not line:
            break
        text = line.decode().rstrip("\r\n")
        if in_data:
            if text == ".":
                in_data = False
                log.append("DATA[%d lines]: %r" % (len(data), data))
                data = []
                reply("250 2.0.0 queued as ABC")
            else:
                data.append(text)
            continue
        log.append(text)
        cmd = text.split(" ", 1)[0].upper()
        if cmd == "EHLO":
            reply("250-test.local greets you")
            reply("250-SIZE 1000000")
            reply("250-AUTH PLAIN LOGIN")
            reply("250 8BITMIME")
        elif cmd == "HELO":
            reply("250 test.local")
        elif cmd == "AUTH":
            reply("235 2.7.0 Authentication successful")
        elif cmd == "MAIL":
            reply("250 2.1.0 Ok")
        elif cmd == "RCPT":
            if "bad@" in text:
                reply("550 5.1.1 No such user")
            else:
                reply("250 2.1.5 Ok")
        elif cmd == "DATA":
            in_data = True
            reply("354 End data with <CR><LF>.<CR><LF>")
        elif cmd == "NOOP":
            reply("250 2.0.0 Ok")
        elif cmd == "VRFY":
            reply("252 2.0.0 maybe")
        elif cmd == "RSET":
            reply("250 2.0.0 Ok")
        elif cmd == "QUIT":
            reply("221 2.0.0 Bye")
            break
        else:
            reply("502 5.5.2 Error: command not recognized")
    f.close()
    conn.close()
for entry in log:
    print(entry)
'''

proc = subprocess.Popen([sys.executable, "-c", SERVER], stdout=subprocess.PIPE, text=True)
port = int(proc.stdout.readline())

with smtplib.SMTP("127.0.0.1", port, local_hostname="client.local") as s:
    print(s.noop())
    print(s.ehlo())
    print(sorted(s.esmtp_features.items()), s.has_extn("size"), s.has_extn("starttls"))
    print(s.login("user", "secret"))
    refused = s.sendmail("alice@example.com", ["bob@example.com", "bad@example.com"],
                         "Subject: hi\n\nline one\n.leading dot\nlast\n")
    print(refused)
    print(s.verify("someone"))
    print(s.docmd("BOGUS"))
    try:
        s.sendmail("alice@example.com", ["bad@example.com"], "x")
    except smtplib.SMTPRecipientsRefused as e:
        print("refused all:", e.recipients)

msg = EmailMessage()
msg["From"] = "Alice <alice@example.com>"
msg["To"] = "bob@example.com, carol@example.com"
msg["Bcc"] = "secret@example.com"
msg["Subject"] = "Message"
msg.set_content("Body of the message.\n")
with smtplib.SMTP(f"127.0.0.1:{port}", local_hostname="client.local") as s:
    print(s.send_message(msg))

out = proc.stdout.read()
proc.wait()
print(out)
print(smtplib.quoteaddr("Name <a@b.c>"), smtplib.quoteaddr("plain@x.y"), repr(smtplib.quotedata(".a\nb\r\n.c")))
try:
    smtplib.SMTP().send("x")
except smtplib.SMTPServerDisconnected as e:
    print(e)
print(issubclass(smtplib.SMTPException, OSError))
