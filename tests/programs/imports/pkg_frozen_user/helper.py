import collections.abc

ABC_NAME = collections.abc.MutableMapping.__name__


def is_mapping(x):
    return isinstance(x, collections.abc.Mapping)
