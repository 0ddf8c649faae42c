# An uncaught JSONDecodeError is printed with its module, as CPython does.
import json
print(json.loads("[1]"))
json.loads("[1, 2,\n  }")
