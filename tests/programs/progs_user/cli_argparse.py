"""argparse-based CLI given argv lists."""
import argparse
import sys
import io
import contextlib


def build_parser():
    p = argparse.ArgumentParser(prog="todo", description="Manage a todo list.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--db", default="todo.json", metavar="PATH")
    sub = p.add_subparsers(dest="cmd", required=True)
    add = sub.add_parser("add", help="add a task")
    add.add_argument("title", nargs="+")
    add.add_argument("-p", "--priority", type=int, choices=range(1, 6), default=3)
    add.add_argument("--tag", action="append", default=[])
    ls = sub.add_parser("list", help="list tasks")
    ls.add_argument("--all", action="store_true")
    ls.add_argument("--sort", choices=["prio", "title"], default="prio")
    done = sub.add_parser("done")
    done.add_argument("ids", type=int, nargs="*")
    g = done.add_mutually_exclusive_group()
    g.add_argument("--quiet", action="store_true")
    g.add_argument("--loud", action="store_true")
    return p


parser = build_parser()
for argv in [
    ["add", "buy", "milk", "-p", "2", "--tag", "home", "--tag", "shop"],
    ["-vv", "--db=x.json", "list", "--all"],
    ["list", "--sort", "title"],
    ["done", "1", "2", "3", "--quiet"],
    ["done"],
]:
    ns = parser.parse_args(argv)
    print(sorted(vars(ns).items()))

for bad in [["add", "x", "-p", "9"], ["list", "--sort", "date"], [], ["done", "--quiet", "--loud"],
            ["add"], ["done", "abc"], ["--bogus", "list"]]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            parser.parse_args(bad)
        except SystemExit as e:
            print("exit", e.code, "|", err.getvalue().strip().splitlines()[-1])

out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        parser.parse_args(["add", "--help"])
    except SystemExit as e:
        code = e.code
print("help exit", code)
print(out.getvalue())

p2 = argparse.ArgumentParser(prog="calc")
p2.add_argument("nums", type=float, nargs=2)
p2.add_argument("--op", default="add", choices=["add", "mul"])
p2.add_argument("--round", dest="ndigits", type=int)
ns, rest = p2.parse_known_args(["1.5", "2", "--op", "mul", "--extra", "7"])
print(ns, rest)
print(ns.nums[0] * ns.nums[1] if ns.op == "mul" else sum(ns.nums))
p2.set_defaults(mode="fast")
print(p2.parse_args(["1", "2"]).mode)
print(p2.format_usage().strip())
