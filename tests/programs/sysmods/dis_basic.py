# Kestrel prints its own register bytecode (a deliberate difference): only the shape is
# compared here.
import dis
import io


def add(a, b):
    return a + b


class K:
    def meth(self):
        return 1


for target in (add, K().meth, compile("y = 2", "<s>", "exec"), "x = 1"):
    buf = io.StringIO()
    dis.dis(target, file=buf)
    text = buf.getvalue()
    print(bool(text), "RETURN" in text)
for bad in (3, 2.5):
    try:
        dis.dis(bad)
        print("no error")
    except TypeError as e:
        print("TypeError", e)
