"""Helper module for call_defaults.py: module functions called as `mod.f(...)`."""


def scaled(x, factor=2, offset=0):
    return x * factor + offset


def pair(a, b=None):
    return (a, b)
