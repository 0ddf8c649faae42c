"""A tiny text adventure driven by a scripted list of commands."""
from enum import Enum, auto


class State(Enum):
    HALL = auto()
    KITCHEN = auto()
    CELLAR = auto()
    GARDEN = auto()
    WON = auto()
    DEAD = auto()


ROOMS = {
    State.HALL: ("A dusty hall.", {"north": State.KITCHEN, "east": State.GARDEN}),
    State.KITCHEN: ("A kitchen smelling of bread.", {"south": State.HALL, "down": State.CELLAR}),
    State.CELLAR: ("A dark cellar.", {"up": State.KITCHEN}),
    State.GARDEN: ("An overgrown garden with a locked gate.", {"west": State.HALL}),
}


class Game:
    def __init__(self):
        self.state = State.HALL
        self.inventory = []
        self.items = {State.KITCHEN: ["lamp"], State.CELLAR: ["key"], State.HALL: [], State.GARDEN: []}
        self.moves = 0

    def describe(self):
        desc, exits = ROOMS[self.state]
        items = self.items[self.state]
        extra = f" You see: {', '.join(items)}." if items else ""
        return f"{desc}{extra} Exits: {', '.join(sorted(exits))}."

    def handle(self, line):
        self.moves += 1
        verb, _, obj = line.strip().lower().partition(" ")
        match verb, obj:
            case ("go" | "walk"), direction if direction:
                exits = ROOMS[self.state][1]
                if direction not in exits:
                    return "You can't go that way."
                target = exits[direction]
                if target is State.CELLAR and "lamp" not in self.inventory:
                    self.state = State.DEAD
                    return "You fall down the stairs in the dark."
                self.state = target
                return self.describe()
            case "take", item:
                if item in self.items[self.state]:
                    self.items[self.state].remove(item)
                    self.inventory.append(item)
                    return f"Taken: {item}."
                return f"There is no {item} here."
            case "inventory", "":
                return "You carry: " + (", ".join(self.inventory) or "nothing")
            case "unlock", "gate":
                if self.state is State.GARDEN and "key" in self.inventory:
                    self.state = State.WON
                    return "The gate creaks open. Freedom!"
                return "Nothing happens."
            case "look", "":
                return self.describe()
            case _:
                return f"I don't understand {line!r}."


def play(script):
    g = Game()
    print(g.describe())
    for cmd in script:
        print(f"> {cmd}")
        print(g.handle(cmd))
        if g.state in (State.WON, State.DEAD):
            print(f"Game over: {g.state.name} after {g.moves} moves")
            return g
    print(f"Still playing in {g.state.name}")
    return g


play(["look", "go north", "take lamp", "take bread", "go down", "take key",
      "inventory", "go up", "go south", "go west", "go east", "unlock gate"])
print()
play(["go north", "go down"])
print()
play(["dance", "go nowhere", "inventory"])
print(list(State)[:3], State(3), State["GARDEN"].value)
