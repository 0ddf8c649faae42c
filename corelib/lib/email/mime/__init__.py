# The package of email's MIME message classes (email.mime.text, .multipart, ...).
