# getpass.getuser: the environment first, in CPython's order.
import getpass
import os

for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
    os.environ.pop(name, None)
os.environ["USERNAME"] = "from_username"
print(getpass.getuser())
os.environ["USER"] = "from_user"
print(getpass.getuser())
os.environ["LOGNAME"] = "from_logname"
print(getpass.getuser())
print(issubclass(getpass.GetPassWarning, UserWarning))
