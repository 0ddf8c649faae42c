c = compile("a = 5\nb = a * 2", "<test>", "exec")
print(type(c).__name__, c.co_filename, c.co_name)
ns = {}
exec(c, ns)
print(ns["b"])
e = compile("3 * 4", "<expr>", "eval")
print(eval(e))
s = compile("1 + 1", "<single>", "single")
exec(s)
s2 = compile("None", "<single>", "single")
exec(s2)
exec(compile("x = 9", "f", "exec", dont_inherit=True, flags=0))
print(x)

try:
    compile("1", "f", "bogus")
except ValueError as e:
    print(e)
compile(c, "ignored", "exec")
