"""Message (the compat32 model: headers are a list of (name, value) pairs, the payload a
string or a list of sub-messages) and EmailMessage (the content-manager API on top)."""

import re
import base64
import binascii
from email import _qp

from email import errors
from email import policy as _policy

__all__ = ['Message', 'EmailMessage', 'MIMEPart']

SEMISPACE = '; '
tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _splitparam(param):
    a, sep, b = str(param).partition(';')
    if not sep:
        return a.strip(), None
    return a.strip(), b.strip()


def _formatparam(param, value=None, quote=True):
    if value is not None and len(value) > 0:
        if isinstance(value, tuple):
            param += '*'
            value = "%s'%s'%s" % (value[0] or '', value[1] or '', _pct_quote(value[2]))
            return '%s=%s' % (param, value)
        try:
            value.encode('ascii')
        except UnicodeEncodeError:
            param += '*'
            return "%s=utf-8''%s" % (param, _pct_quote(value))
        if quote or tspecials.search(value):
            return '%s="%s"' % (param, quote_string(value))
        return '%s=%s' % (param, value)
    return param


def _pct_quote(text):
    out = []
    for b in text.encode('utf-8'):
        c = chr(b)
        if c.isalnum() or c in "-_.~!$&+^`|":
            out.append(c)
        else:
            out.append('%%%02X' % b)
    return ''.join(out)


def quote_string(text):
    return text.replace('\\', '\\\\').replace('"', r'\"')


def _parseparam(s):
    s = ';' + str(s)
    plist = []
    while s[:1] == ';':
        s = s[1:]
        end = s.find(';')
        while end > 0 and (s.count('"', 0, end) - s.count('\\"', 0, end)) % 2:
            end = s.find(';', end + 1)
        if end < 0:
            end = len(s)
        f = s[:end]
        if '=' in f:
            i = f.index('=')
            f = f[:i].strip().lower() + '=' + f[i + 1:].strip()
        plist.append(f.strip())
        s = s[end:]
    return plist


def _unquotevalue(value):
    if isinstance(value, tuple):
        return value[0], value[1], _unquote(value[2])
    return _unquote(value)


