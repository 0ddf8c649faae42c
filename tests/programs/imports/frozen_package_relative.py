# Relative imports inside a program's package reach frozen packages by absolute name.
import pkg_frozen_user
print(pkg_frozen_user.check())
print(pkg_frozen_user.helper.ABC_NAME)
