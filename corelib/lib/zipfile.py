"""zipfile: read and write ZIP archives (stored or deflated members; no ZIP64, encryption,
bzip2 or lzma, which raise NotImplementedError)."""

import io
import os
import shutil
import stat
import struct
import sys
import time
import zlib

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2",
           "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a zipfile that would need ZIP64 extensions."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1
ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14
DEFAULT_VERSION = 20

_LOCAL = struct.Struct("<4sHHHHHLLLHH")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4sHHHHLLH")
_LOCAL_SIG = b"PK\003\004"
_CENTRAL_SIG = b"PK\001\002"
_END_SIG = b"PK\005\006"

compressor_names = {0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce',
                    5: 'reduce', 6: 'implode', 7: 'tokenize', 8: 'deflate',
                    9: 'deflate64', 10: 'implode', 12: 'bzip2', 14: 'lzma', 18: 'terse',
                    19: 'lz77', 97: 'wavpack', 98: 'ppmd'}


# The upper half of code page 437, the encoding of names without the UTF-8 flag.
_CP437_HIGH = ('ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0')


def _decode_name(name, encoding):
    if encoding is not None:
        return name.decode(encoding)
    try:
        return name.decode('ascii')
    except UnicodeDecodeError:
        return ''.join(chr(b) if b < 128 else _CP437_HIGH[b - 128] for b in name)


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        return
    if compression in (ZIP_BZIP2, ZIP_LZMA):
        raise NotImplementedError("zipfile: %s compression is not supported by Kestrel"
                                  % compressor_names[compression])
    raise NotImplementedError("That compression method is not supported")


