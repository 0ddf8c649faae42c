import netrc, os, tempfile

def parse(text):
    fd, path = tempfile.mkstemp()
    with os.fdopen(fd, 'w') as f:
        f.write(text)
    try:
        n = netrc.netrc(path)
        return n
    except netrc.NetrcParseError as e:
        print('NetrcParseError', str(e).replace(path, 'FILE'), e.lineno, e.msg, e.filename == path)
    finally:
        os.unlink(path)

n = parse('''machine host.example.com login alice password "s3cr et"
  account acct
# a comment line
machine other user bob password p\\ w # trailing comment
default login anon password guest
macdef init
cd /pub
bin

machine last login "q\\"uote" password x
''')
print(n.hosts)
print(n.macros)
print(n.authenticators('host.example.com'), n.authenticators('other'), n.authenticators('nowhere'))
print(repr(n))
n2 = parse('machine a login b password c')
print(n2.authenticators('zzz'), n2.hosts)
print(parse('#\nmachine x login y password z\n#comment\n').hosts)
print(parse('').hosts)
parse('machine a login b\nfoo bar\n')
parse('bogus token\n')
parse('machine')
parse('macdef m\nline one\n')
parse('machine a login b\n\n  account c nonsense d\n')
e = netrc.NetrcParseError('msg')
print(str(e), e.args, e.filename, e.lineno)
try:
    netrc.netrc('/nonexistent/netrc')
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename)