def _unquote(s):
    if len(s) > 1:
        if s.startswith('"') and s.endswith('"'):
            return s[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if s.startswith('<') and s.endswith('>'):
            return s[1:-1]
    return s


def _decode_rfc2231(value):
    parts = value.split("'", 2)
    if len(parts) <= 2:
        return None, None, value
    charset, language, text = parts
    raw = bytearray()
    i = 0
    while i < len(text):
        if text[i] == '%' and i + 2 < len(text) + 0 and _ishex(text[i + 1:i + 3]):
            raw.append(int(text[i + 1:i + 3], 16))
            i += 3
        else:
            raw += text[i].encode('latin-1', 'replace')
            i += 1
    return charset, language, bytes(raw).decode('latin-1')


def _ishex(s):
    return len(s) == 2 and all(c in '0123456789abcdefABCDEF' for c in s)


def _bytes_payload(data):
    """Bytes as a str payload the way CPython keeps them (ASCII, other bytes as surrogate
    escapes). Kestrel's strings cannot hold lone surrogates, so bytes outside ASCII stay
    bytes; get_payload(decode=True) and the generator take either."""
    try:
        return bytes(data).decode('ascii', 'surrogateescape')
    except (UnicodeError, NotImplementedError):
        return bytes(data)


class Message:
    """A message: headers (case-insensitive names, kept in order, repeats allowed) and a
    payload (a string, or a list of Message objects for a multipart)."""

    def __init__(self, policy=_policy.compat32):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        from email.generator import Generator
        from io import StringIO
        policy = self.policy if policy is None else policy
        fp = StringIO()
        g = Generator(fp, mangle_from_=False, maxheaderlen=maxheaderlen, policy=policy)
        g.flatten(self, unixfrom=unixfrom)
        return fp.getvalue()

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        return self.as_string(unixfrom, policy=policy).encode('utf-8', 'surrogateescape')

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        if self._payload is None:
            self._payload = [payload]
        else:
            try:
                self._payload.append(payload)
            except AttributeError:
                raise TypeError("Attach is not valid on a message with"
                                " a non-multipart payload")

    def get_payload(self, i=None, decode=False):
        if self.is_multipart():
            if decode:
                return None
            if i is None:
                return self._payload
            return self._payload[i]
        if i is not None and not isinstance(self._payload, list):
            raise TypeError('Expected list, got %s' % type(self._payload))
        payload = self._payload
        if not decode:
            return payload
        cte = str(self.get('content-transfer-encoding', '')).lower()
        if isinstance(payload, str):
            try:
                bpayload = payload.encode('ascii', 'surrogateescape')
            except UnicodeError:
                bpayload = payload.encode('raw-unicode-escape')
        elif payload is None:
            return None
        else:
            bpayload = payload
        if cte == 'quoted-printable':
            return _qp.decode(bpayload)
        if cte == 'base64':
            try:
                return base64.b64decode(bpayload)
            except binascii.Error:
                self.defects.append(errors.InvalidBase64PaddingDefect())
                return bpayload
        return bpayload

    def set_payload(self, payload, charset=None):
        if hasattr(payload, 'encode'):
            if charset is None:
                self._payload = payload
                return
            from email.charset import Charset
            if not isinstance(charset, Charset):
                charset = Charset(charset)
            payload = payload.encode(charset.output_charset, 'surrogateescape')
        if hasattr(payload, 'decode'):
            self._payload = _bytes_payload(payload)
        else:
            self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        from email.charset import Charset
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        if not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain',
                            charset=charset.get_output_charset())
        else:
            self.set_param('charset', charset.get_output_charset())
        if charset != charset.get_output_charset():
            self._payload = charset.body_encode(self._payload)
        if 'Content-Transfer-Encoding' not in self:
            cte = charset.get_body_encoding()
            if callable(cte):
                cte(self)
            else:
                payload = self._payload
                if payload and isinstance(payload, str):
                    try:
                        payload = payload.encode('ascii', 'surrogateescape')
                    except UnicodeError:
                        payload = payload.encode(charset.output_charset)
                self._payload = charset.body_encode(payload)
                self.add_header('Content-Transfer-Encoding', cte)

    def get_charset(self):
        return self._charset

    # -- headers as a mapping ------------------------------------------------------------

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        self._headers.append((name, val))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._headers)

    def __iter__(self):
        for field, value in self._headers:
            yield field

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return list(self._headers)

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._headers if k.lower() == name]
        return values or failobj

    def add_header(self, _name, _value, **_params):
        parts = []
        for k, v in _params.items():
            if v is None:
                parts.append(k.replace('_', '-'))
            else:
                parts.append(_formatparam(k.replace('_', '-'), v))
        if _value is not None:
            parts.insert(0, _value)
        self[_name] = SEMISPACE.join(parts)

    def replace_header(self, _name, _value):
        _name = _name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == _name:
                self._headers[i] = (k, _value)
                break
        else:
            raise KeyError(_name)

    # -- content type and parameters -----------------------------------------------------

    def get_content_type(self):
        missing = object()
        value = self.get('content-type', missing)
        if value is missing:
            return self.get_default_type()
        ctype = _splitparam(value)[0].lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        missing = object()
        value = self.get(header, missing)
        if value is missing:
            return failobj
        params = []
        for p in _parseparam(value):
            try:
                name, val = p.split('=', 1)
                name = name.strip()
                val = val.strip()
            except ValueError:
                name = p.strip()
                val = ''
            params.append((name, val))
        # Collapse RFC 2231 encoded parameters (name*=charset'lang'value).
        out = []
        for name, val in params:
            if name.endswith('*'):
                out.append((name[:-1], _decode_rfc2231(_unquote(val))))
            else:
                out.append((name, val))
        return out

    def get_params(self, failobj=None, header='content-type', unquote=True):
        missing = object()
        params = self._get_params_preserve(missing, header)
        if params is missing:
            return failobj
        if unquote:
            return [(k, _unquotevalue(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        if header not in self:
            return failobj
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == param.lower():
                if unquote:
                    return _unquotevalue(v)
                return v
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True, charset=None,
                  language='', replace=False):
        if not isinstance(value, tuple) and charset:
            value = (charset, language, value)
        if header not in self and header.lower() == 'content-type':
            ctype = 'text/plain'
        else:
            ctype = self.get(header)
        if not self.get_param(param, header=header):
            if not ctype:
                ctype = _formatparam(param, value, requote)
            else:
                ctype = SEMISPACE.join([ctype, _formatparam(param, value, requote)])
        else:
            ctype = ''
            for old_param, old_value in self.get_params(header=header, unquote=requote):
                append_param = ''
                if old_param.lower() == param.lower():
                    append_param = _formatparam(param, value, requote)
                else:
                    append_param = _formatparam(old_param, old_value, requote)
                if not ctype:
                    ctype = append_param
                else:
                    ctype = SEMISPACE.join([ctype, append_param])
        if ctype != self.get(header):
            if replace:
                self.replace_header(header, ctype)
            else:
                del self[header]
                self[header] = ctype

    def del_param(self, param, header='content-type', requote=True):
        if header not in self:
            return
        new_ctype = ''
        for p, v in self.get_params(header=header, unquote=requote):
            if p.lower() != param.lower():
                if not new_ctype:
                    new_ctype = _formatparam(p, v, requote)
                else:
                    new_ctype = SEMISPACE.join([new_ctype, _formatparam(p, v, requote)])
        if new_ctype != self.get(header):
            del self[header]
            self[header] = new_ctype

    def set_type(self, type, header='Content-Type', requote=True):
        if not type.count('/') == 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        if header not in self:
            self[header] = type
            return
        params = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for p, v in params[1:]:
            self.set_param(p, v, header, requote)

    def get_filename(self, failobj=None):
        missing = object()
        filename = self.get_param('filename', missing, 'content-disposition')
        if filename is missing:
            filename = self.get_param('name', missing, 'content-type')
        if filename is missing:
            return failobj
        if isinstance(filename, tuple):
            filename = filename[2]
        return filename.strip()

    def get_boundary(self, failobj=None):
        missing = object()
        boundary = self.get_param('boundary', missing)
        if boundary is missing:
            return failobj
        if isinstance(boundary, tuple):
            boundary = boundary[2]
        return boundary.rstrip()

    def set_boundary(self, boundary):
        missing = object()
        params = self._get_params_preserve(missing, 'content-type')
        if params is missing:
            raise errors.HeaderParseError('No Content-Type header found')
        self.set_param('boundary', boundary, replace=True)

    def get_content_charset(self, failobj=None):
        missing = object()
        charset = self.get_param('charset', missing)
        if charset is missing:
            return failobj
        if isinstance(charset, tuple):
            charset = charset[2]
        try:
            charset.encode('us-ascii')
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        value = self.get('content-disposition')
        if value is None:
            return None
        return _splitparam(value)[0].lower()

    def walk(self):
        yield self
        if self.is_multipart():
            for subpart in self.get_payload():
                yield from subpart.walk()


class MIMEPart(Message):
    """A message part with the content-manager API (policy default)."""

    def __init__(self, policy=None):
        if policy is None:
            policy = _policy.default
        super().__init__(policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        policy = self.policy if policy is None else policy
        if maxheaderlen is None:
            maxheaderlen = policy.max_line_length
        return super().as_string(unixfrom, maxheaderlen, policy)

    def __str__(self):
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        c_d = self.get('content-disposition')
        return False if c_d is None else _splitparam(c_d)[0].lower() == 'attachment'

    def _find_body(self, part, preferencelist):
        if part.is_attachment():
            return
        maintype, subtype = part.get_content_type().split('/')
        if maintype == 'text':
            if subtype in preferencelist:
                yield (preferencelist.index(subtype), part)
            return
        if maintype != 'multipart' or not self.is_multipart():
            return
        if subtype != 'related':
            for subpart in part.iter_parts():
                yield from self._find_body(subpart, preferencelist)
            return
        if 'related' in preferencelist:
            yield (preferencelist.index('related'), part)
        for subpart in part.iter_parts():
            yield from self._find_body(subpart, preferencelist)
            break

    def get_body(self, preferencelist=('related', 'html', 'plain')):
        best_prio = len(preferencelist)
        body = None
        for prio, part in self._find_body(self, preferencelist):
            if prio < best_prio:
                best_prio = prio
                body = part
                if prio == 0:
                    break
        return body

    def iter_attachments(self):
        if self.get_content_maintype() != 'multipart':
            return
        for part in self.get_payload():
            if part.is_attachment():
                yield part

    def iter_parts(self):
        if self.is_multipart():
            yield from self.get_payload()

    def get_content(self):
        maintype = self.get_content_maintype()
        if maintype == 'text':
            data = self.get_payload(decode=True)
            charset = self.get_param('charset', 'ascii')
            try:
                return data.decode(charset, 'replace')
            except LookupError:
                return data.decode('utf-8', 'replace')
        if maintype == 'multipart':
            raise KeyError(self.get_content_type())
        if maintype == 'message':
            return self.get_payload(0)
        return self.get_payload(decode=True)

    def set_content(self, content, maintype=None, subtype=None, charset=None, cte=None,
                    disposition=None, filename=None, cid=None, params=None, headers=None):
        if self.get_content_maintype() == 'multipart':
            raise TypeError("set_content not valid on multipart")
        for name in list(self.keys()):
            if name.lower().startswith('content-'):
                del self[name]
        if isinstance(content, str):
            subtype = subtype or 'plain'
            charset = charset or 'utf-8'
            lines = content.splitlines()
            text = '\n'.join(lines) + '\n' if lines else ''
            if cte is None:
                try:
                    text.encode('ascii')
                    cte = '7bit'
                except UnicodeEncodeError:
                    cte = '8bit' if max((len(x) for x in lines), default=0) <= 78 \
                        else 'base64'
                    if cte == '8bit' and self.policy.cte_type == '7bit':
                        cte = 'base64'
            if charset == 'utf-8' and cte == '7bit':
                charset = 'utf-8'
            self['Content-Type'] = 'text/%s; charset="%s"' % (subtype, charset)
            if cte == 'base64':
                payload = base64.encodebytes(text.encode(charset)).decode('ascii')
            elif cte == 'quoted-printable':
                payload = _qp.encode(text.encode(charset)).decode('ascii')
            else:
                payload = text
            self['Content-Transfer-Encoding'] = cte
            self._payload = payload
        elif isinstance(content, (bytes, bytearray, memoryview)):
            if maintype is None or subtype is None:
                raise TypeError("set_content() missing required arguments: "
                                "'maintype' and 'subtype'")
            self['Content-Type'] = '%s/%s' % (maintype, subtype)
            cte = cte or 'base64'
            data = bytes(content)
            if cte == 'base64':
                payload = base64.encodebytes(data).decode('ascii')
            elif cte == 'quoted-printable':
                payload = _qp.encode(data).decode('ascii')
            else:
                payload = _bytes_payload(data)
            self['Content-Transfer-Encoding'] = cte
            self._payload = payload
        elif isinstance(content, Message):
            self['Content-Type'] = 'message/rfc822'
            self._payload = [content]
        else:
            raise TypeError("set_content not valid on %s" % type(content).__name__)
        if disposition is None and filename is not None:
            disposition = 'attachment'
        if disposition is not None:
            self['Content-Disposition'] = disposition
        if filename is not None:
            self.set_param('filename', filename, header='Content-Disposition')
        if cid is not None:
            self['Content-ID'] = cid
        if params is not None:
            for k, v in params.items():
                self.set_param(k, v)
        if headers:
            for h in headers:
                name, value = h.split(':', 1)
                self[name] = value.strip()

    def _make_multipart(self, subtype, disallowed_subtypes, boundary):
        if self.get_content_maintype() == 'multipart':
            existing_subtype = self.get_content_subtype()
            disallowed_subtypes = disallowed_subtypes + (subtype,)
            if existing_subtype in disallowed_subtypes:
                raise ValueError("Cannot convert {} to {}".format(existing_subtype, subtype))
        keep_headers = []
        part_headers = []
        for name, value in self._headers:
            if name.lower().startswith('content-'):
                part_headers.append((name, value))
            else:
                keep_headers.append((name, value))
        if part_headers:
            part = type(self)(policy=self.policy)
            part._headers = part_headers
            part._payload = self._payload
            self._payload = [part]
        else:
            self._payload = []
        self._headers = keep_headers
        self['Content-Type'] = 'multipart/' + subtype
        if boundary is not None:
            self.set_param('boundary', boundary)

    def make_related(self, boundary=None):
        self._make_multipart('related', ('alternative', 'mixed'), boundary)

    def make_alternative(self, boundary=None):
        self._make_multipart('alternative', ('mixed',), boundary)

    def make_mixed(self, boundary=None):
        self._make_multipart('mixed', (), boundary)

    def _add_multipart(self, _subtype, *args, _disp=None, **kw):
        if (self.get_content_maintype() != 'multipart' or
                self.get_content_subtype() != _subtype):
            getattr(self, 'make_' + _subtype)()
        part = type(self)(policy=self.policy)
        part.set_content(*args, **kw)
        if _disp and 'content-disposition' not in part:
            part['Content-Disposition'] = _disp
        self.attach(part)

    def add_related(self, *args, **kw):
        self._add_multipart('related', *args, _disp='inline', **kw)

    def add_alternative(self, *args, **kw):
        self._add_multipart('alternative', *args, **kw)

    def add_attachment(self, *args, **kw):
        self._add_multipart('mixed', *args, _disp='attachment', **kw)

    def clear(self):
        self._headers = []
        self._payload = None

    def clear_content(self):
        self._headers = [(n, v) for n, v in self._headers
                         if not n.lower().startswith('content-')]
        self._payload = None


class EmailMessage(MIMEPart):
    """A message with the policy-default API: set_content(), get_content(), add_attachment()."""

    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if 'MIME-Version' not in self:
            self['MIME-Version'] = '1.0'

    def __setitem__(self, name, val):
        unique = {'to': 1, 'from': 1, 'subject': 1, 'date': 1, 'sender': 1, 'cc': 1,
                  'bcc': 1, 'message-id': 1, 'reply-to': 1, 'mime-version': 1,
                  'content-type': 1, 'content-transfer-encoding': 1,
                  'content-disposition': 1, 'in-reply-to': 1, 'orig-date': 1}
        lname = name.lower()
        if not isinstance(val, str):
            if isinstance(val, (list, tuple)):
                val = ', '.join(str(v) for v in val)
            else:
                val = str(val)
        if lname in unique:
            if any(k.lower() == lname for k, v in self._headers):
                raise ValueError("There may be at most {} {} headers "
                                 "in a message".format(unique[lname], name))
        super().__setitem__(name, val)
