"""mimetypes: guess a file's MIME type and encoding from its name, or an extension from
a type. The built-in table is extended by the system's mime.types files (`knownfiles`)
the first time a guess is made, as CPython does."""

import os
import posixpath

__all__ = [
    "knownfiles", "inited", "MimeTypes", "guess_type", "guess_all_extensions",
    "guess_extension", "add_type", "init", "read_mime_types", "suffix_map",
    "encodings_map", "types_map", "common_types",
]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None

# Each line: a type, then its extensions (without the dot), the preferred one first.
_STRICT_TYPES = [
    'application/javascript js mjs',
    'application/json json',
    'application/manifest+json webmanifest',
    'application/msword doc dot wiz',
    'application/n-quads nq',
    'application/n-triples nt',
    'application/octet-stream bin a dll exe o obj so',
    'application/oda oda',
    'application/pdf pdf',
    'application/pkcs7-mime p7c',
    'application/postscript ps ai eps',
    'application/trig trig',
    'application/vnd.apple.mpegurl m3u m3u8',
    'application/vnd.ms-excel xls xlb',
    'application/vnd.ms-powerpoint ppt pot ppa pps pwz',
    'application/wasm wasm',
    'application/x-bcpio bcpio',
    'application/x-cpio cpio',
    'application/x-csh csh',
    'application/x-dvi dvi',
    'application/x-gtar gtar',
    'application/x-hdf hdf',
    'application/x-hdf5 h5',
    'application/x-latex latex',
    'application/x-mif mif',
    'application/x-netcdf cdf nc',
    'application/x-pkcs12 p12 pfx',
    'application/x-pn-realaudio ram',
    'application/x-python-code pyc pyo',
    'application/x-sh sh',
    'application/x-shar shar',
    'application/x-shockwave-flash swf',
    'application/x-sv4cpio sv4cpio',
    'application/x-sv4crc sv4crc',
    'application/x-tar tar',
    'application/x-tcl tcl',
    'application/x-tex tex',
    'application/x-texinfo texi texinfo',
    'application/x-troff roff t tr',
    'application/x-troff-man man',
    'application/x-troff-me me',
    'application/x-troff-ms ms',
    'application/x-ustar ustar',
    'application/x-wais-source src',
    'application/xml xsl rdf wsdl xpdl',
    'application/zip zip',
    'audio/3gpp 3gp 3gpp',
    'audio/3gpp2 3g2 3gpp2',
    'audio/aac aac adts loas ass',
    'audio/basic au snd',
    'audio/mpeg mp3 mp2',
    'audio/opus opus',
    'audio/x-aiff aif aifc aiff',
    'audio/x-pn-realaudio ra',
    'audio/x-wav wav',
    'image/avif avif',
    'image/bmp bmp',
    'image/gif gif',
    'image/heic heic',
    'image/heif heif',
    'image/ief ief',
    'image/jpeg jpg jpe jpeg',
    'image/png png',
    'image/svg+xml svg',
    'image/tiff tiff tif',
    'image/vnd.microsoft.icon ico',
    'image/x-cmu-raster ras',
    'image/x-portable-anymap pnm',
    'image/x-portable-bitmap pbm',
    'image/x-portable-graymap pgm',
    'image/x-portable-pixmap ppm',
    'image/x-rgb rgb',
    'image/x-xbitmap xbm',
    'image/x-xpixmap xpm',
    'image/x-xwindowdump xwd',
    'message/rfc822 eml mht mhtml nws',
    'text/css css',
    'text/csv csv',
    'text/html html htm',
    'text/n3 n3',
    'text/plain txt bat c h ksh pl srt',
    'text/richtext rtx',
    'text/tab-separated-values tsv',
    'text/vtt vtt',
    'text/x-python py',
    'text/x-setext etx',
    'text/x-sgml sgm sgml',
    'text/x-vcard vcf',
    'text/xml xml',
    'video/mp4 mp4',
    'video/mpeg mpeg m1v mpa mpe mpg',
    'video/quicktime mov qt',
    'video/webm webm',
    'video/x-msvideo avi',
    'video/x-sgi-movie movie',
]

# Types that are common but not registered: used when strict=False.
_LOOSE_TYPES = [
    "application/rtf rtf",
    "audio/midi midi mid",
    "image/jpg jpg",
    "image/pict pict pct pic",
    "image/webp webp",
    "text/xul xul",
]

