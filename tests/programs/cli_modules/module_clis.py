# The command lines of standard modules (`python -m NAME ...`), run as a user runs them.
import os
import subprocess
import sys
import tempfile


def run(*args, stdin=None, cwd=None):
    r = subprocess.run([sys.executable, *args], input=stdin, capture_output=True, cwd=cwd)
    return r.returncode, r.stdout


work = tempfile.mkdtemp()
with open(os.path.join(work, "test_alpha.py"), "w") as f:
    f.write("import unittest\n"
            "class Alpha(unittest.TestCase):\n"
            "    def test_pass(self):\n"
            "        self.assertEqual(2 + 2, 4)\n"
            "    def test_fail(self):\n"
            "        self.assertEqual(1, 2)\n")
os.mkdir(os.path.join(work, "pkg"))
open(os.path.join(work, "pkg", "__init__.py"), "w").close()
with open(os.path.join(work, "pkg", "test_beta.py"), "w") as f:
    f.write("import unittest\n"
            "class Beta(unittest.TestCase):\n"
            "    def test_one(self):\n"
            "        pass\n"
            "    @unittest.skip('not today')\n"
            "    def test_skipped(self):\n"
            "        pass\n")
with open(os.path.join(work, "other.py"), "w") as f:
    f.write("raise RuntimeError('discovery must not import me')\n")

# unittest: named modules, methods, files, discovery (exit code 1 when a test fails).
print(run("-m", "unittest", "test_alpha.Alpha.test_pass", cwd=work)[0])
print(run("-m", "unittest", "test_alpha", cwd=work)[0])
print(run("-m", "unittest", "-q", "pkg/test_beta.py", cwd=work)[0])
print(run("-m", "unittest", cwd=work)[0])
print(run("-m", "unittest", "discover", "-s", "pkg", "-t", ".", cwd=work)[0])
print(run("-m", "unittest", "-k", "pass", cwd=work)[0])
print(run("-m", "unittest", "discover", "-p", "nothing*.py", cwd=work)[0])

# base64, gzip (through pipes, binary-safe), calendar, zipfile, timeit.
data = b"\x00\x8b\xff binary \n" * 3
code, enc = run("-m", "base64", stdin=data)
print(code, enc)
print(run("-m", "base64", "-d", stdin=enc))
print(run("-m", "base64", "-t"))
code, packed = run("-m", "gzip", stdin=data)
print(code, packed[:2])
print(run("-m", "gzip", "-d", stdin=packed))
print(run("-m", "calendar", "2024", "2")[1].decode())
print(run("-m", "calendar", "-w", "3", "-l", "2", "1999", "12")[1].decode())
print(run("-m", "calendar", "2023")[1].decode())
src = os.path.join(work, "pkg")
print(run("-m", "zipfile", "-c", "z.zip", "pkg", cwd=work)[0])
print(run("-m", "zipfile", "-t", "z.zip", cwd=work))
print(run("-m", "zipfile", "-e", "z.zip", "out", cwd=work)[0])
print(sorted(os.listdir(os.path.join(work, "out", "pkg"))))
code, out = run("-m", "timeit", "-n", "5", "-r", "2", "x = 1")
print(code, out.split(b":")[0])
code, out = run("-m", "timeit", "-s", "import math", "math.sqrt(2)")
print(code, b"loops, best of 5:" in out, out.endswith(b"per loop\n"))
