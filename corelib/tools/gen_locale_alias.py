"""Usage: python3 corelib/tools/gen_locale_alias.py corelib/lib/_locale_alias.py

Writes the locale name alias tables locale.normalize() uses (the X11 locale.alias data as
Python 3.11 ships it, and its encoding-name aliases), as generated data."""
import encodings.aliases
import locale
import sys

out = [
    '"""Locale and encoding alias tables for locale.normalize(): generated data (the X11',
    'locale.alias list and encoding aliases); do not edit."""',
    '',
    'locale_alias = {',
]
for k, v in locale.locale_alias.items():
    out.append(f'    {k!r}: {v!r},')
out.append('}')
out.append('')
out.append('locale_encoding_alias = {')
for k, v in locale.locale_encoding_alias.items():
    out.append(f'    {k!r}: {v!r},')
out.append('}')
out.append('')
out.append('# Codec name aliases (normalized spelling -> codec name).')
out.append('codec_aliases = {')
for k, v in encodings.aliases.aliases.items():
    out.append(f'    {k!r}: {v!r},')
out.append('}')
out.append('')
open(sys.argv[1], 'w').write('\n'.join(out))
