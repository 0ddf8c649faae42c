items = []
def add(x):
    items.append(x)
    return len(items)
