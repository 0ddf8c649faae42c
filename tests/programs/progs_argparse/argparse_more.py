import sys
sys.stderr = sys.stdout
import argparse

def run(parser, args):
    try:
        print(parser.parse_args(args))
    except SystemExit as e:
        print("exit", e.code)

# formatter classes and %(prog)s in texts
p = argparse.ArgumentParser(prog="fmt", description="Line one.\n  Indented line two.",
                            formatter_class=argparse.RawDescriptionHelpFormatter,
                            epilog="Example: %(prog)s -x 1")
p.add_argument("-x", type=int, default=5, help="an x value")
p.print_help()
p = argparse.ArgumentParser(prog="defs", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument("--size", type=int, default=10, help="the size")
p.add_argument("--name", help="the name")
p.add_argument("files", nargs="*", help="files")
p.print_help()
p = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawTextHelpFormatter)
p.add_argument("--opt", help="first line\n  second line indented")
p.print_help()

# nargs variants and types
p = argparse.ArgumentParser(prog="n")
p.add_argument("first")
p.add_argument("middle", nargs=2, type=int)
p.add_argument("last", nargs="*")
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--many", nargs="+")
p.add_argument("--ext", action="extend", nargs="+", type=int)
p.add_argument("--ac", action="append_const", const="k", dest="consts")
run(p, ["a", "1", "2"])
run(p, ["a", "1", "2", "x", "y", "--opt"])
run(p, ["a", "1", "2", "--opt", "v", "--many", "m1", "m2", "--ext", "1", "2", "--ext", "3", "--ac", "--ac"])
run(p, ["a", "1"])
run(p, ["a", "1", "x"])
run(p, ["a", "1", "2", "--many"])
run(p, ["--", "-a", "1", "2"])
print(p.format_usage(), end="")

# custom type with ArgumentTypeError, choices with ints
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError("%r is not even" % s)
    return v

p = argparse.ArgumentParser(prog="t")
p.add_argument("--even", type=even)
p.add_argument("--level", type=int, choices=range(1, 4))
p.add_argument("--dest-name", dest="other", metavar="X")
run(p, ["--even", "4", "--level", "2", "--dest-name", "q"])
run(p, ["--even", "3"])
run(p, ["--level", "7"])
p.set_defaults(extra=1, level=2)
run(p, [])
print(p.get_default("level"), p.get_default("extra"))

# errors in definitions
try:
    p.add_argument("--even")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
try:
    p.add_argument("pos", required=True)
except TypeError as e:
    print("TypeError:", e)
try:
    p.add_argument("--bad", action="nope")
except ValueError as e:
    print("ValueError:", e)

# exit_on_error=False
p = argparse.ArgumentParser(prog="noexit", exit_on_error=False)
p.add_argument("--n", type=int)
try:
    p.parse_args(["--n", "z"])
except argparse.ArgumentError as e:
    print("caught:", e)

# parents and conflict_handler
base = argparse.ArgumentParser(add_help=False)
base.add_argument("--shared", default="s")
child = argparse.ArgumentParser(prog="child", parents=[base])
child.add_argument("--own")
run(child, ["--shared", "v", "--own", "o"])
child.print_help()
r = argparse.ArgumentParser(prog="res", conflict_handler="resolve")
r.add_argument("-f", "--foo", help="old")
r.add_argument("--foo", help="new")
r.print_help()

# sub-commands with titles, aliases and required
p = argparse.ArgumentParser(prog="app")
subs = p.add_subparsers(title="commands", description="valid commands", dest="command", required=True)
s1 = subs.add_parser("run", aliases=["r"], help="run it")
s1.add_argument("target")
s2 = subs.add_parser("stop", help="stop it")
p.print_help()
run(p, ["r", "t1"])
run(p, [])
run(p, ["stop", "extra"])
print(argparse.Namespace(x=1) == argparse.Namespace(x=2), repr(argparse.Namespace(**{"a-b": 1, "c": 2})))
p = argparse.ArgumentParser(prog="neg")
p.add_argument("x", type=int)
p.add_argument("-1", dest="one", action="store_true")
run(p, ["5", "-1"])
