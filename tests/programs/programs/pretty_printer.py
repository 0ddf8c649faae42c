def dumps(obj, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    if isinstance(obj, str):
        out = ['"']
        for ch in obj:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 32:
                out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        items = [inner + dumps(v, indent + step, step) for v in obj]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [inner + dumps(str(k)) + ": " + dumps(v, indent + step, step) for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError(f"cannot serialize {type(obj).__name__}")
def parse(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        ws()
        ch = s[pos]
        if ch == "{":
            pos += 1
            d = {}
            ws()
            if s[pos] == "}":
                pos += 1
                return d
            while True:
                ws()
                k = value()
                ws()
                pos += 1
                d[k] = value()
                ws()
                if s[pos] == ",":
                    pos += 1
                else:
                    pos += 1
                    return d
        if ch == "[":
            pos += 1
            lst = []
            ws()
            if s[pos] == "]":
                pos += 1
                return lst
            while True:
                lst.append(value())
                ws()
                if s[pos] == ",":
                    pos += 1
                else:
                    pos += 1
                    return lst
        if ch == '"':
            pos += 1
            buf = []
            while s[pos] != '"':
                if s[pos] == "\\":
                    pos += 1
                    esc = s[pos]
                    if esc == "n":
                        buf.append("\n")
                    elif esc == "u":
                        buf.append(chr(int(s[pos + 1:pos + 5], 16)))
                        pos += 4
                    else:
                        buf.append(esc)
                else:
                    buf.append(s[pos])
                pos += 1
            pos += 1
            return "".join(buf)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(s) and s[pos] in "+-0123456789.eE":
            pos += 1
        num = s[start:pos]
        return float(num) if any(c in num for c in ".eE") else int(num)
    return value()
doc = {"name": "kestrel", "version": [0, 1, 0], "fast": True, "ratio": 0.75, "none": None,
       "nested": {"list": [1, "two", [3, {"four": 4.0}]], "empty": {}, "emptyl": []},
       "text": 'quote " backslash \\ newline \n tab \t end', "big": 2 ** 70, "neg": -1e-7}
out = dumps(doc)
print(out)
back = parse(out)
print(back == doc)
print(back["nested"]["list"][2][1], back["text"] == doc["text"])
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
