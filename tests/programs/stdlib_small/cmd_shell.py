import cmd
import io


class Shell(cmd.Cmd):
    intro = "Welcome."
    prompt = "(test) "

    def __init__(self, **kw):
        super().__init__(**kw)
        self.total = 0

    def do_add(self, arg):
        """add N: add N to the total."""
        self.total += int(arg)
        print("total", self.total, file=self.stdout)

    def do_show(self, arg):
        print("show", repr(arg), file=self.stdout)

    def help_show(self):
        print("show ARG: echo the argument", file=self.stdout)

    def help_topic(self):
        print("a help topic", file=self.stdout)

    def do_shell(self, arg):
        print("shell:", arg, file=self.stdout)

    def do_quit(self, arg):
        "Quit the shell."
        print("bye", file=self.stdout)
        return True

    def do_EOF(self, arg):
        return True

    def precmd(self, line):
        return line.replace("plus", "add")

    def postloop(self):
        print("postloop", file=self.stdout)


script = "add 5\nplus 3\n\nshow  some text \n?show\nhelp add\nhelp nothing\nbogus cmd\n!ls -l\nhelp\nquit\nadd 100\n"
out = io.StringIO()
sh = Shell(stdin=io.StringIO(script), stdout=out)
sh.use_rawinput = False
sh.cmdloop()
print(out.getvalue())
print(sh.total, sh.lastcmd)
print(sh.parseline("  add   7 "), sh.parseline(""), sh.parseline("?x"))

out = io.StringIO()
c = cmd.Cmd(stdout=out)
c.columnize([])
c.columnize(["single"])
c.columnize(["w%d" % i * (i % 4 + 1) for i in range(40)], 40)
c.columnize([f"item{i}" for i in range(7)])
try:
    c.columnize(["a", 1, "b", 2.0])
except TypeError as e:
    print("TypeError", e)
print(out.getvalue())

out2 = io.StringIO()
s2 = Shell(stdin=io.StringIO(""), stdout=out2)
s2.use_rawinput = False
s2.cmdloop(intro="Other intro")
print(out2.getvalue())
