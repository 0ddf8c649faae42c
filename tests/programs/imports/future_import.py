from __future__ import annotations
import __future__
print(__future__.annotations.compiler_flag, "annotations" in __future__.all_feature_names)
def f(x: int) -> int:
    return x + 1
print(f(1))
