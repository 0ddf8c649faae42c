ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "walls of books", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "smells of bread", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "dark and damp", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}
class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
    def do(self, line):
        words = line.split()
        if not words:
            return "say something"
        verb, *rest = words
        arg = rest[0] if rest else None
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}"
        self.moves += 1
        return handler(arg)
    def cmd_look(self, _):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        exits = ", ".join(sorted(r["exits"]))
        return f"You are in {r['desc']}. You see {items}. Exits: {exits}."
    def cmd_go(self, direction):
        r = ROOMS[self.room]
        if direction not in r["exits"]:
            return "You can't go that way."
        target = r["exits"][direction]
        if ROOMS[target].get("locked"):
            if "key" not in self.inventory:
                return "The door is locked."
            ROOMS[target]["locked"] = False
        self.room = target
        return self.cmd_look(None)
    def cmd_take(self, item):
        r = ROOMS[self.room]
        if item in r["items"]:
            r["items"].remove(item)
            self.inventory.append(item)
            return f"Taken: {item}."
        return f"There is no {item} here."
    def cmd_inv(self, _):
        return "You carry: " + (", ".join(self.inventory) or "nothing")
g = Game()
script = ["look", "take lamp", "go east", "go down", "go west", "go north", "take key", "take sword",
          "dance", "go south", "go east", "go down", "take treasure", "inv", "", "go up", "look"]
for cmd in script:
    print(f"> {cmd}")
    print(g.do(cmd))
print("moves:", g.moves, "room:", g.room, "score:", 10 * len(g.inventory))
