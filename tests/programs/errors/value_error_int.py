for s in ["1", "22", "3x"]:
    print(int(s) * 2)
