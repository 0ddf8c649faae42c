print(breakpoint.__name__)
print("done")
