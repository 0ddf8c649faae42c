x = None
msg = f"value: {x.attr}"
