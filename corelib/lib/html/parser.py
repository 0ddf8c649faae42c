"""html.parser: HTMLParser, a tolerant tokenizer calling handle_* methods for tags, data,
comments, declarations and processing instructions."""

from html import unescape

__all__ = ['HTMLParser']

_SPACE = ' \t\n\r\f'


def _parse_attrs(text):
    """[(name, value)] of the attributes in a start tag's text after its name."""
    attrs = []
    i, n = 0, len(text)
    while i < n:
        while i < n and (text[i] in _SPACE or text[i] == '/'):
            i += 1
        if i >= n:
            break
        j = i
        while j < n and text[j] not in _SPACE and text[j] not in '/>=' or j == i and \
                j < n and text[j] == '=':
            j += 1
        name = text[i:j].lower()
        k = j
        while k < n and text[k] in _SPACE:
            k += 1
        value = None
        if k < n and text[k] == '=':
            k += 1
            while k < n and text[k] == '=':
                k += 1
            while k < n and text[k] in _SPACE:
                k += 1
            if k < n and text[k] in '"\'':
                q = text[k]
                end = text.find(q, k + 1)
                if end < 0:
                    end = n
                value = text[k + 1:end]
                k = end + 1
            else:
                end = k
                while end < n and text[end] not in _SPACE and text[end] != '>':
                    end += 1
                value = text[k:end]
                k = end
            value = unescape(value)
            j = k
        if name:
            attrs.append((name, value))
        i = max(j, i + 1)
    return attrs


def _tag_end(raw, i):
    """The index of the '>' closing the tag that starts at i (quotes respected), or -1."""
    n = len(raw)
    j = i + 1
    quote = None
    while j < n:
        c = raw[j]
        if quote:
            if c == quote:
                quote = None
        elif c in '"\'' and raw[j - 1] in '= \t\n\r\f':
            quote = c
        elif c == '>':
            return j
        j += 1
    return -1


class HTMLParser:
    """Feed it text with feed(); it calls the handle_* methods, which do nothing here."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = None
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self.__starttag_text = None

    def feed(self, data):
        self.rawdata = self.rawdata + data
        self.goahead(False)

    def close(self):
        self.goahead(True)

    def getpos(self):
        return self.lineno, self.offset

    def get_starttag_text(self):
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()

    def clear_cdata_mode(self):
        self.cdata_elem = None

    def updatepos(self, i, j):
        if i >= j:
            return j
        chunk = self.rawdata[i:j]
        nl = chunk.count('\n')
        if nl:
            self.lineno += nl
            self.offset = j - (self.rawdata.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    def _data(self, text, end):
        if not text:
            return
        if self.convert_charrefs and not self.cdata_elem:
            self.handle_data(unescape(text))
        elif self.cdata_elem:
            self.handle_data(text)
        else:
            self._refs(text)

    def _refs(self, text):
        """Data with its references reported through handle_entityref/charref."""
        i = 0
        n = len(text)
        while i < n:
            amp = text.find('&', i)
            if amp < 0:
                self.handle_data(text[i:])
                return
            if amp > i:
                self.handle_data(text[i:amp])
            j = amp + 1
            if j < n and text[j] == '#':
                k = j + 1
                if k < n and text[k] in 'xX':
                    k += 1
                    while k < n and text[k] in '0123456789abcdefABCDEF':
                        k += 1
                else:
                    while k < n and text[k].isdigit():
                        k += 1
                if k > j + 1 and (k >= n or text[k] != '&'):
                    self.handle_charref(text[j + 1:k])
                    i = k + 1 if k < n and text[k] == ';' else k
                    continue
            else:
                k = j
                while k < n and (text[k].isalnum() or text[k] in '._-'):
                    k += 1
                if k > j:
                    self.handle_entityref(text[j:k])
                    i = k + 1 if k < n and text[k] == ';' else k
                    continue
            self.handle_data('&')
            i = amp + 1

    def goahead(self, end):
        raw = self.rawdata
        i = 0
        n = len(raw)
        while i < n:
            if self.cdata_elem:
                low = raw.lower()
                j = low.find('</' + self.cdata_elem, i)
                if j < 0:
                    if not end:
                        break
                    j = n
                self._data(raw[i:j], end)
                i = self.updatepos(i, j)
                if i == n:
                    break
            else:
                j = raw.find('<', i)
                if j < 0:
                    j = n
                    if not end:
                        # A reference may be cut at the end: keep the text for the next
                        # feed.
                        amp = raw.rfind('&', max(i, n - 34))
                        if amp >= 0 and not any(c in raw[amp:] for c in _SPACE + ';'):
                            j = i if self.convert_charrefs else amp
                if i < j:
                    self._data(raw[i:j], end)
                i = self.updatepos(i, j)
                if i == n or j < n and raw[j] != '<':
                    break
            k = self._markup(raw, i, end)
            if k < 0:
                if not end:
                    break
                self._data(raw[i:], end)
                i = self.updatepos(i, n)
                break
            i = self.updatepos(i, k)
        self.rawdata = raw[i:]

    def _markup(self, raw, i, end):
        """Handles the markup starting at raw[i] == '<'; the index after it, or -1 when it
        is incomplete."""
        n = len(raw)
        if raw.startswith('<!--', i):
            k = raw.find('-->', i + 4)
            if k < 0:
                return -1
            self.handle_comment(raw[i + 4:k])
            return k + 3
        if raw.startswith('</', i):
            k = raw.find('>', i + 2)
            if k < 0:
                return -1
            inner = raw[i + 2:k]
            if not inner:
                return k + 1
            if not inner[0].isalpha():
                self.handle_comment(inner)
                return k + 1
            name = inner.split()[0].split('/')[0].lower() if inner.split() else ''
            if self.cdata_elem and name != self.cdata_elem:
                self.handle_data(raw[i:k + 1])
                return k + 1
            self.handle_endtag(name)
            self.clear_cdata_mode()
            return k + 1
        if raw.startswith('<![CDATA[', i):
            k = raw.find(']]>', i)
            if k < 0:
                return -1
            self.unknown_decl(raw[i + 3:k])
            return k + 3
        if raw.startswith('<!', i):
            k = raw.find('>', i)
            if k < 0:
                return -1
            body = raw[i + 2:k]
            if body[:7].lower() == 'doctype' or body[:1].isalpha():
                self.handle_decl(body)
            else:
                self.handle_comment(body)
            return k + 1
        if raw.startswith('<?', i):
            k = raw.find('>', i)
            if k < 0:
                return -1
            self.handle_pi(raw[i + 2:k])
            return k + 1
        if i + 1 < n and raw[i + 1].isascii() and raw[i + 1].isalpha():
            k = _tag_end(raw, i)
            if k < 0:
                return -1
            text = raw[i:k + 1]
            self.__starttag_text = text
            j = i + 1
            while j < k and raw[j] not in _SPACE and raw[j] not in '/>':
                j += 1
            tag = raw[i + 1:j].lower()
            self.lasttag = tag
            attrs = _parse_attrs(raw[j:k])
            if raw[k - 1] == '/' and k - 1 >= j:
                self.handle_startendtag(tag, attrs)
            else:
                self.handle_starttag(tag, attrs)
                if tag in self.CDATA_CONTENT_ELEMENTS:
                    self.set_cdata_mode(tag)
            return k + 1
        if i + 1 >= n and not end:
            return -1
        self.handle_data('<')
        return i + 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
