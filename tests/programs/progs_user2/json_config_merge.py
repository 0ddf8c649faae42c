"""Configuration files: JSON round trips with custom encoder/decoder, deep merges with
copy.deepcopy, ChainMap layering, dataclass validation and pretty output."""
import copy
import json
import os
import tempfile
from collections import ChainMap, OrderedDict
from dataclasses import dataclass, asdict, field, fields
from datetime import datetime, timedelta
from enum import Enum
from pathlib import Path
from pprint import pformat


class Env(Enum):
    DEV = "dev"
    PROD = "prod"


@dataclass
class DbConfig:
    host: str = "localhost"
    port: int = 5432
    pool: int = 5

    def __post_init__(self):
        if not (0 < self.port < 65536):
            raise ValueError(f"bad port {self.port}")


@dataclass
class AppConfig:
    name: str
    env: Env = Env.DEV
    db: DbConfig = field(default_factory=DbConfig)
    features: list = field(default_factory=list)
    timeout: timedelta = timedelta(seconds=30)


class ConfigEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Enum):
            return o.value
        if isinstance(o, timedelta):
            return {"$seconds": o.total_seconds()}
        if isinstance(o, datetime):
            return o.isoformat()
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def hook(d):
    if set(d) == {"$seconds"}:
        return timedelta(seconds=d["$seconds"])
    return d


def deep_merge(base, override):
    out = copy.deepcopy(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out


def build(d):
    d = dict(d)
    d["env"] = Env(d.get("env", "dev"))
    d["db"] = DbConfig(**d.get("db", {}))
    return AppConfig(**d)


defaults = asdict(AppConfig("shop"))
print(json.dumps(defaults, cls=ConfigEncoder, sort_keys=True))
with tempfile.TemporaryDirectory() as tmp:
    p = Path(tmp, "prod.json")
    p.write_text(json.dumps({"env": "prod", "db": {"host": "db.internal", "pool": 20},
                             "features": ["cache", "audit"], "timeout": {"$seconds": 12.5}}))
    override = json.loads(p.read_text(), object_hook=hook)
    merged = deep_merge(defaults, override)
    cfg = build(merged)
    print(cfg)
    print(cfg.db.host, cfg.db.port, cfg.timeout, cfg.env is Env.PROD, [f.name for f in fields(cfg)])
    blob = json.dumps(asdict(cfg), cls=ConfigEncoder, indent=2)
    again = build(json.loads(blob, object_hook=hook))
    print(again == cfg, blob.count("\n"), os.path.basename(p))
print(defaults["db"], "(defaults untouched)")
try:
    build({"name": "x", "db": {"port": 70000}})
except ValueError as e:
    print("ValueError:", e)
try:
    build({"name": "x", "env": "staging"})
except ValueError as e:
    print("ValueError:", e)
try:
    build({"name": "x", "colour": "red"})
except TypeError as e:
    print("TypeError:", e)
layers = ChainMap({"debug": True}, {"debug": False, "workers": 4}, {"workers": 1, "log": "info"})
print(layers["debug"], layers["workers"], layers["log"], len(layers), sorted(layers))
layers = layers.new_child({"log": "trace"})
print(layers["log"], layers.parents["log"], layers.maps[0])
orig = {"a": [1, {"b": [2, 3]}], "t": (1, [2])}
shallow, deep = copy.copy(orig), copy.deepcopy(orig)
orig["a"][1]["b"].append(4)
print(shallow["a"][1]["b"], deep["a"][1]["b"], deep["t"] is orig["t"])


class Node:
    def __init__(self, name):
        self.name, self.links = name, []

    def __deepcopy__(self, memo):
        new = Node(self.name + "'")
        memo[id(self)] = new
        new.links = copy.deepcopy(self.links, memo)
        return new


a, b = Node("a"), Node("b")
a.links.append(b)
b.links.append(a)
a2 = copy.deepcopy(a)
print(a2.name, a2.links[0].name, a2.links[0].links[0] is a2)
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps({"k": float("inf")}), json.dumps("é✓", ensure_ascii=False))
print(json.dumps([1, {"a": None, "b": True}], separators=(",", ":")), json.loads('{"a": 1.0e2, "b": [null]}'))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.lineno, e.colno, e.pos)
print(pformat({"servers": [{"name": f"s{i}", "tags": ["x"] * i} for i in range(3)]}, width=60))
