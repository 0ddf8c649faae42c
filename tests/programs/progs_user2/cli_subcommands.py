#!/usr/bin/env python3
"""A todo-list CLI with argparse subcommands, a JSON store in a temp dir, dates, and
sys.exit codes; main() is driven by several argv lists as a user would type them."""
import argparse
import json
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

PRIORITIES = ("low", "normal", "high")


class Store:
    def __init__(self, path: Path):
        self.path = path
        self.items = json.loads(path.read_text()) if path.exists() else []

    def save(self):
        self.path.write_text(json.dumps(self.items, indent=1))

    def next_id(self):
        return max((i["id"] for i in self.items), default=0) + 1


def parse_due(text):
    if text == "today":
        return date(2024, 6, 1)
    if text.startswith("+"):
        return date(2024, 6, 1) + timedelta(days=int(text[1:]))
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r}")


def build_parser():
    p = argparse.ArgumentParser(prog="todo", description="Keep track of things to do.")
    p.add_argument("--db", required=True, type=Path)
    sub = p.add_subparsers(dest="cmd", required=True, metavar="COMMAND")
    add = sub.add_parser("add", help="add a task")
    add.add_argument("title", nargs="+")
    add.add_argument("-p", "--priority", choices=PRIORITIES, default="normal")
    add.add_argument("--due", type=parse_due)
    ls = sub.add_parser("list", aliases=["ls"], help="list tasks")
    ls.add_argument("--all", action="store_true")
    ls.add_argument("--sort", choices=["id", "due", "priority"], default="id")
    done = sub.add_parser("done", help="mark done")
    done.add_argument("ids", type=int, nargs="+")
    sub.add_parser("stats")
    return p


def cmd_add(store, args):
    item = {"id": store.next_id(), "title": " ".join(args.title), "priority": args.priority,
            "due": args.due.isoformat() if args.due else None, "done": False}
    store.items.append(item)
    print(f"added #{item['id']}: {item['title']}")


def cmd_list(store, args):
    keyfuncs = {"id": lambda i: i["id"], "due": lambda i: (i["due"] is None, i["due"] or ""),
                "priority": lambda i: -PRIORITIES.index(i["priority"])}
    rows = [i for i in store.items if args.all or not i["done"]]
    for i in sorted(rows, key=keyfuncs[args.sort]):
        mark = "x" if i["done"] else " "
        print(f"[{mark}] {i['id']:>3} {i['priority']:<6} {i['due'] or '-':<10} {i['title']}")


def cmd_done(store, args):
    known = {i["id"]: i for i in store.items}
    missing = [n for n in args.ids if n not in known]
    if missing:
        print(f"todo: no such task: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    for n in args.ids:
        known[n]["done"] = True
    print(f"completed {len(args.ids)} task(s)")


def cmd_stats(store, args):
    total = len(store.items)
    done = sum(i["done"] for i in store.items)
    print(f"{done}/{total} done ({done / total:.0%})" if total else "no tasks")


def main(argv):
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return e.code
    store = Store(args.db)
    handler = {"add": cmd_add, "list": cmd_list, "ls": cmd_list, "done": cmd_done, "stats": cmd_stats}[args.cmd]
    rc = handler(store, args) or 0
    store.save()
    return rc


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "todo.json")
        sessions = [
            ["add", "buy", "milk", "--due", "today"],
            ["add", "write report", "-p", "high", "--due", "+3"],
            ["add", "call mum", "--priority=low"],
            ["add", "fix bike", "--due", "2024-05-30"],
            ["ls"],
            ["done", "2", "4"],
            ["done", "9"],
            ["list", "--all", "--sort", "due"],
            ["list", "--sort", "priority"],
            ["stats"],
            ["add", "x", "--due", "someday"],
            ["add", "y", "-p", "urgent"],
            ["frobnicate"],
        ]
        codes = []
        for argv in sessions:
            print("$ todo", " ".join(argv))
            sys.stdout.flush()
            codes.append(main(["--db", db] + argv))
        print("exit codes:", codes)
        print(build_parser().format_help())
    sys.exit(max(c or 0 for c in codes))
