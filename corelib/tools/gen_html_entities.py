"""Usage: python3 corelib/tools/gen_html_entities.py corelib/lib/html/entities.py

Writes corelib/lib/html/entities.py: the WHATWG HTML5 named character references and the
HTML 4.01 entity names, as data tables (generated; run with any Python 3 that has them)."""
import html.entities as src, sys

out = [
    '"""HTML character entity tables: the HTML 4.01 names (name2codepoint, codepoint2name,',
    'entitydefs) and the HTML5 named character references (html5; names with their trailing',
    'semicolon, plus the legacy forms accepted without one).',
    '',
    'Generated data (the entity lists of the HTML 4.01 and WHATWG HTML standards); do not edit."""',
    '',
    "__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']",
    '',
    '# HTML 4.01 entity name -> Unicode code point.',
    'name2codepoint = {',
]
for k, v in src.name2codepoint.items():
    out.append(f'    {k!r}: 0x{v:04x},')
out.append('}')
out.append('')
out.append('# HTML5 named character reference -> its replacement text.')
out.append('html5 = {')
for k, v in src.html5.items():
    out.append(f'    {k!r}: {ascii(v)},')
out.append('}')
out.append('')
out.append('codepoint2name = {cp: name for name, cp in name2codepoint.items()}')
out.append('entitydefs = {name: chr(cp) for name, cp in name2codepoint.items()}')
out.append('')
open(sys.argv[1], 'w').write('\n'.join(out))
