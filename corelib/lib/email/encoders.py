"""Functions that encode a message's payload for transport and set
Content-Transfer-Encoding."""

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']

import base64


def _bencode(s):
    return base64.encodebytes(s)


def encode_base64(msg):
    orig = msg.get_payload(decode=True)
    encdata = str(_bencode(orig), 'ascii')
    msg.set_payload(encdata)
    msg['Content-Transfer-Encoding'] = 'base64'


def encode_quopri(msg):
    from email import _qp
    orig = msg.get_payload(decode=True)
    encdata = _qp.encode(orig).decode('ascii').replace(' ', '=20') if orig.endswith(b' ') \
        else _qp.encode(orig).decode('ascii')
    msg.set_payload(encdata)
    msg['Content-Transfer-Encoding'] = 'quoted-printable'


def encode_7or8bit(msg):
    orig = msg.get_payload(decode=True)
    if orig is None:
        msg['Content-Transfer-Encoding'] = '7bit'
        return
    try:
        orig.decode('ascii')
    except UnicodeError:
        msg['Content-Transfer-Encoding'] = '8bit'
    else:
        msg['Content-Transfer-Encoding'] = '7bit'


def encode_noop(msg):
    pass
