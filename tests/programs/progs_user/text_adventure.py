"""Text adventure state machine driven by a scripted command list."""
from enum import Enum


class State(Enum):
    HALL = "hall"
    KITCHEN = "kitchen"
    CELLAR = "cellar"
    GARDEN = "garden"
    WON = "won"


ROOMS = {
    State.HALL: {"desc": "A dusty hall.", "exits": {"north": State.KITCHEN, "east": State.GARDEN}},
    State.KITCHEN: {"desc": "Smells of bread.", "exits": {"south": State.HALL, "down": State.CELLAR}},
    State.CELLAR: {"desc": "Dark and damp.", "exits": {"up": State.KITCHEN}, "dark": True},
    State.GARDEN: {"desc": "Flowers everywhere.", "exits": {"west": State.HALL}},
}
ITEMS = {State.KITCHEN: ["lamp"], State.GARDEN: ["key"], State.CELLAR: ["chest"]}


class Game:
    def __init__(self):
        self.state = State.HALL
        self.inventory = set()
        self.moves = 0
        self.handlers = {
            "go": self.go, "take": self.take, "look": self.look,
            "inv": self.inv, "open": self.open,
        }

    def run(self, commands):
        for raw in commands:
            if self.state is State.WON:
                break
            verb, *args = raw.split()
            handler = self.handlers.get(verb)
            print(f"> {raw}")
            if handler is None:
                print(f"  I don't know how to {verb!r}.")
                continue
            try:
                handler(*args)
            except TypeError as e:
                print("  huh?", type(e).__name__)
            self.moves += 1

    def go(self, direction):
        room = ROOMS[self.state]
        if direction not in room["exits"]:
            print("  You can't go that way.")
            return
        self.state = room["exits"][direction]
        self.look()

    def look(self):
        room = ROOMS[self.state]
        if room.get("dark") and "lamp" not in self.inventory:
            print("  It is pitch black.")
            return
        items = ITEMS.get(self.state, [])
        print(f"  {room['desc']} Exits: {', '.join(sorted(room['exits']))}."
              + (f" You see: {', '.join(items)}." if items else ""))

    def take(self, item):
        items = ITEMS.get(self.state, [])
        if item in items and item != "chest":
            items.remove(item)
            self.inventory.add(item)
            print(f"  Taken {item}.")
        else:
            print(f"  No {item} to take.")

    def inv(self):
        print("  You carry:", sorted(self.inventory) or "nothing")

    def open(self, what):
        if what == "chest" and self.state is State.CELLAR:
            if "key" in self.inventory:
                print("  The chest opens. Treasure! You win.")
                self.state = State.WON
            else:
                print("  It's locked.")
        else:
            print("  Nothing to open.")


g = Game()
g.run([
    "look", "go north", "go down", "go up", "take lamp", "dance", "go down",
    "open chest", "go up", "go south", "go east", "take key", "take key", "inv",
    "go", "go west", "go north", "go down", "open chest", "look",
])
print("moves:", g.moves, "final:", g.state, g.state.value)
