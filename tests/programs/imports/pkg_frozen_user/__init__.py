from . import helper
from collections import abc as _abc


def check():
    return helper.is_mapping({}), _abc.Sized.__name__
