print((5).__getnewargs__(), (2.5).__getnewargs__(), (7).__repr__(), (2.5).__repr__(), int.__repr__(True), (3).__format__("04d"))
