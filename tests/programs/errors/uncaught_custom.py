class ConfigError(Exception):
    pass
def load(name):
    print("loading", name)
    raise ConfigError(f"missing key in {name}")
load("app.cfg")
