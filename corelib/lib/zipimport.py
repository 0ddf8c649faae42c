"""Import Python modules from zip archives (over zipfile).

zipimporter(path) takes the path of an archive, optionally followed by a
directory inside it ("lib.zip/pkg/sub"); find_spec, exec_module,
get_code, get_source, get_data, get_filename and is_package work on the
modules found there (.py sources: Kestrel does not run CPython's .pyc
bytecode, so a module present only as .pyc cannot be loaded).

Kestrel's import statement searches directories only: a zip archive on
sys.path is not searched, but a zipimporter can be used directly (or
through importlib.util.module_from_spec with its find_spec result).
"""

import _frozen_importlib
import os
import sys
import zipfile

__all__ = ['ZipImportError', 'zipimporter']

path_sep = os.sep
alt_path_sep = os.altsep or ''


class ZipImportError(ImportError):
    pass


# archive path -> {name inside (os.sep-separated): ZipInfo}
_zip_directory_cache = {}

# (suffix, is bytecode, is package), in search order
_zip_searchorder = (
    (path_sep + '__init__.pyc', True, True),
    (path_sep + '__init__.py', False, True),
    ('.pyc', True, False),
    ('.py', False, False),
)


def _read_directory(archive):
    try:
        fp = open(archive, 'rb')
    except OSError:
        raise ZipImportError(f"can't open Zip file: {archive!r}", path=archive)
    with fp:
        try:
            # the end-of-central-directory record takes 22 bytes
            fp.seek(-22, 2)
        except OSError:
            raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
    try:
        with zipfile.ZipFile(archive) as zf:
            infos = zf.infolist()
    except OSError:
        raise ZipImportError(f"can't open Zip file: {archive!r}", path=archive)
    except zipfile.BadZipFile:
        raise ZipImportError(f"not a Zip file: {archive!r}", path=archive)
    files = {}
    for info in infos:
        files[info.filename.replace('/', path_sep)] = info
    return files


