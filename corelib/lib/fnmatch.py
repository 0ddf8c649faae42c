"""fnmatch: Unix shell-style wildcards (*, ?, [seq], [!seq]) matched against names.

Patterns are compiled to a list of tokens, cached, and matched with a backtracking scan
that only ever needs to retry from the last '*' (so matching is linear in practice)."""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def _compile(pat):
    """Tokens: ('c', char), ('?',), ('*',), ('[', negated, ranges)."""
    toks = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not toks or toks[-1][0] != "*":
                toks.append(("*",))
        elif c == "?":
            toks.append(("?",))
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                toks.append(("c", "["))
                continue
            body = pat[i:j]
            i = j + 1
            neg = body.startswith("!")
            if neg:
                body = body[1:]
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    ranges.append((body[k], body[k + 2]))
                    k += 3
                else:
                    ranges.append((body[k], body[k]))
                    k += 1
            toks.append(("[", neg, tuple(ranges)))
        else:
            toks.append(("c", c))
    return toks


def _one(tok, ch):
    kind = tok[0]
    if kind == "c":
        return tok[1] == ch
    if kind == "?":
        return True
    hit = any(lo <= ch <= hi for lo, hi in tok[2])
    return hit != tok[1]


def _match(toks, name):
    ti = ni = 0
    star_t = star_n = -1
    nt, nn = len(toks), len(name)
    while ni < nn:
        if ti < nt and toks[ti][0] == "*":
            star_t, star_n = ti, ni
            ti += 1
        elif ti < nt and _one(toks[ti], name[ni]):
            ti += 1
            ni += 1
        elif star_t >= 0:
            star_n += 1
            ni = star_n
            ti = star_t + 1
        else:
            return False
    while ti < nt and toks[ti][0] == "*":
        ti += 1
    return ti == nt


def _tokens(pat):
    toks = _cache.get(pat)
    if toks is None:
        if len(_cache) > 32768:
            _cache.clear()
        toks = _cache[pat] = _compile(pat)
    return toks


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    if isinstance(pat, bytes):
        pat = pat.decode("latin-1")
        name = name.decode("latin-1")
    return _match(_tokens(pat), name)


def fnmatch(name, pat):
    """Whether name matches pat, after os.path.normcase of both."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The names that match pat."""
    pat = os.path.normcase(pat)
    toks = _tokens(pat.decode("latin-1") if isinstance(pat, bytes) else pat)
    out = []
    for name in names:
        n = os.path.normcase(name)
        if _match(toks, n.decode("latin-1") if isinstance(n, bytes) else n):
            out.append(name)
    return out


_SPECIAL = set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def _escape(s):
    return "".join("\\" + c if c in _SPECIAL else c for c in s)


def translate(pat):
    """A regular expression (as a string) that matches what pat matches."""
    pieces = [[]]
    for tok in _compile(pat):
        kind = tok[0]
        if kind == "*":
            pieces.append([])
        elif kind == "c":
            pieces[-1].append(_escape(tok[1]))
        elif kind == "?":
            pieces[-1].append(".")
        else:
            neg, ranges = tok[1], tok[2]
            valid = [(lo, hi) for lo, hi in ranges if lo <= hi]
            if not valid:
                pieces[-1].append("." if neg else "(?!)")
                continue
            body = "".join(
                (lo.replace("\\", "\\\\") if lo == hi else
                 "%s-%s" % (lo.replace("\\", "\\\\"), hi.replace("\\", "\\\\")))
                for lo, hi in valid)
            if body[0] in "^[":
                body = "\\" + body
            pieces[-1].append("[%s%s]" % ("^" if neg else "", body))
    fixed = ["".join(p) for p in pieces]
    out = [fixed[0]]
    if len(fixed) > 1:
        for mid in fixed[1:-1]:
            out.append("(?>.*?%s)" % mid)
        out.append(".*" + fixed[-1])
    return "(?s:%s)\\Z" % "".join(out)
