# Identifiers are compared in NFKC form (PEP 3131): compatibility characters name the
# same variable as their plain spelling, in every place a name can appear.
ﬁ = 1
print(fi)
Å = 2  # ANGSTROM SIGN, normalised to LATIN CAPITAL LETTER A WITH RING ABOVE
print(Å)
ℌ = 4
print(H)
print('fi' in globals(), 'ﬁ' in globals())


class K:
    ﬀ = 3

    def ｍｅｔｈｏｄ(self):
        return 'method'


print(K.ff, getattr(K, 'ff'), K().method())


def f(ｘ=1):
    return x


print(f(), f(x=5), f(ｘ=6))
print([ﬁ for ﬁ in range(3)], fi)
exec('ｙ = 7')
print(y)
print(eval('ℌ + ﬁ'))
try:
    getattr(K, 'ﬀ')
except AttributeError as e:
    print('AttributeError', e)
