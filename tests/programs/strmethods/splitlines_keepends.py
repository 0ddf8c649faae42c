s = "l1\nl2\r\nl3\rl4\x0bl5\x0cl6\x1cl7\x1dl8\x1el9\x85l10\u2028l11\u2029l12"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n".splitlines(keepends=True), "a\n\nb\n".splitlines(), "no newline".splitlines(True), "\r\n\r".splitlines(True))
