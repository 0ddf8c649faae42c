# gettext without catalogs: messages come back unchanged, plural forms by n.
import builtins
import gettext

_ = gettext.gettext
print(_("Hello"), gettext.ngettext("file", "files", 1), gettext.ngettext("file", "files", 3))
print(gettext.pgettext("menu", "Open"), gettext.npgettext("ctx", "a", "b", 2))
print(gettext.textdomain(), gettext.textdomain("myapp"), gettext.dgettext("other", "x"))
t = gettext.translation("no_such_domain_xyz", fallback=True)
print(type(t).__name__, t.gettext("msg"), t.ngettext("one", "many", 0), t.info())
try:
    gettext.translation("no_such_domain_xyz", localedir="/nonexistent")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
print(gettext.find("no_such_domain_xyz", "/nonexistent"), gettext.find("x", "/nonexistent", all=True))
gettext.install("no_such_domain_xyz", names=["ngettext"])
print(builtins._("installed"), builtins.ngettext("a", "b", 5))


class Upper(gettext.NullTranslations):
    def gettext(self, message):
        return message.upper()


t = gettext.NullTranslations()
t.add_fallback(Upper())
print(t.gettext("through the fallback"))
