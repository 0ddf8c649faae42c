import locale

print(locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE,
      locale.LC_MONETARY, locale.LC_MESSAGES, locale.CHAR_MAX)
print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_ALL), locale.getlocale())
print(locale.getlocale(locale.LC_NUMERIC), locale.getencoding(), locale.getpreferredencoding(False))
print(locale.localeconv())
for name in ["C.UTF-8", "C.utf8", "POSIX", "C.utf-8", "en_US.UTF-8", "posix", "xx_YY", "C.ascii"]:
    try:
        print(repr(name), repr(locale.setlocale(locale.LC_NUMERIC, name)))
    except locale.Error as e:
        print(repr(name), "Error", e)
print(locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_CTYPE, "C.UTF-8"), locale.getlocale(), locale.getencoding(),
      locale.nl_langinfo(locale.CODESET))
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print("TypeError", e)
print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_ALL, ("C", None)))
for bad in [lambda: locale.setlocale(99), lambda: locale.setlocale(99, "C"), lambda: locale.setlocale("x"),
            lambda: locale.setlocale(0, 5), lambda: locale.nl_langinfo(12345), lambda: locale.strcoll(1, "a"),
            lambda: locale.currency(5), lambda: locale.setlocale(locale.LC_ALL, ("en_US", "UTF-8"))]:
    try:
        print(bad())
    except (locale.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
for item in ["DAY_1", "ABDAY_7", "MON_12", "ABMON_5", "D_T_FMT", "D_FMT", "T_FMT", "T_FMT_AMPM",
             "AM_STR", "PM_STR", "RADIXCHAR", "THOUSEP", "YESEXPR", "NOEXPR", "CRNCYSTR", "ERA", "CODESET"]:
    print(item, getattr(locale, item), repr(locale.nl_langinfo(getattr(locale, item))))
print(locale.format_string("%d items %s %.3f", (1234567, "x", 2.5), grouping=True),
      locale.format_string("%(a)s", {"a": 1}), locale.str(1.5), locale.str(1 / 3))
print(locale.atof("1.5"), locale.atoi("12"), locale.delocalize("1,5"), locale.localize("1234.5"))
print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strcoll("a", "a"), locale.strxfrm("abc"))
print(sorted(["b", "A", "a"], key=locale.strxfrm))
for n in ["en_US", "C", "c.utf8", "en", "de_DE.utf8", "fr_FR@euro", "ja_JP.eucjp", "sr_RS@latin",
          "EN_us.ISO-8859-15", "nonsense", "en_US.UTF-8@euro", "de_DE.ISO8859-1@euro", "ca_ES@valencia.utf8"]:
    print(n, locale.normalize(n))
print(locale._parse_localename("en_US.UTF-8"), locale._parse_localename("C"))
print(locale.gettext("hi"), locale.textdomain(None), locale.dgettext("d", "m"))
print(len(locale.locale_alias) > 500, locale.locale_alias["en"], locale.locale_encoding_alias["utf8"])
print(locale.getpreferredencoding(False))
