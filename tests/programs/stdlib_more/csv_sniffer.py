# csv.Sniffer: dialect guessing and header detection.
import csv
import io

samples = [
    'a,b,c\n1,2,3\n4,5,6\n',
    'name;age;city\nAnn;31;Oslo\nBob;42;Rome\n',
    'x\ty\tz\n1\t2\t3\n',
    '"a","b","c"\n"1","2","3"\n',
    "'a'|'b'\n'c'|'d'\n",
    'a, b, c\n1, 2, 3\n4, 5, 6\n',
    '"he said ""hi""",2\n"x",3\n',
    'id:value\n1:2\n3:4\n',
    'a b c\nd e f\n',
    'title,"quoted, with comma",3\nnext,"more",4\n',
    '1,2;3\n4,5;6\n7,8;9\n',
]
sn = csv.Sniffer()
for s in samples:
    try:
        d = sn.sniff(s)
    except csv.Error as e:
        print('Error', e)
        continue
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
          d.quoting, repr(d.lineterminator), d._name)
    print(list(csv.reader(io.StringIO(s), d)))
    try:
        print('header:', sn.has_header(s))
    except csv.Error as e:
        print('header Error', e)

print(sn.sniff('a;b,c\n1;2,3\n', delimiters=';').delimiter)
print(sn.sniff('a;b,c\n1;2,3\n', delimiters=',').delimiter)
for bad in ['', 'abc', 'abc\ndef\n']:
    try:
        sn.sniff(bad)
    except csv.Error as e:
        print('Error', e)
print(sn.has_header('name,score\nann,10\nbob,20\n'), sn.has_header('1,2\n3,4\n5,6\n'))
print(sn.has_header('aa,bb\ncc,dd\nee,ff\n'), sn.has_header('longer,x\nab,y\ncd,z\n'))
print(sn.preferred)
