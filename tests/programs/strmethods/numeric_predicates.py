samples = ["123", "١٢٣", "߀", "²³", "½", "一二三", "Ⅻ", "⑩", "𝟘", "0x", "", " 1", "٣.٤", "௰", "꘠", "𐩀", "፩"]
for s in samples:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum())
