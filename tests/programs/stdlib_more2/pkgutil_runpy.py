import os
import pkgutil
import runpy
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    pkg = os.path.join(d, "mypkg_k")
    os.makedirs(os.path.join(pkg, "sub"))
    os.makedirs(os.path.join(d, "notapkg"))
    os.makedirs(os.path.join(pkg, "data"))
    with open(os.path.join(pkg, "__init__.py"), "w") as f:
        f.write("VALUE = 42\n")
    with open(os.path.join(pkg, "alpha.py"), "w") as f:
        f.write("print('alpha imported')\nNAME = 'alpha'\n")
    with open(os.path.join(pkg, "__main__.py"), "w") as f:
        f.write("print('package main, __name__ =', __name__)\nRESULT = 'pkgmain'\n")
    with open(os.path.join(pkg, "sub", "__init__.py"), "w") as f:
        f.write("")
    with open(os.path.join(pkg, "sub", "beta.py"), "w") as f:
        f.write("X = 1\n")
    with open(os.path.join(pkg, "data", "info.txt"), "wb") as f:
        f.write(b"hello data\n")
    with open(os.path.join(d, "topmod_k.py"), "w") as f:
        f.write("import sys\nprint('topmod running as', __name__)\n"
                "def main():\n    return 'main called'\nGLOBAL = [1, 2]\n"
                "if __name__ == '__main__':\n    print('argv0 is file:', sys.argv[0].endswith('topmod_k.py'))\n")
    with open(os.path.join(d, "script.py"), "w") as f:
        f.write("print('script', __name__, __file__.endswith('script.py'))\n"
                "z = injected * 2\n")

    print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([d])))
    print(sorted((m.name, m.ispkg) for m in pkgutil.iter_modules([pkg], "mypkg_k.")))
    info = next(iter(pkgutil.iter_modules([d])))
    print(type(info).__name__, info._fields)
    try:
        list(pkgutil.iter_modules(d))
    except ValueError as e:
        print("ValueError", e)

    sys.path.insert(0, d)
    try:
        names = [m.name for m in pkgutil.walk_packages([d])]
        print(sorted(names))
        print(pkgutil.get_data("mypkg_k", "data/info.txt"))
        try:
            pkgutil.get_data("mypkg_k", "data/missing.txt")
        except FileNotFoundError:
            print("FileNotFoundError")
        print(pkgutil.resolve_name("os.path:join") is os.path.join,
              pkgutil.resolve_name("os.path.join") is os.path.join,
              pkgutil.resolve_name("mypkg_k.sub.beta").X)
        try:
            pkgutil.resolve_name("1bad")
        except ValueError as e:
            print("ValueError", e)

        g = runpy.run_module("topmod_k")
        print(g["__name__"], g["GLOBAL"], g["main"](), "topmod_k" in sys.modules)
        g = runpy.run_module("topmod_k", run_name="__main__", alter_sys=True)
        print(g["__name__"], sys.argv[0].endswith("topmod_k.py"))
        g = runpy.run_module("topmod_k", init_globals={"extra": 5}, run_name="custom")
        print(g["__name__"], g["extra"])
        g = runpy.run_module("mypkg_k")
        print(g["RESULT"], g["__name__"])
        for bad in ["no_such_module_k", ".rel", "mypkg_k.sub"]:
            try:
                runpy.run_module(bad)
            except ImportError as e:
                print("ImportError", e)
        g = runpy.run_path(os.path.join(d, "script.py"), init_globals={"injected": 21})
        print(g["z"], g["__name__"])
        g = runpy.run_path(pkg, run_name="__main__")
        print(g["RESULT"])
        try:
            runpy.run_path(os.path.join(d, "notapkg"))
        except ImportError as e:
            print("ImportError", str(e).startswith("can't find '__main__' module in"))
    finally:
        sys.path.remove(d)
