import sys
print("importing")
import nonexistent_module_xyz