class zipimporter:
    """A finder and loader for the modules of one zip archive."""

    def __init__(self, path):
        if not isinstance(path, str):
            raise TypeError(f"expected str, not {type(path)!r}")
        if not path:
            raise ZipImportError('archive path is empty', path=path)
        if alt_path_sep:
            path = path.replace(alt_path_sep, path_sep)
        rest = []
        while True:
            try:
                st = os.stat(path)
            except (OSError, ValueError):
                head, tail = os.path.split(path)
                if head == path:
                    raise ZipImportError('not a Zip file', path=path)
                path = head
                rest.append(tail)
            else:
                if st.st_mode & 0o170000 != 0o100000:
                    raise ZipImportError('not a Zip file', path=path)
                break
        files = _zip_directory_cache.get(path)
        if files is None:
            files = _read_directory(path)
            _zip_directory_cache[path] = files
        self._files = files
        self.archive = path
        self.prefix = os.path.join(*rest[::-1]) if rest else ''
        if self.prefix:
            self.prefix += path_sep

    def __repr__(self):
        return f'<zipimporter object "{self.archive}{path_sep}{self.prefix}">'

    # -- lookup

    def _module_path(self, fullname):
        return self.prefix + fullname.rpartition('.')[2]

    def _is_dir(self, path):
        return path + path_sep in self._files

    def _module_info(self, fullname):
        """Whether fullname is a package, or None when absent."""
        path = self._module_path(fullname)
        for suffix, _, ispackage in _zip_searchorder:
            if path + suffix in self._files:
                return ispackage
        return None

    def _find_source(self, fullname):
        """(name inside the archive, is package) of the module's source."""
        path = self._module_path(fullname)
        compiled_only = None
        for suffix, isbytecode, ispackage in _zip_searchorder:
            name = path + suffix
            if name not in self._files:
                continue
            if isbytecode:
                compiled_only = compiled_only or name
                continue
            return name, ispackage
        if compiled_only is not None:
            raise ZipImportError(
                f"can't load {fullname!r} from {compiled_only!r}: Kestrel runs "
                "Python source only, not CPython bytecode", name=fullname)
        raise ZipImportError(f"can't find module {fullname!r}", name=fullname)

    def _read(self, name):
        with zipfile.ZipFile(self.archive) as zf:
            return zf.read(self._files[name])

    # -- finder API

    def find_spec(self, fullname, target=None):
        ispackage = self._module_info(fullname)
        if ispackage is not None:
            origin = self.get_filename(fullname)
            spec = _frozen_importlib.ModuleSpec(name=fullname, loader=self,
                                                origin=origin)
            spec.has_location = True
            if ispackage:
                spec.submodule_search_locations = [os.path.dirname(origin)]
            return spec
        path = self._module_path(fullname)
        if self._is_dir(path):
            # a namespace package portion
            spec = _frozen_importlib.ModuleSpec(name=fullname, loader=None)
            spec.submodule_search_locations = [
                f'{self.archive}{path_sep}{path}']
            return spec
        return None

    def find_loader(self, fullname, path=None):
        import warnings
        warnings.warn("zipimporter.find_loader() is deprecated and slated for "
                      "removal in Python 3.12; use find_spec() instead",
                      DeprecationWarning)
        if self._module_info(fullname) is not None:
            return self, []
        path = self._module_path(fullname)
        if self._is_dir(path):
            return None, [f'{self.archive}{path_sep}{path}']
        return None, []

    def find_module(self, fullname, path=None):
        import warnings
        warnings.warn("zipimporter.find_module() is deprecated and slated for "
                      "removal in Python 3.12; use find_spec() instead",
                      DeprecationWarning)
        if self._module_info(fullname) is not None:
            return self
        return None

    def invalidate_caches(self):
        try:
            self._files = _read_directory(self.archive)
        except ZipImportError:
            _zip_directory_cache.pop(self.archive, None)
            self._files = {}
        else:
            _zip_directory_cache[self.archive] = self._files

    # -- loader API

    def get_code(self, fullname):
        name, _ = self._find_source(fullname)
        source = self._read(name).replace(b'\r\n', b'\n').replace(b'\r', b'\n')
        return compile(source, f'{self.archive}{path_sep}{name}', 'exec',
                       dont_inherit=True)

    def get_data(self, pathname):
        if alt_path_sep:
            pathname = pathname.replace(alt_path_sep, path_sep)
        key = pathname
        if pathname.startswith(self.archive + path_sep):
            key = pathname[len(self.archive + path_sep):]
        if key not in self._files:
            raise OSError(0, '', key)
        return self._read(key)

    def get_filename(self, fullname):
        name, _ = self._find_source(fullname)
        return f'{self.archive}{path_sep}{name}'

    def get_source(self, fullname):
        ispackage = self._module_info(fullname)
        if ispackage is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        path = self._module_path(fullname)
        name = path + (path_sep + '__init__.py' if ispackage else '.py')
        if name not in self._files:
            return None
        return self._read(name).decode()

    def is_package(self, fullname):
        ispackage = self._module_info(fullname)
        if ispackage is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        return ispackage

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname):
        import warnings
        warnings.warn("zipimport.zipimporter.load_module() is deprecated and "
                      "slated for removal in Python 3.12; use exec_module() "
                      "instead", DeprecationWarning)
        name, ispackage = self._find_source(fullname)
        code = self.get_code(fullname)
        module = sys.modules.get(fullname)
        if module is None or not isinstance(module, type(sys)):
            module = type(sys)(fullname)
            sys.modules[fullname] = module
        module.__loader__ = self
        if ispackage:
            module.__path__ = [f'{self.archive}{path_sep}'
                               f'{self._module_path(fullname)}']
        module.__file__ = f'{self.archive}{path_sep}{name}'
        try:
            exec(code, module.__dict__)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]

    def get_resource_reader(self, fullname):
        try:
            if not self.is_package(fullname):
                return None
        except ZipImportError:
            return None
        raise NotImplementedError(
            "zipimporter.get_resource_reader: Kestrel has no importlib.readers")
