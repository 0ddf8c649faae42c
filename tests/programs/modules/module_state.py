import mod_state
from mod_state import add, items
print(add("a"), add("b"))
print(items, mod_state.items, items is mod_state.items)
mod_state.items = ["replaced"]
print(items, mod_state.items, add("c"))
print(mod_state.items)
import mod_state as ms
print(ms.items)
