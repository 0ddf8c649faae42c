"""Core XML support (xml.etree.ElementTree)."""
