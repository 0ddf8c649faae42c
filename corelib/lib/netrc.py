"""Read .netrc files: machine entries (login, account, password), a default
entry and macro definitions."""

import os
import stat

__all__ = ["netrc", "NetrcParseError"]


class NetrcParseError(Exception):
    """A syntax error in a .netrc file."""

    def __init__(self, msg, filename=None, lineno=None):
        self.filename = filename
        self.lineno = lineno
        self.msg = msg
        Exception.__init__(self, msg)

    def __str__(self):
        return "%s (%s, line %s)" % (self.msg, self.filename, self.lineno)


class _Tokens:
    """Whitespace-separated tokens, with double quotes and backslash escapes,
    counting lines as characters are read."""

    SPACE = "\n\t\r "

    def __init__(self, fp):
        self.fp = fp
        self.lineno = 1
        self.pending = []

    def char(self):
        ch = self.fp.read(1)
        if ch == "\n":
            self.lineno += 1
        return ch

    def escaped(self, ch):
        return self.char() if ch == "\\" else ch

    def next(self):
        if self.pending:
            return self.pending.pop(0)
        ch = self.char()
        while ch and ch in self.SPACE:
            ch = self.char()
        if not ch:
            return ""
        token = ""
        if ch == '"':
            while True:
                ch = self.char()
                if not ch or ch == '"':
                    return token
                token += self.escaped(ch)
        token = self.escaped(ch)
        while True:
            ch = self.char()
            if not ch or ch in self.SPACE:
                return token
            token += self.escaped(ch)

    def push(self, token):
        self.pending.append(token)

    def rest_of_line(self):
        return self.fp.readline()


class netrc:
    def __init__(self, file=None):
        default_file = file is None
        if default_file:
            file = os.path.join(os.path.expanduser("~"), ".netrc")
        self.hosts = {}
        self.macros = {}
        try:
            with open(file, encoding="utf-8") as fp:
                self._parse(file, fp, default_file)
        except UnicodeDecodeError:
            with open(file, encoding="locale") as fp:
                self._parse(file, fp, default_file)

    def _parse(self, file, fp, default_file):
        toks = _Tokens(fp)
        while True:
            line = toks.lineno
            top = toks.next()
            if not top:
                return
            if top[0] == '#':
                if toks.lineno == line and len(top) == 1:
                    toks.rest_of_line()
                continue
            if top == 'machine':
                name = toks.next()
            elif top == 'default':
                name = 'default'
            elif top == 'macdef':
                self._macro(file, toks)
                continue
            else:
                raise NetrcParseError("bad toplevel token %r" % top, file,
                                      toks.lineno)
            if not name:
                raise NetrcParseError("missing %r name" % top, file,
                                      toks.lineno)
            fields = {'login': '', 'account': '', 'password': ''}
            self.hosts[name] = {}
            while True:
                line = toks.lineno
                tok = toks.next()
                if tok.startswith('#'):
                    if toks.lineno == line:
                        toks.rest_of_line()
                    continue
                if tok in ('', 'machine', 'default', 'macdef'):
                    toks.push(tok)
                    break
                if tok == 'user':
                    tok = 'login'
                if tok not in fields:
                    raise NetrcParseError("bad follower token %r" % tok, file,
                                          toks.lineno)
                fields[tok] = toks.next()
            entry = (fields['login'], fields['account'], fields['password'])
            self.hosts[name] = entry
            self._security_check(fp, default_file, entry[0])

    def _macro(self, file, toks):
        name = toks.next()
        lines = self.macros[name] = []
        while True:
            line = toks.rest_of_line()
            if not line:
                raise NetrcParseError(
                    "Macro definition missing null line terminator.",
                    file, toks.lineno)
            if line == '\n':
                return
            lines.append(line)

    def _security_check(self, fp, default_file, login):
        if os.name != 'posix' or not default_file or login == "anonymous":
            return
        st = os.fstat(fp.fileno())
        uid = os.getuid()
        if st.st_uid != uid:
            import pwd

            def user_name(n):
                try:
                    return pwd.getpwuid(n)[0]
                except KeyError:
                    return 'uid %s' % n
            raise NetrcParseError(
                "~/.netrc file owner (%s, %s) does not match current user"
                % (user_name(st.st_uid), user_name(uid)))
        if st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise NetrcParseError(
                "~/.netrc access too permissive: access permissions must "
                "restrict access to only the owner")

    def authenticators(self, host):
        """The (login, account, password) for host, else the default
        entry's, else None."""
        if host in self.hosts:
            return self.hosts[host]
        return self.hosts.get('default')

    def __repr__(self):
        out = []
        for host, (login, account, password) in self.hosts.items():
            out.append("machine %s\n\tlogin %s\n" % (host, login))
            if account:
                out.append("\taccount %s\n" % account)
            out.append("\tpassword %s\n" % password)
        for name, lines in self.macros.items():
            out.append("macdef %s\n" % name)
            out.extend(lines)
            out.append("\n")
        return "".join(out)


if __name__ == '__main__':
    print(netrc())
