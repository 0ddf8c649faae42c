"""doc"""
from __future__ import annotations, division
import __future__
print(__future__.annotations, __future__.annotations.getMandatoryRelease(), __future__.all_feature_names[-1])
print(__future__.division.compiler_flag)