class ZipInfo:
    """The information about one member of an archive."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel',
                 'comment', 'extra', 'create_system', 'create_version', 'extract_version',
                 'reserved', 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size', '_end_offset')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        null_byte = filename.find(chr(0))
        if null_byte >= 0:
            filename = filename[0:null_byte]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self.header_offset = 0
        self.CRC = 0
        self._end_offset = None

    def __repr__(self):
        result = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            result.append(' compress_type=%s' % compressor_names.get(self.compress_type,
                                                                     self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            result.append(' filemode=%r' % stat.filemode(hi))
        if lo:
            result.append(' external_attr=%#x' % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            result.append(' file_size=%r' % self.file_size)
        if ((not isdir or self.compress_size) and
                (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            result.append(' compress_size=%r' % self.compress_size)
        result.append('>')
        return ''.join(result)

    def is_dir(self):
        return self.filename[-1:] == '/'

    def _encoded_name(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | 0x800

    def _dos_time(self):
        dt = self.date_time
        dosdate = (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]
        dostime = dt[3] << 11 | dt[4] << 5 | (dt[5] // 2)
        return dostime, dosdate

    def FileHeader(self, zip64=None):
        dostime, dosdate = self._dos_time()
        name, flags = self._encoded_name()
        return _LOCAL.pack(_LOCAL_SIG, self.extract_version, flags, self.compress_type,
                           dostime, dosdate, self.CRC, self.compress_size, self.file_size,
                           len(name), len(self.extra)) + name + self.extra

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        mtime = time.localtime(st.st_mtime)
        date_time = mtime[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        zinfo = cls(arcname, date_time)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            zinfo.file_size = st.st_size
        return zinfo


def _find_end(data):
    pos = data.rfind(_END_SIG, max(0, len(data) - ZIP_MAX_COMMENT - _END.size))
    if pos < 0 or len(data) - pos < _END.size:
        return None
    return pos


def is_zipfile(filename):
    """True when the file (a name or a file object) looks like a ZIP archive."""
    try:
        if hasattr(filename, "read"):
            pos = filename.tell()
            filename.seek(0)
            data = filename.read()
            filename.seek(pos)
        else:
            with open(filename, "rb") as fp:
                data = fp.read()
        return _find_end(data) is not None
    except OSError:
        return False


class ZipExtFile(io.BytesIO):
    """A member opened for reading (its data is read and checked when opened)."""

    def __init__(self, data, zinfo):
        io.BytesIO.__init__(self, data)
        self.name = zinfo.filename
        self.mode = 'r'

    def __repr__(self):
        return '<zipfile.ZipExtFile name=%r mode=%r>' % (self.name, self.mode)


class _ZipWriteFile(io.BytesIO):
    def __init__(self, zf, zinfo):
        io.BytesIO.__init__(self)
        self._zf = zf
        self._zinfo = zinfo

    def close(self):
        if self.closed:
            return
        data = self.getvalue()
        io.BytesIO.close(self)
        self._zf._writing = False
        self._zf.writestr(self._zinfo, data)


class ZipFile:
    """A ZIP archive opened for reading ('r'), writing ('w', 'x') or appending ('a')."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        self._modified = False
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            modes = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}
            try:
                self.fp = io.open(file, modes[mode])
            except OSError:
                if mode == 'a':
                    mode = self.mode = 'w'
                    self.fp = io.open(file, 'w+b')
                else:
                    raise
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        try:
            if mode == 'r':
                self._read_contents()
            elif mode in ('w', 'x'):
                self._modified = True
                self.start_dir = self.fp.tell() if self._filePassed else 0
            else:
                try:
                    self._read_contents()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    self.fp.seek(0, 2)
                    self.start_dir = self.fp.tell()
                self._modified = True
        except BaseException:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if self.fp is not None:
            if self._filePassed:
                result.append(' file=%r' % self.fp)
            elif self.filename is not None:
                result.append(' filename=%r' % self.filename)
            result.append(' mode=%r' % self.mode)
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    def _read_contents(self):
        self.fp.seek(0)
        data = self.fp.read()
        end = _find_end(data)
        if end is None:
            raise BadZipFile("File is not a zip file")
        (_, _, _, _, count, size_cd, offset_cd, comment_len) = _END.unpack(
            data[end:end + _END.size])
        self._comment = data[end + _END.size:end + _END.size + comment_len]
        # Data before the archive (a self-extracting stub) shifts every offset.
        concat = end - size_cd - offset_cd
        self.start_dir = offset_cd + concat
        pos = self.start_dir
        while pos < end:
            head = data[pos:pos + _CENTRAL.size]
            if len(head) != _CENTRAL.size or head[:4] != _CENTRAL_SIG:
                raise BadZipFile("Bad magic number for central directory")
            c = _CENTRAL.unpack(head)
            pos += _CENTRAL.size
            name = data[pos:pos + c[12]]
            pos += c[12]
            extra = data[pos:pos + c[13]]
            pos += c[13]
            comment = data[pos:pos + c[14]]
            pos += c[14]
            flags = c[5]
            if flags & 0x800:
                filename = name.decode('utf-8')
            else:
                filename = _decode_name(name, self.metadata_encoding)
            x = ZipInfo(filename)
            x.extra = extra
            x.comment = comment
            x.header_offset = c[18] + concat
            (x.create_version, x.create_system, x.extract_version, x.reserved,
             x.flag_bits, x.compress_type, t, d, x.CRC, x.compress_size,
             x.file_size) = c[1:12]
            x.volume, x.internal_attr, x.external_attr = c[15:18]
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                           t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            x.orig_filename = filename
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x

    def namelist(self):
        return [data.filename for data in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size), file=file)

    def testzip(self):
        for zinfo in self.filelist:
            try:
                self.read(zinfo)
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        raise NotImplementedError("zipfile: encryption is not supported by Kestrel")

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        self._comment = comment[:ZIP_MAX_COMMENT]
        self._modified = True

    def read(self, name, pwd=None):
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def _member_data(self, zinfo):
        self.fp.seek(zinfo.header_offset)
        head = self.fp.read(_LOCAL.size)
        if len(head) != _LOCAL.size or head[:4] != _LOCAL_SIG:
            raise BadZipFile("Bad magic number for file header")
        h = _LOCAL.unpack(head)
        self.fp.read(h[9] + h[10])
        if zinfo.flag_bits & 0x1:
            raise NotImplementedError("zipfile: encrypted members are not supported by "
                                      "Kestrel")
        raw = self.fp.read(zinfo.compress_size)
        if zinfo.compress_type == ZIP_STORED:
            data = raw
        elif zinfo.compress_type == ZIP_DEFLATED:
            try:
                data = zlib.decompress(raw, -15)
            except zlib.error as e:
                raise zlib.error(str(e)) from None
        else:
            _check_compression(zinfo.compress_type)
        if zlib.crc32(data) != zinfo.CRC:
            raise BadZipFile("Bad CRC-32 for file %r" % zinfo.filename)
        return data

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd is not None:
            raise NotImplementedError("zipfile: encryption is not supported by Kestrel")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == 'w':
            zinfo = ZipInfo(name)
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == 'w':
            if self.mode == 'r':
                raise ValueError("write() requires mode 'w', 'x', or 'a'")
            if self._writing:
                raise ValueError("Can't write to the ZIP file while there is another "
                                 "write handle open on it. Close the first handle before "
                                 "opening another.")
            self._writing = True
            return _ZipWriteFile(self, zinfo)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before trying to "
                             "read.")
        return ZipExtFile(self._member_data(zinfo), zinfo)

    def extract(self, member, path=None, pwd=None):
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        if members is None:
            members = self.namelist()
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        for zipinfo in members:
            self._extract_member(zipinfo, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        arcname = member.filename.replace('/', os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        invalid_path_parts = ('', os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(x for x in arcname.split(os.path.sep)
                                   if x not in invalid_path_parts)
        targetpath = os.path.join(targetpath, arcname)
        targetpath = os.path.normpath(targetpath)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with open(targetpath, "wb") as target:
            target.write(self._member_data(member))
        return targetpath

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle "
                             "exists")
        zinfo = ZipInfo.from_file(filename, arcname,
                                  strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self._add(zinfo, b'')
            return
        zinfo.compress_type = compress_type if compress_type is not None else \
            self.compression
        zinfo._compresslevel = compresslevel if compresslevel is not None else \
            self.compresslevel
        with open(filename, "rb") as src:
            data = src.read()
        self._add(zinfo, data)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname,
                            date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename[-1] == '/':
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
            if not zinfo.external_attr:
                zinfo.external_attr = 0o600 << 16
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle "
                             "exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        self._add(zinfo, bytes(data))

    def _add(self, zinfo, data):
        self._writecheck(zinfo)
        self._modified = True
        zinfo.file_size = len(data)
        zinfo.CRC = zlib.crc32(data)
        if zinfo.compress_type == ZIP_DEFLATED:
            level = zinfo._compresslevel
            body = zlib.compress(data, -1 if level is None else level, -15)
        else:
            body = data
        zinfo.compress_size = len(body)
        if zinfo.file_size > ZIP64_LIMIT or zinfo.compress_size > ZIP64_LIMIT:
            raise LargeZipFile("zipfile: ZIP64 archives are not supported by Kestrel")
        self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        self.fp.write(zinfo.FileHeader())
        self.fp.write(body)
        self.start_dir = self.fp.tell()
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo

    def close(self):
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before closing "
                             "the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._modified:
                self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()

    def _write_end_record(self):
        self.fp.seek(self.start_dir)
        for zinfo in self.filelist:
            dostime, dosdate = zinfo._dos_time()
            name, flags = zinfo._encoded_name()
            self.fp.write(_CENTRAL.pack(
                _CENTRAL_SIG, zinfo.create_version, zinfo.create_system,
                zinfo.extract_version, zinfo.reserved, flags, zinfo.compress_type,
                dostime, dosdate, zinfo.CRC, zinfo.compress_size, zinfo.file_size,
                len(name), len(zinfo.extra), len(zinfo.comment), 0, zinfo.internal_attr,
                zinfo.external_attr, zinfo.header_offset))
            self.fp.write(name)
            self.fp.write(zinfo.extra)
            self.fp.write(zinfo.comment)
        pos2 = self.fp.tell()
        count = len(self.filelist)
        self.fp.write(_END.pack(_END_SIG, 0, 0, count, count, pos2 - self.start_dir,
                                self.start_dir, len(self._comment)))
        self.fp.write(self._comment)
        if self.mode == "a":
            self.fp.truncate()
        self.fp.flush()


class PyZipFile(ZipFile):
    def writepy(self, pathname, basename="", filterfunc=None):
        raise NotImplementedError("zipfile.PyZipFile.writepy is not supported by Kestrel "
                                  "(no bytecode files)")


def main(args=None):
    """`python -m zipfile -l|-e|-c|-t ...`: list, extract, create or test an archive."""
    import argparse
    parser = argparse.ArgumentParser(
        description="A simple command-line interface for zipfile module.")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("-l", "--list", metavar="<zipfile>", help="Show listing of a zipfile")
    group.add_argument("-e", "--extract", nargs=2, metavar=("<zipfile>", "<output_dir>"),
                       help="Extract zipfile into target dir")
    group.add_argument("-c", "--create", nargs="+", metavar=("<name>", "<file>"),
                       help="Create zipfile from sources")
    group.add_argument("-t", "--test", metavar="<zipfile>", help="Test if a zipfile is valid")
    parser.add_argument("--metadata-encoding", metavar="<encoding>",
                        help="Specify encoding of member names for -l, -e and -t")
    args = parser.parse_args(args)
    encoding = args.metadata_encoding
    if args.test is not None:
        with ZipFile(args.test, "r", metadata_encoding=encoding) as zf:
            bad = zf.testzip()
        if bad:
            print("The following enclosed file is corrupted: {!r}".format(bad))
        print("Done testing")
    elif args.list is not None:
        with ZipFile(args.list, "r", metadata_encoding=encoding) as zf:
            zf.printdir()
    elif args.extract is not None:
        src, target = args.extract
        with ZipFile(src, "r", metadata_encoding=encoding) as zf:
            zf.extractall(target)
    elif args.create is not None:
        if encoding:
            print("Non-conforming encodings not supported with -c.", file=sys.stderr)
            sys.exit(1)
        zip_name = args.create.pop(0)

        def add(zf, path, zippath):
            if os.path.isfile(path):
                zf.write(path, zippath, ZIP_DEFLATED)
            elif os.path.isdir(path):
                if zippath:
                    zf.write(path, zippath)
                for name in sorted(os.listdir(path)):
                    add(zf, os.path.join(path, name), os.path.join(zippath, name))

        with ZipFile(zip_name, "w") as zf:
            for path in args.create:
                zippath = os.path.basename(path)
                if not zippath:
                    zippath = os.path.basename(os.path.dirname(path))
                if zippath in ("", os.curdir, os.pardir):
                    zippath = ""
                add(zf, path, zippath)


if __name__ == "__main__":
    main()
