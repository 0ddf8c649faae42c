import json.tool
import os
import sys
import tempfile

d = tempfile.mkdtemp()
src = os.path.join(d, "in.json")
dst = os.path.join(d, "out.json")
with open(src, "w", encoding="utf-8") as f:
    f.write('{"b": [1, 2.5, {"c": "\\u00e9"}], "a": null, "t": true}\n')
for args in [[], ["--sort-keys"], ["--compact"], ["--tab"], ["--no-indent", "--no-ensure-ascii"], ["--indent", "1"]]:
    sys.argv = ["json.tool"] + args + [src, dst]
    json.tool.main()
    with open(dst, encoding="utf-8") as f:
        print(args, repr(f.read()))
with open(src, "w") as f:
    f.write('{"a": 1}\n[2]\n{bad\n')
sys.argv = ["json.tool", "--json-lines", "--compact", src, dst]
try:
    json.tool.main()
except SystemExit as e:
    print("SystemExit", e)
with open(dst) as f:
    print(repr(f.read()))
os.remove(src)
os.remove(dst)
