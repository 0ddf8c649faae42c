"""A small text adventure driven by commands from stdin (falls back to a scripted walk
when stdin is empty), with rooms as dataclasses, a command parser and match statements."""
import sys
import shlex
from dataclasses import dataclass, field
from typing import Dict, List, Optional


@dataclass
class Item:
    name: str
    weight: int
    description: str = ""


@dataclass
class Room:
    key: str
    title: str
    text: str
    exits: Dict[str, str] = field(default_factory=dict)
    items: List[Item] = field(default_factory=list)
    locked: Optional[str] = None

    def describe(self):
        lines = [f"== {self.title} ==", self.text]
        if self.items:
            lines.append("You see: " + ", ".join(i.name for i in self.items))
        lines.append("Exits: " + (", ".join(sorted(self.exits)) or "none"))
        return "\n".join(lines)


class GameOver(Exception):
    pass


class Game:
    MAX_WEIGHT = 10

    def __init__(self):
        self.rooms = {r.key: r for r in [
            Room("hall", "Great Hall", "Dusty banners hang from the ceiling.",
                 {"north": "library", "east": "kitchen"}, [Item("torch", 2, "It flickers.")]),
            Room("library", "Library", "Shelves of mouldering books.",
                 {"south": "hall", "up": "tower"}, [Item("book", 3), Item("key", 1, "Small, brass.")]),
            Room("kitchen", "Kitchen", "Smells of old stew.", {"west": "hall"},
                 [Item("anvil", 9), Item("bread", 1)]),
            Room("tower", "Tower Top", "Wind howls. You can see the sea.", {"down": "library"},
                 locked="key"),
        ]}
        self.here = self.rooms["hall"]
        self.bag: List[Item] = []
        self.moves = 0

    @property
    def load(self):
        return sum(i.weight for i in self.bag)

    def find(self, items, name):
        return next((i for i in items if i.name == name), None)

    def do(self, line):
        try:
            words = shlex.split(line.lower())
        except ValueError as e:
            return f"I don't understand ({e})."
        self.moves += 1
        match words:
            case []:
                return "Say something."
            case ["look" | "l"]:
                return self.here.describe()
            case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
                dest_key = self.here.exits.get(direction)
                if dest_key is None:
                    return f"You can't go {direction}."
                dest = self.rooms[dest_key]
                if dest.locked and not self.find(self.bag, dest.locked):
                    return f"The way {direction} is locked."
                self.here = dest
                if dest.key == "tower":
                    raise GameOver(f"You reach the tower top in {self.moves} moves!")
                return dest.describe()
            case ["take", name]:
                item = self.find(self.here.items, name)
                if not item:
                    return f"There is no {name} here."
                if self.load + item.weight > self.MAX_WEIGHT:
                    return f"The {name} is too heavy ({self.load}+{item.weight} > {self.MAX_WEIGHT})."
                self.here.items.remove(item)
                self.bag.append(item)
                return f"Taken: {name}."
            case ["drop", name]:
                item = self.find(self.bag, name)
                if not item:
                    return f"You don't have a {name}."
                self.bag.remove(item)
                self.here.items.append(item)
                return f"Dropped {name}."
            case ["examine" | "x", name]:
                item = self.find(self.bag + self.here.items, name)
                return item.description or f"Just a {name}." if item else f"No {name} to examine."
            case ["inventory" | "i"]:
                if not self.bag:
                    return "You carry nothing."
                return "You carry: " + ", ".join(f"{i.name} ({i.weight})" for i in self.bag) + f" [load {self.load}]"
            case ["quit"]:
                raise GameOver("Bye.")
            case [verb, *rest]:
                return f"I don't know how to {verb!r}{' ' + ' '.join(rest) if rest else ''}."


SCRIPT = """look
take torch
east
take anvil
take bread
examine bread
drop torch
take anvil
i
west
north
up
take key
x key
say "hello there
dance wildly now
north
up
"""

if __name__ == "__main__":
    lines = sys.stdin.read().splitlines() or SCRIPT.splitlines()
    game = Game()
    for line in lines:
        print(f"> {line}")
        try:
            print(game.do(line))
        except GameOver as end:
            print(end)
            break
    else:
        print("You ran out of commands.")
    print(f"moves={game.moves} room={game.here.key} bag={[i.name for i in game.bag]}")
