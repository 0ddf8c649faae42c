import os
print("PATH" in os.environ, os.environ.get("KESTREL_SURELY_UNSET_VAR"))
print(os.getenv("KESTREL_SURELY_UNSET_VAR", "default"))
os.environ["KESTREL_TEST_VAR"] = "value1"
print(os.environ["KESTREL_TEST_VAR"], os.getenv("KESTREL_TEST_VAR"))
del os.environ["KESTREL_TEST_VAR"]
print("KESTREL_TEST_VAR" in os.environ)
try:
    os.environ["KESTREL_NOT_THERE"]
except KeyError as e:
    print("KeyError", e)
print(isinstance(os.environ["PATH"], str))
