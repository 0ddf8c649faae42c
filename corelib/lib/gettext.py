"""gettext: message translation. Kestrel reads no .mo catalogs: every lookup falls back to
the message itself (what CPython does when no catalog is found), `translation()` without
fallback raises as CPython does when no catalog exists, and GNUTranslations over a catalog
file raises NotImplementedError."""

import os
import sys

__all__ = ["NullTranslations", "GNUTranslations", "Catalog", "bindtextdomain", "find",
           "translation", "install", "textdomain", "dgettext", "dngettext", "gettext",
           "ngettext", "pgettext", "dpgettext", "npgettext", "dnpgettext"]

_default_localedir = os.path.join(sys.base_prefix, "share", "locale")
_localedirs = {}
_current_domain = "messages"


class NullTranslations:
    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._output_charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins.__dict__["_"] = self.gettext
        if names is not None:
            allowed = {"gettext", "ngettext", "npgettext", "pgettext"}
            for name in allowed & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495

    def _parse(self, fp):
        raise NotImplementedError("gettext: reading .mo catalogs is not supported by Kestrel")


def find(domain, localedir=None, languages=None, all=False):
    """The catalog files for `domain`: Kestrel looks in the usual places, as CPython does."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for envar in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            val = os.environ.get(envar)
            if val:
                languages = val.split(":")
                break
        if "C" not in languages:
            languages.append("C")
    result = []
    for lang in languages:
        if lang == "C":
            break
        candidates = [lang]
        base = lang.split(".")[0].split("@")[0]
        if base != lang:
            candidates.append(base)
        if "_" in base:
            candidates.append(base.split("_")[0])
        for c in candidates:
            mofile = os.path.join(localedir, c, "LC_MESSAGES", "%s.mo" % domain)
            if os.path.exists(mofile):
                if not all:
                    return mofile
                result.append(mofile)
    return result if all else None


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, "No translation file found for domain", domain)
    cls = class_ or GNUTranslations
    with open(mofiles[0], "rb") as fp:
        return cls(fp)


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def bind_textdomain_codeset(domain, codeset=None):
    raise NotImplementedError("gettext.bind_textdomain_codeset was removed in Python 3.10")


def _translation_for(domain):
    return translation(domain, _localedirs.get(domain, None), fallback=True)


def dgettext(domain, message):
    return _translation_for(domain).gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    return _translation_for(domain).ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    return _translation_for(domain).pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    return _translation_for(domain).npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
