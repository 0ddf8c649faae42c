# An uncaught usage error: usage and message on stderr, exit code 2.
import argparse
p = argparse.ArgumentParser(prog="prog")
p.add_argument("count", type=int)
p.add_argument("--name", required=True)
print(p.parse_args(["3", "--name", "x"]))
p.parse_args(["3"])
print("not reached")
