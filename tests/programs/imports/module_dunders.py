import mod_plain
print(mod_plain.__name__, mod_plain.__package__ == "", mod_plain.__file__.endswith("mod_plain.py"))
s = mod_plain.__spec__
print(s.name, s.origin == mod_plain.__file__, s.parent == "", s.submodule_search_locations)
import pkg_basic
s2 = pkg_basic.__spec__
print(s2.name, s2.parent, len(s2.submodule_search_locations))
print(__name__, __spec__, __package__)
print(__file__.endswith("module_dunders.py"), __file__.startswith("/"))
print(repr(mod_plain).startswith("<module 'mod_plain' from '"))
import sys
print(repr(sys))
