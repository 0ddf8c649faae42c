try:
    pass
except *:
    pass
