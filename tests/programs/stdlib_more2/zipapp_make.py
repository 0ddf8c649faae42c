import io
import os
import runpy
import sys
import tempfile
import zipfile
import zipapp

with tempfile.TemporaryDirectory() as d:
    app = os.path.join(d, "myapp")
    os.makedirs(os.path.join(app, "pkg"))
    with open(os.path.join(app, "pkg", "__init__.py"), "w") as f:
        f.write("")
    with open(os.path.join(app, "pkg", "cli.py"), "w") as f:
        f.write("def run():\n    print('cli.run called')\n")
    with open(os.path.join(app, "notes.txt"), "w") as f:
        f.write("notes")
    target = os.path.join(d, "app.pyz")
    zipapp.create_archive(app, target, interpreter="/usr/bin/env python3", main="pkg.cli:run")
    print(zipapp.get_interpreter(target), os.access(target, os.X_OK))
    with open(target, "rb") as f:
        print(f.readline())
    with zipfile.ZipFile(target) as z:
        print(sorted(z.namelist()))
        print(z.read("__main__.py").decode())
    plain = os.path.join(d, "plain.pyz")
    zipapp.create_archive(app, plain, main="pkg.cli:run",
                          filter=lambda p: p.suffix != ".txt")
    print(zipapp.get_interpreter(plain))
    with zipfile.ZipFile(plain) as z:
        print(sorted(z.namelist()))
    copied = os.path.join(d, "copy.pyz")
    zipapp.create_archive(target, copied, interpreter="/opt/py")
    print(zipapp.get_interpreter(copied))
    with zipfile.ZipFile(copied) as z:
        print(len(z.namelist()))
    zipapp.create_archive(app, None, main="pkg.cli:run")
    print(sorted(os.listdir(d)))
    buf = io.BytesIO()
    zipapp.create_archive(app, buf, main="pkg.cli:run", compressed=True)
    print(buf.getvalue()[:2], zipapp.get_interpreter(io.BytesIO(buf.getvalue())))
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        print([i.compress_type for i in z.infolist()][-1])
    for kwargs in [dict(main=None), dict(main="bad entry"), dict(main="pkg.cli")]:
        try:
            zipapp.create_archive(app, os.path.join(d, "x.pyz"), **kwargs)
        except zipapp.ZipAppError as e:
            print("ZipAppError", e)
    try:
        zipapp.create_archive(os.path.join(d, "missing"), os.path.join(d, "y.pyz"))
    except zipapp.ZipAppError as e:
        print("ZipAppError", e)
    with open(os.path.join(app, "__main__.py"), "w") as f:
        f.write("print('own main')\n")
    try:
        zipapp.create_archive(app, os.path.join(d, "z.pyz"), main="pkg.cli:run")
    except zipapp.ZipAppError as e:
        print("ZipAppError", e)
    zipapp.create_archive(app, os.path.join(d, "own.pyz"))
    g = runpy.run_path(os.path.join(d, "own.pyz"))
    print(g["__name__"])
