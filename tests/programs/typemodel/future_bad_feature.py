from __future__ import not_a_feature
print("unreachable")
