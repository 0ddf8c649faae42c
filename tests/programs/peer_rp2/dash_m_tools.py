import subprocess, sys

def run(*args, text=""):
    r = subprocess.run([sys.executable, *args], input=text, capture_output=True, text=True)
    print(args, r.returncode)
    print(r.stdout, end="")

run("-m", "shlex", text="ls -l 'my file' \"x y\" # comment\n")
run("-m", "textwrap")
run("-m", "json.tool", text='{"b": [1, 2], "a": null}')
run("-m", "json.tool", "--sort-keys", "--indent", "2", text='{"b": [1, 2], "a": null}')
r = subprocess.run([sys.executable, "-m", "calendar", "--help"], capture_output=True, text=True)
print(r.stdout.split()[1])
