# coding: cp1253
# 0xAA is undefined in cp1253: CPython reports an encoding problem.
print("ª")
