real = 1
def __getattr__(name):
    if name.startswith("dyn") or name == "other":
        return "made " + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
