import mod_helper
def main():
    print("main running in", __name__)
    return 0
if __name__ == "__main__":
    main()
    print("guard true")
else:
    print("imported")
print(mod_helper.__name__ == "mod_helper", __name__ == "__main__")
