db = {
    "users": [
        {"name": "ann", "tags": ["admin", "dev"], "age": 31},
        {"name": "bob", "tags": [], "age": 27},
        {"name": "cy", "tags": ["dev"], "age": 45},
    ],
    "meta": {"version": (1, 2), "count": 3},
}
for u in db["users"]:
    print(u["name"], len(u["tags"]), u.get("email", "-"))
devs = [u["name"] for u in db["users"] if "dev" in u["tags"]]
print(devs)
by_tag = {}
for u in db["users"]:
    for t in u["tags"]:
        by_tag.setdefault(t, []).append(u["name"])
print(by_tag)
db["users"][1]["tags"].append("new")
print(db["users"][1])
print(db["meta"]["version"][1], sum(u["age"] for u in db["users"]))
grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid)
grid[1][2] = None
print(grid[1])
tree = ("root", [("a", []), ("b", [("c", []), ("d", [])])])
def walk(node, depth=0):
    name, kids = node
    print("  " * depth + name)
    for k in kids:
        walk(k, depth + 1)
walk(tree)
copy = [row[:] for row in grid]
copy[0][0] = "X"
print(grid[0][0], copy[0][0])
print(db == db, db["users"][0] == {"age": 31, "tags": ["admin", "dev"], "name": "ann"})
