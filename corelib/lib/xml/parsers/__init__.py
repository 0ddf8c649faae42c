"""xml.parsers: the XML parser interfaces (Kestrel has `xml.parsers.expat`)."""
