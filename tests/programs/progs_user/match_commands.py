"""Structural pattern matching in a command processor."""
from dataclasses import dataclass
from enum import Enum


class Dir(Enum):
    N = "north"
    S = "south"


@dataclass
class Move:
    dx: int
    dy: int


@dataclass
class Say:
    text: str
    loud: bool = False


@dataclass
class Quit:
    pass


def parse(cmd: str):
    match cmd.split():
        case []:
            return None
        case ["go", ("north" | "south") as d]:
            return Move(0, 1 if d == "north" else -1)
        case ["go", d]:
            return f"unknown direction {d}"
        case ["move", x, y] if x.lstrip("-").isdigit() and y.lstrip("-").isdigit():
            return Move(int(x), int(y))
        case ["say", *words] if words:
            return Say(" ".join(words))
        case ["shout", first, *rest]:
            return Say(" ".join([first, *rest]).upper(), loud=True)
        case ["quit" | "exit"]:
            return Quit()
        case [verb, *_]:
            return f"unknown verb {verb!r}"


def run(action, pos):
    match action:
        case Move(dx=0, dy=0):
            print("  stay")
        case Move(dx, dy) if abs(dx) + abs(dy) > 5:
            print(f"  too far: {dx},{dy}")
        case Move(dx=dx, dy=dy):
            pos = (pos[0] + dx, pos[1] + dy)
            print("  now at", pos)
        case Say(text, loud=True):
            print("  !!", text)
        case Say(text=t):
            print("  says", t)
        case Quit():
            print("  bye")
        case str() as msg:
            print("  error:", msg)
        case None:
            print("  (nothing)")
    return pos


pos = (0, 0)
for c in ["go north", "move 2 3", "move 9 9", "move 0 0", "say hi there", "say", "shout go away",
          "go west", "", "dance wildly", "exit"]:
    print(repr(c))
    pos = run(parse(c), pos)


def describe(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return "negative int"
        case int() | float() as n:
            return f"number {n}"
        case {"type": "point", "x": x, "y": y, **rest}:
            return f"point {x},{y} extra={rest}"
        case {"type": t}:
            return f"typed {t}"
        case [1, 2, *others]:
            return f"starts 1,2 then {others}"
        case (a, b):
            return f"pair {a} {b}"
        case Dir.N:
            return "enum north"
        case str(s) if len(s) > 3:
            return "long string"
        case _:
            return "other"


for v in [True, -3, 2.5, 7, {"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle"},
          [1, 2, 3, 4], (5, 6), [7, 8], Dir.N, Dir.S, "hello", "hi", {"x": 1}]:
    print(repr(v), "->", describe(v))
