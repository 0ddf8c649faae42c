# Expression statements of "single" code echo through sys.displayhook to sys.stdout.
import io
import sys

code = compile("[1, 'two']", "<single>", "single")
saved = sys.stdout
sys.stdout = io.StringIO()
exec(code)
exec(compile("None", "<single>", "single"))
captured = sys.stdout.getvalue()
sys.stdout = saved
print(repr(captured))

seen = []
sys.displayhook = seen.append
exec(compile("40 + 2", "<single>", "single"))
sys.displayhook = sys.__displayhook__
print(seen)

exec(compile("'echoed'", "<single>", "single"))
print(_)
