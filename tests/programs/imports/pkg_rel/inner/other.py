from .missing_mod import x
