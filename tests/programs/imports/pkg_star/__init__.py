__all__ = ["public", "_semi"]
public = 1
_semi = 2
hidden = 3
