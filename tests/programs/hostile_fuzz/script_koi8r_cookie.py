# -*- coding: koi8-r -*-
# Script decoded from KOI8-R by its cookie.
слово = "привет, мир"
print(слово, len(слово))
