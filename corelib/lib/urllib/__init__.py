"""URL handling modules (Kestrel: only urllib.parse is provided)."""
