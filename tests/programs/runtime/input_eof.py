try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError", e)