_suffix_map_default = {
    ".svgz": ".svg.gz",
    ".tgz": ".tar.gz",
    ".taz": ".tar.gz",
    ".tz": ".tar.gz",
    ".tbz2": ".tar.bz2",
    ".txz": ".tar.xz",
}

_encodings_map_default = {
    ".gz": "gzip",
    ".Z": "compress",
    ".bz2": "bzip2",
    ".xz": "xz",
    ".br": "br",
}


def _table(lines):
    """{'.ext': type} from the type-then-extensions lines, in the order CPython keeps."""
    return {"." + ext: line.split()[0] for line in lines for ext in line.split()[1:]}


def _ordered_defaults():
    out = {}
    for line in _STRICT_TYPES:
        words = line.split()
        for ext in words[1:]:
            out["." + ext] = words[0]
    return out


_types_map_default = _ordered_defaults()
_common_types_default = _table(_LOOSE_TYPES)

suffix_map = _suffix_map_default
encodings_map = _encodings_map_default
types_map = _types_map_default
common_types = _common_types_default


def _split_scheme(url):
    """('scheme', rest) for 'scheme:rest' with a scheme free of '/' and ':'; else None."""
    colon = url.find(":")
    if colon > 0 and "/" not in url[:colon]:
        return url[:colon].lower(), url[colon + 1:]
    return None, url


class MimeTypes:
    """A MIME-types database: the built-in table plus what `read`/`add_type` add.
    `types_map` and `types_map_inv` are pairs: [0] non-strict, [1] strict."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _encodings_map_default.copy()
        self.suffix_map = _suffix_map_default.copy()
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, type in _types_map_default.items():
            self.add_type(type, ext, True)
        for ext, type in _common_types_default.items():
            self.add_type(type, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Maps extension `ext` (with its dot) to `type`; `type`'s extensions gain `ext`."""
        self.types_map[strict][ext] = type
        exts = self.types_map_inv[strict].setdefault(type, [])
        if ext not in exts:
            exts.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) for a file name or URL; either may be None."""
        url = os.fspath(url)
        scheme, rest = _split_scheme(url)
        if scheme == "data":
            comma = rest.find(",")
            if comma < 0:
                return None, None
            semi = rest.find(";", 0, comma)
            type = rest[:semi] if semi >= 0 else rest[:comma]
            if "=" in type or "/" not in type:
                type = "text/plain"
            return type, None
        base, ext = posixpath.splitext(rest)
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        if ext in self.encodings_map:
            encoding = self.encodings_map[ext]
            base, ext = posixpath.splitext(base)
        else:
            encoding = None
        ext = ext.lower()
        found = self.types_map[True].get(ext)
        if found is None and not strict:
            found = self.types_map[False].get(ext)
        return found, encoding

    def guess_all_extensions(self, type, strict=True):
        """Every extension known for `type`, the preferred first."""
        type = type.lower()
        exts = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in exts:
                    exts.append(ext)
        return exts

    def guess_extension(self, type, strict=True):
        """The preferred extension for `type`, or None."""
        exts = self.guess_all_extensions(type, strict)
        return exts[0] if exts else None

    def read(self, filename, strict=True):
        """Adds the types of a mime.types-format file."""
        with open(filename, encoding="utf-8") as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Adds the types of an open mime.types-format file: 'type ext ext ...' lines,
        '#' starting a comment."""
        for line in fp:
            words = line.split()
            for i, w in enumerate(words):
                if w.startswith("#"):
                    del words[i:]
                    break
            if not words:
                continue
            for suffix in words[1:]:
                self.add_type(words[0], "." + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Nothing to read outside Windows."""
        return


def guess_type(url, strict=True):
    if _db is None:
        init()
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    if _db is None:
        init()
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    if _db is None:
        init()
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    if _db is None:
        init()
    return _db.add_type(type, ext, strict)


def init(files=None):
    """Builds the module's database from the built-in table and the `knownfiles` that
    exist (plus `files`); the module-level maps then refer to it."""
    global suffix_map, types_map, encodings_map, common_types, inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The {'.ext': type} table of a mime.types file, or None if it cannot be opened."""
    try:
        f = open(file, encoding="utf-8")
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]
