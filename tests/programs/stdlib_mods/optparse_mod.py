import io, sys
import optparse
from optparse import OptionParser, OptionGroup, Option, make_option, Values, SUPPRESS_HELP, TitledHelpFormatter

def cb(option, opt, value, parser, tag="t"):
    print("callback", opt, value, tag, parser.largs, parser.rargs)
    parser.values.seen = (opt, value)

p = OptionParser(usage="%prog [options] FILE...", version="%prog 1.0", prog="tool",
                 description="A tool that does things with files. " * 3, epilog="See the manual for more.")
p.add_option("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
             help="don't print status messages to stdout")
p.add_option("-v", action="count", dest="level", help="more output")
p.add_option("-n", "--num", type="int", default=3, help="how many [default: %default]")
p.add_option("--ratio", type="float")
p.add_option("--mode", choices=["fast", "slow"], default="fast", help="mode, one of fast/slow")
p.add_option("-I", "--include", action="append", dest="includes", default=[])
p.add_option("--point", nargs=2, type="int")
p.add_option("--const", action="store_const", const=42)
p.add_option("--tag", action="append_const", const="x", dest="tags")
p.add_option("--cb", action="callback", callback=cb, type="string", callback_kwargs={"tag": "K"})
p.add_option("--flag", action="callback", callback=cb)
p.add_option("--secret", help=SUPPRESS_HELP)
p.add_option("--a-very-long-option-name-indeed", dest="long", help="this help text is long enough that it will need to be wrapped onto more than one line of output")
g = OptionGroup(p, "Dangerous Options", "Caution: use these options at your own risk.")
g.add_option("-g", action="store_true", help="Group option.")
p.add_option_group(g)

for args in [[], ["a", "-f", "out.txt", "b"], ["-qvvv", "--num=10", "x", "--", "-f"],
             ["-fout", "-n", "0x1f", "--ratio", "2.5", "--mode", "slow"],
             ["-I", "a", "--include=b", "-Ic", "--point", "1", "2", "--const", "--tag", "--tag"],
             ["--cb", "val", "--flag", "rest"], ["--fi", "abbrev"], ["-n", "017", "-n", "0b101"], ["-g"]]:
    opts, rest = p.parse_args(args)
    print(args, "->", sorted(vars(opts).items()), rest)

p.print_help()
print(p.get_usage(), p.get_version(), p.get_prog_name())
print(p.format_option_help())

def run(parser, args):
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        o, a = parser.parse_args(args)
        print("parsed", o, a)
    except SystemExit as e:
        print("exit", e.code)
    finally:
        sys.stderr = old
    print("stderr:", repr(buf.getvalue()))

for args in [["--bogus"], ["-x"], ["-n"], ["-n", "abc"], ["--ratio", "x"], ["--mode", "medium"],
             ["--point", "1"], ["--const=3"], ["--"], ["--n"], ["--version"], ["-h"]]:
    run(p, args)

p2 = OptionParser(add_help_option=False, usage=optparse.SUPPRESS_USAGE)
p2.add_option("--alpha"); p2.add_option("--alps")
run(p2, ["--al", "x"])
run(p2, ["--alp", "x"])
p2.disable_interspersed_args()
o, a = p2.parse_args(["--alpha", "1", "pos", "--alps", "2"]); print(str(o), a)
p2.set_defaults(alpha="A", extra=5)
print(str(p2.parse_args([])[0]))

def bad(*a, **k):
    try:
        Option(*a, **k)
    except (optparse.OptionError, TypeError) as e:
        print(type(e).__name__, e)
bad()
bad("x")
bad("-xy")
bad("---x")
bad("--x", action="nope")
bad("--x", type="bogus")
bad("--x", action="store_true", type="int")
bad("--x", type="choice")
bad("--x", choices="ab")
bad("--x", type="int", choices=["a"])
bad("--x", action="store", const=1)
bad("--x", action="count", nargs=2)
bad("--x", action="callback", callback=5)
bad("--x", callback=len)
bad("--x", bogus=1, zzz=2)
print(Option("--x", type=int).type, Option("--x", type=str).type, Option("-x").dest, Option("--some-name").dest)
try:
    p.add_option("-f")
except optparse.OptionConflictError as e:
    print("conflict", e)
pr = OptionParser(conflict_handler="resolve")
pr.add_option("-f", "--foo", help="old")
pr.add_option("-f", help="new")
print(pr.format_option_help())
print(pr.has_option("-f"), pr.has_option("--foo"), pr.get_option("--foo").help)
pr.remove_option("--foo")
print(pr.has_option("--foo"))
try:
    pr.remove_option("--nope")
except ValueError as e:
    print("ValueError", e)
v = Values({"a": 1})
print(v, v == {"a": 1}, v == Values({"a": 1}), v.ensure_value("b", []), v.ensure_value("a", 5))
pt = OptionParser(formatter=TitledHelpFormatter(), prog="t", description="Desc.")
pt.add_option("-a", "--all", action="store_true", help="everything")
g2 = pt.add_option_group("More")
g2.add_option("-b", type="int", metavar="NUM", help="b value")
pt.print_help()
print(str(make_option("-z", "--zed")), repr(Option("-y")).startswith("<Option at 0x"))
p.parse_args(["--nope"])
