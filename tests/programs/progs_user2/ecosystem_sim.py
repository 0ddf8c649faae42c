"""Predator/prey grid simulation with a seeded RNG, __slots__ agents and a deque event log."""
import random
from collections import deque, Counter
from enum import Enum
from dataclasses import dataclass, field
import itertools


class Kind(Enum):
    RABBIT = "r"
    FOX = "F"


_ids = itertools.count(1)


class Agent:
    __slots__ = ("id", "kind", "x", "y", "energy", "age")

    def __init__(self, kind, x, y, energy):
        self.id = next(_ids)
        self.kind = kind
        self.x, self.y = x, y
        self.energy = energy
        self.age = 0

    def __repr__(self):
        return f"<{self.kind.name.lower()}#{self.id} at ({self.x},{self.y}) e={self.energy}>"


@dataclass
class World:
    w: int
    h: int
    rng: random.Random
    agents: list = field(default_factory=list)
    log: deque = field(default_factory=lambda: deque(maxlen=6))
    tick: int = 0

    def spawn(self, kind, n, energy):
        for _ in range(n):
            self.agents.append(Agent(kind, self.rng.randrange(self.w), self.rng.randrange(self.h), energy))

    def neighbours(self, a):
        dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)]
        self.rng.shuffle(dirs)
        return [((a.x + dx) % self.w, (a.y + dy) % self.h) for dx, dy in dirs]

    def step(self):
        self.tick += 1
        by_pos = {}
        for a in self.agents:
            by_pos.setdefault((a.x, a.y), []).append(a)
        born, dead = [], set()
        for a in self.agents:
            if a.id in dead:
                continue
            a.age += 1
            a.x, a.y = self.neighbours(a)[0]
            if a.kind is Kind.FOX:
                a.energy -= 1
                prey = [b for b in by_pos.get((a.x, a.y), []) if b.kind is Kind.RABBIT and b.id not in dead]
                if prey:
                    victim = self.rng.choice(prey)
                    dead.add(victim.id)
                    a.energy += 4
                    self.log.append(f"t{self.tick}: fox#{a.id} ate rabbit#{victim.id}")
                if a.energy <= 0:
                    dead.add(a.id)
                    self.log.append(f"t{self.tick}: fox#{a.id} starved")
            elif self.rng.random() < 0.2:
                born.append(Agent(Kind.RABBIT, a.x, a.y, 0))
            if a.energy > 8 and a.kind is Kind.FOX:
                a.energy //= 2
                born.append(Agent(Kind.FOX, a.x, a.y, a.energy))
        self.agents = [a for a in self.agents if a.id not in dead] + born

    def census(self):
        c = Counter(a.kind for a in self.agents)
        return c[Kind.RABBIT], c[Kind.FOX]

    def render(self):
        grid = [["." for _ in range(self.w)] for _ in range(self.h)]
        for a in sorted(self.agents, key=lambda a: a.kind.value):
            grid[a.y][a.x] = a.kind.value
        return "\n".join("".join(r) for r in grid)


world = World(12, 6, random.Random(42))
world.spawn(Kind.RABBIT, 15, 0)
world.spawn(Kind.FOX, 3, 5)
print(world.render())
history = []
for _ in range(15):
    world.step()
    history.append(world.census())
print(history)
print(world.render())
print("\n".join(world.log))
print(world.agents[:3])
rabbits, foxes = zip(*history)
print("peak rabbits", max(rabbits), "at tick", rabbits.index(max(rabbits)) + 1)
print("oldest", max(world.agents, key=lambda a: (a.age, -a.id)))
r = random.Random(1)
print([r.randint(1, 6) for _ in range(10)], r.choice("abcdef"), r.sample(range(100), 5))
print(r.choices(["a", "b", "c"], weights=[5, 1, 1], k=8), round(r.uniform(1, 2), 10))
print(round(r.gauss(0, 1), 10), round(r.normalvariate(5, 2), 10), round(r.expovariate(2), 10))
print(round(r.triangular(0, 10, 3), 10), round(r.betavariate(2, 3), 10), r.getrandbits(40))
deck = list(range(10))
r.shuffle(deck)
print(deck, r.randrange(0, 100, 7), round(r.random(), 12))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)])
random.seed("seed-string")
print(random.randint(0, 10**9), random.random())
random.seed(b"bytes")
print(random.randint(0, 10**9))
