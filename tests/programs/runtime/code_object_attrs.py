c = compile("a = 1", "somefile.py", "exec")
print(c.co_filename, c.co_name, c.co_firstlineno)
print(repr(c).startswith("<code object <module> at "))
print(type(c))
