n = 100000
src = ",".join("a%d" % i for i in range(n)) + " = range(%d)" % n
ns = {}
exec(src, ns)
print(ns["a0"], ns["a99999"], ns["a50000"])
exec("def f(x):\n    " + ",".join("v%d" % i for i in range(6000)) + " = x\n    return v0 + v5999\n", ns)
print(ns["f"](list(range(6000))))
for bad in (range(n - 1), range(n + 1), iter(range(n + 5)), 5):
    try:
        exec(src.split("=")[0] + "= bad", {"bad": bad})
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
exec("class C:\n    " + ",".join("c%d" % i for i in range(5000)) + " = [str(i) for i in range(5000)]\n", ns)
print(ns["C"].c4999)
exec(",".join("l[%d]" % i for i in range(5000)) + " = range(5000, 10000)", ns := {"l": [0] * 5000})
print(ns["l"][0], ns["l"][4999])
src2 = "a," * 100000 + " = range(100000)"
exec(src2, ns)
print(ns["a"])
