# -*- coding: gbk -*-
# A script that declares an East Asian codec but holds ASCII text.
print("declared gbk", 6 * 7)
