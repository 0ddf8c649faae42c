"""A small library loan system: dataclasses, enums, dates, JSON with a custom encoder."""
from __future__ import annotations

import json
from dataclasses import dataclass, field, asdict
from datetime import date, timedelta
from enum import Enum, auto
from functools import total_ordering
from typing import Optional


class LibraryError(Exception):
    """Base error for the library."""


class NotAvailable(LibraryError):
    def __init__(self, title: str, due: date):
        super().__init__(f"{title!r} is on loan until {due:%d %b %Y}")
        self.title = title
        self.due = due


class UnknownMember(LibraryError, KeyError):
    pass


class Genre(Enum):
    FICTION = auto()
    SCIENCE = auto()
    HISTORY = auto()

    def __str__(self) -> str:
        return self.name.title()


@total_ordering
@dataclass
class Book:
    isbn: str
    title: str
    author: str
    genre: Genre
    year: int
    tags: list[str] = field(default_factory=list)
    loaned_to: Optional[str] = field(default=None, compare=False)
    due: Optional[date] = field(default=None, compare=False, repr=False)

    def __lt__(self, other: Book) -> bool:
        return (self.author, self.year) < (other.author, other.year)

    @property
    def available(self) -> bool:
        return self.loaned_to is None


class LibraryEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, Enum):
            return {"__enum__": f"{type(o).__name__}.{o.name}"}
        return super().default(o)


def decode_hook(d: dict):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    if "__enum__" in d:
        cls, _, name = d["__enum__"].partition(".")
        return Genre[name]
    return d


class Library:
    LOAN_DAYS = 21

    def __init__(self):
        self.books: dict[str, Book] = {}
        self.members: set[str] = set()

    def add(self, *books: Book) -> None:
        for b in books:
            self.books[b.isbn] = b

    def lend(self, isbn: str, member: str, today: date) -> date:
        if member not in self.members:
            raise UnknownMember(member)
        book = self.books[isbn]
        if not book.available:
            raise NotAvailable(book.title, book.due)
        book.loaned_to = member
        book.due = today + timedelta(days=self.LOAN_DAYS)
        return book.due

    def overdue(self, today: date):
        for b in sorted(self.books.values()):
            if b.due and b.due < today:
                yield b, (today - b.due).days


lib = Library()
lib.members.update({"ann", "bob"})
lib.add(
    Book("111", "Dune", "Herbert", Genre.FICTION, 1965, ["classic", "space"]),
    Book("222", "Cosmos", "Sagan", Genre.SCIENCE, 1980),
    Book("333", "SPQR", "Beard", Genre.HISTORY, 2015, ["rome"]),
    Book("444", "Contact", "Sagan", Genre.FICTION, 1985),
)
start = date(2024, 2, 20)
print("due:", lib.lend("111", "ann", start))
print("due:", lib.lend("222", "bob", start + timedelta(days=3)).strftime("%A %d/%m/%Y"))
for attempt in [("111", "bob"), ("333", "zed")]:
    try:
        lib.lend(*attempt, today=start)
    except NotAvailable as e:
        print("NotAvailable:", e, "| due", e.due.isoformat())
    except LibraryError as e:
        print(type(e).__name__, e, isinstance(e, KeyError))

today = date(2024, 3, 20)
for book, days in lib.overdue(today):
    print(f"{book.title:<10} {book.loaned_to:>5} overdue {days:3d} day{'s' if days != 1 else ''}")

print([b.title for b in sorted(lib.books.values())])
print(max(lib.books.values()).title, min(lib.books.values()) <= lib.books["444"])
print(lib.books["222"])
print(str(Genre.SCIENCE), repr(Genre.SCIENCE), Genre.HISTORY.value)

blob = json.dumps([asdict(b) for b in lib.books.values()], cls=LibraryEncoder, indent=1, sort_keys=True)
print(blob.splitlines()[:8])
back = json.loads(blob, object_hook=decode_hook)
restored = [Book(**d) for d in back]
print(restored[0] == lib.books["111"], restored[0].due, type(restored[0].genre).__name__)
try:
    json.dumps({"x": {1, 2}}, cls=LibraryEncoder)
except TypeError as e:
    print("TypeError:", e)
