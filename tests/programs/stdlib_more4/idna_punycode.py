import codecs, encodings.idna as idna, encodings.punycode as pc

for s in ['bücher', 'münchen', 'ñandú', '例え', 'Mañana', 'abc', '', 'ü' * 30, 'a-b-c-ü',
          '\u0644\u064a\u0647\u0645\u0627\u0628\u062a\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064a\u061f']:
    e = s.encode('punycode')
    print(ascii(s), e, ascii(e.decode('punycode')), ascii(codecs.decode(e, 'punycode')))
for name in ['bücher.example', 'www.Müller.DE', 'example.com.', 'xn--bcher-kva.example', 'ÄÖÜ。日本｡jp',
             'faß.de', 'ﬀ.com', 'a\u00adb.org', 'ⅷ.net', '\u0627\u0644\u0639\u0631\u0628\u064a\u0629.eg']:
    e = name.encode('idna')
    print(ascii(name), e, ascii(e.decode('idna')))
print(b'xn--mnchen-3ya.de'.decode('idna'), b'XN--MNCHEN-3YA.DE'.decode('idna'), b'plain.org'.decode('idna'))
print(codecs.lookup('idna').name, codecs.lookup('punycode').name, codecs.lookup('IDNA').name)
print(idna.nameprep('Straße'), ascii(idna.nameprep('\u1e9e\u2126')), idna.ToASCII('bücher'), idna.ToUnicode(b'xn--bcher-kva'), idna.ToUnicode('bucher'))
print(ascii(pc.punycode_decode(b'egbpdaj6bu4bxfgehfvwxn', 'strict')))
print(ascii(b'abc-'.decode('punycode')), ascii(b'-abc'.decode('punycode')))
print(ascii(b'abc-9'.decode('punycode', 'ignore')), ascii(b'abc-$$'.decode('punycode', 'replace')))
enc = codecs.getincrementalencoder('idna')()
print(enc.encode('bücher.'), enc.encode('exam'), enc.encode('ple', final=True))
dec = codecs.getincrementaldecoder('idna')()
print(dec.decode(b'xn--bcher-kva.'), dec.decode(b'co'), dec.decode(b'm', final=True))
def err(f, *a):
    try:
        print(ascii(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: idna.ToUnicode('bücher'))
err(lambda: 'a..b'.encode('idna'))
err(lambda: ('x' * 64 + '.com').encode('idna'))
err(lambda: 'x.' + 'y' * 64)
err(lambda: ('x.' + 'y' * 64).encode('idna'))
err(lambda: ('ü' * 64).encode('idna'))
err(lambda: 'a\u0000ü'.encode('idna'))
err(lambda: 'a\u3000ü'.encode('idna'))
err(lambda: '\u0627a\u0628'.encode('idna'))
err(lambda: '\u06271'.encode('idna'))
err(lambda: 'xn--ü'.encode('idna'))
err(lambda: 'bücher'.encode('idna', 'ignore'))
err(lambda: b'xn--bcher-kva'.decode('idna', 'replace'))
err(lambda: b'xn--abc-'.decode('idna'))
err(lambda: b'xn--a-ecp.ru'.decode('idna'))
err(lambda: b'abc-9'.decode('punycode'))
err(lambda: b'abc-$$'.decode('punycode'))
err(lambda: b'x'.decode('punycode', 'backslashreplace'))
err(lambda: b'abc-zzzzzzzzzzzz'.decode('punycode'))
err(lambda: 'x'.encode('no-such-codec'))
err(lambda: b'x'.decode('no-such-codec'))
err(lambda: 'x'.encode('rot13'))
err(lambda: codecs.lookup('nonexistent_codec_name'))
import encodings
print(encodings.normalize_encoding('  utf 8--x.y '), encodings.search_function('idna').name, encodings.search_function('nope'))
print(issubclass(encodings.CodecRegistryError, LookupError))
