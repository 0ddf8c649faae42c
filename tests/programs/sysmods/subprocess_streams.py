import subprocess, sys
sys.stdout.flush()
subprocess.run(["echo", "to sys.stdout"], stdout=sys.stdout)
subprocess.run(["sh", "-c", "echo err-to-stdout >&2"], stderr=sys.stdout)
print(subprocess.check_output(["sh", "-c", "echo a; echo b >&2"], stderr=subprocess.STDOUT))
p = subprocess.Popen(["printf", "x\\ny\\n"], stdout=subprocess.PIPE)
print(list(p.stdout)); p.wait()
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b"raw bytes"); p.stdin.close(); print(p.stdout.read()); p.stdout.close(); p.wait()
p = subprocess.Popen(["sh", "-c", "exit 0"]); print(p.wait(timeout=5))
print(repr(subprocess.Popen(["true"], stdout=subprocess.DEVNULL).communicate()))
r = subprocess.run(["cat"], input="é\n", capture_output=True, text=True); print(r.stdout, end="")
r = subprocess.run(["cat"], input="", capture_output=True, text=True); print(repr(r.stdout))
r = subprocess.run("exit 2", shell=True)
print(r, r.stdout)
try:
    subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 1"], capture_output=True, check=True, text=True)
except subprocess.CalledProcessError as e:
    print(repr(e.stdout), repr(e.stderr), e.output == e.stdout)
try:
    subprocess.Popen(["true"], text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print(e)
