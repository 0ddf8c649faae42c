"""Ranked-choice election counting with Fractions, Counter, sorted ties, a results table,
and a Borda count comparison; deterministic tie-breaks by name."""
from collections import Counter
from fractions import Fraction
from dataclasses import dataclass, field
from typing import List, Tuple
import string

BALLOTS = [
    ("ABCD", 5), ("BACD", 4), ("CBAD", 3), ("DCBA", 2), ("CABD", 2), ("BCAD", 1), ("DABC", 1),
]


@dataclass
class Round:
    number: int
    tallies: List[Tuple[str, int]]
    eliminated: str = ""
    winner: str = ""
    notes: list = field(default_factory=list)


def expand(ballots):
    for prefs, count in ballots:
        for _ in range(count):
            yield list(prefs)


def irv(ballots):
    ballots = list(expand(ballots))
    remaining = sorted({c for b in ballots for c in b})
    rounds = []
    n = 0
    while True:
        n += 1
        tally = Counter({c: 0 for c in remaining})
        exhausted = 0
        for b in ballots:
            top = next((c for c in b if c in remaining), None)
            if top is None:
                exhausted += 1
            else:
                tally[top] += 1
        total = sum(tally.values())
        ordered = sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))
        r = Round(n, ordered)
        leader, votes = ordered[0]
        if Fraction(votes, total) > Fraction(1, 2):
            r.winner = leader
            r.notes.append(f"{leader} has {Fraction(votes, total)} of {total} votes")
            rounds.append(r)
            return rounds
        low = min(tally.values())
        losers = sorted(c for c, v in tally.items() if v == low)
        r.eliminated = losers[-1]
        if len(losers) > 1:
            r.notes.append(f"tie between {', '.join(losers)}: dropping {r.eliminated}")
        remaining.remove(r.eliminated)
        rounds.append(r)


def borda(ballots):
    scores = Counter()
    for prefs, count in ballots:
        n = len(prefs)
        for rank, c in enumerate(prefs):
            scores[c] += (n - 1 - rank) * count
    return scores


for r in irv(BALLOTS):
    total = sum(v for _, v in r.tallies)
    cells = "  ".join(f"{c}:{v:>2} ({v / total:5.1%})" for c, v in r.tallies)
    tail = f"-> out: {r.eliminated}" if r.eliminated else f"=> WINNER {r.winner}"
    print(f"Round {r.number}: {cells} {tail}")
    for note in r.notes:
        print("   note:", note)
b = borda(BALLOTS)
print("Borda:", b.most_common(), "winner:", max(sorted(b), key=b.get))
first_prefs = Counter()
for prefs, count in BALLOTS:
    first_prefs[prefs[0]] += count
print("plurality:", sorted(first_prefs.items(), key=lambda kv: (-kv[1], kv[0])))
pairwise = {}
cands = sorted(set("".join(p for p, _ in BALLOTS)))
for x in cands:
    for y in cands:
        if x < y:
            xy = sum(cnt for p, cnt in BALLOTS if p.index(x) < p.index(y))
            yx = sum(cnt for p, cnt in BALLOTS if p.index(y) < p.index(x))
            pairwise[(x, y)] = (xy, yx)
print({f"{x}v{y}": f"{a}-{b_}" for (x, y), (a, b_) in pairwise.items()})
condorcet = [c for c in cands if all((pairwise[(min(c, o), max(c, o))][0] > pairwise[(min(c, o), max(c, o))][1]) == (c < o)
                                     for o in cands if o != c)]
print("condorcet winner:", condorcet or None)
tie = irv([("AB", 2), ("BA", 2), ("CAB", 1), ("DBA", 1)])
print([(r.number, r.eliminated or r.winner, r.notes) for r in tie])
print(Fraction(7, 18) + Fraction(1, 6), sum(Fraction(1, n) for n in range(1, 7)), string.ascii_uppercase.index("D"))
