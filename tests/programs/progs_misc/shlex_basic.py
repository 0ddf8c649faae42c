import shlex

cases = [
    "ls -l /tmp",
    "echo 'hello world' \"double quoted\"",
    'a\\ b "c \\" d" \'e \\ f\'',
    "cmd --opt=val # comment here",
    "  spaced   out  ",
    "",
    "x'y'z \"\"",
    "path/to/file.txt a=b,c",
]
for c in cases:
    print(repr(c), shlex.split(c))
print(shlex.split("cmd # comment", comments=True))
print(shlex.split("a 'b c'", posix=False))
for bad in ["'unterminated", "trailing\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
for s in ["simple", "", "has space", "it's", "$HOME", "a@b:c,d/e.f-g+h=i%j", "ünïcode"]:
    print(repr(shlex.quote(s)))
print(shlex.join(["echo", "a b", "it's"]))
lex = shlex.shlex("a = b + 'c d'")
print(list(lex))
lex = shlex.shlex("one two", posix=True)
print(lex.get_token(), lex.get_token(), lex.get_token())
