from __future__ import annotations


class Node:
    value: int
    next: Node | None = None
    children: list[Node]

    def link(self, other: Node, weight: dict[str, int] = None) -> Node:
        self.next = other
        return self


print(Node.__annotations__)
print(Node.link.__annotations__)


def f(a: UndefinedName, b: "quoted") -> Tuple[int, ...]:
    pass


print(f.__annotations__)
v: Some.Dotted.Name[1, "two"]
print(__annotations__)
