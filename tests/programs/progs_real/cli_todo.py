"""A todo-list CLI with subcommands persisted to a JSON file in a temp dir."""
import argparse
import json
import os
import sys
import tempfile
from datetime import date


def load(path):
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return json.load(f)


def save(path, todos):
    with open(path, "w") as f:
        json.dump(todos, f, indent=1)


def make_parser():
    p = argparse.ArgumentParser(prog="todo")
    p.add_argument("--db", required=True)
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add", help="add an item")
    a.add_argument("text", nargs="+")
    a.add_argument("-p", "--priority", type=int, choices=range(1, 4), default=2)
    a.add_argument("--due", type=date.fromisoformat)
    d = sub.add_parser("done", help="mark done")
    d.add_argument("ids", type=int, nargs="*")
    ls = sub.add_parser("list")
    ls.add_argument("--all", action="store_true")
    grp = ls.add_mutually_exclusive_group()
    grp.add_argument("--by-priority", action="store_true")
    grp.add_argument("--by-due", action="store_true")
    return p


def run(argv):
    args = make_parser().parse_args(argv)
    todos = load(args.db)
    if args.cmd == "add":
        item = {"id": max((t["id"] for t in todos), default=0) + 1, "text": " ".join(args.text),
                "priority": args.priority, "due": args.due.isoformat() if args.due else None, "done": False}
        todos.append(item)
        print(f"added #{item['id']}: {item['text']}")
    elif args.cmd == "done":
        for i in args.ids:
            for t in todos:
                if t["id"] == i:
                    t["done"] = True
                    print(f"done #{i}")
                    break
            else:
                print(f"no such id {i}", file=sys.stdout)
    elif args.cmd == "list":
        items = [t for t in todos if args.all or not t["done"]]
        if args.by_priority:
            items.sort(key=lambda t: (t["priority"], t["id"]))
        elif args.by_due:
            items.sort(key=lambda t: (t["due"] is None, t["due"] or ""))
        for t in items:
            mark = "x" if t["done"] else " "
            print(f"[{mark}] {t['id']:>2} p{t['priority']} {t['due'] or '-':<10} {t['text']}")
    save(args.db, todos)


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "todo.json")
    for argv in (["add", "buy", "milk"], ["add", "-p", "1", "--due", "2024-05-01", "file", "taxes"],
                 ["add", "--priority=3", "call", "mom", "--due", "2024-04-01"], ["list"],
                 ["list", "--by-priority"], ["done", "1", "7"], ["list", "--all", "--by-due"]):
        print("$ todo", " ".join(argv))
        run(["--db", db] + argv)
    with open(db) as f:
        print(f.read())
    for bad in (["add", "x", "-p", "9"], ["list", "--by-due", "--by-priority"], [], ["add", "x", "--due", "nope"]):
        try:
            run(["--db", db] + bad)
        except SystemExit as e:
            print("exit", e.code)
