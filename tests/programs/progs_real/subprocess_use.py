import subprocess
import sys

r = subprocess.run(["echo", "hello", "world"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
print(subprocess.check_output(["echo", "-n", "bytes"]))
r = subprocess.run("echo $((6*7)) && exit 3", shell=True, stdout=subprocess.PIPE, text=True)
print(r.returncode, r.stdout.strip(), r.args)
try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e.returncode, e)
r = subprocess.run(["cat"], input="piped in\n", capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["sh", "-c", "echo out; echo err 1>&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(r.stdout.split()))
try:
    subprocess.run(["definitely-not-a-command-xyz"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno)
p = subprocess.Popen(["sh", "-c", "read x; echo got $x"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, _ = p.communicate("line\n")
print(repr(out), p.returncode)
print(subprocess.getoutput("echo hi; exit 2"), subprocess.getstatusoutput("exit 2"))
