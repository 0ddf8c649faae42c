import sys
import mod_plain
import mod_plain as again
print(again is mod_plain, sys.modules["mod_plain"] is mod_plain)
mod_plain.bump()
del sys.modules["mod_plain"]
import mod_plain as fresh
print(fresh is again, fresh.counter, again.counter)
class Fake:
    answer = 42
sys.modules["fake_module"] = Fake()
import fake_module
print(fake_module.answer)
from fake_module import answer
print(answer)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
