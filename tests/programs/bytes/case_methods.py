b = b"hello World 123 \xe9"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b"they're bill's".title(), b"aBC dEF".capitalize(), b"a\tb\tc".expandtabs(), b"a\tbc\td".expandtabs(4), b"x\ty\n\tz".expandtabs(2))
