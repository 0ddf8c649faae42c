from types import SimpleNamespace as NS
cfg = NS(db=NS(host="localhost", port=5432), debug=False, tags=["a", "b"])
print(cfg)
print(cfg.db.port, cfg.tags[1])
cfg.db.port += 1
print(cfg.db)
print(NS(**{"x-y": 1}))
print(NS(a=1) == NS(a=1.0), NS(a=1) == {"a": 1})
ns = NS()
ns.self_ref = ns
print(ns)
print(getattr(NS(q=1), "q"), getattr(NS(), "missing", "default"))
try:
    NS().nope
except AttributeError as e:
    print(e)
