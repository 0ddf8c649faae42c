for s in ["Hello World", "Hello world", "ǅungla", "HELLO", "", "1A", "Σα", "Hello  World!", "A", "a", "Ab Cd Ef", "AbC", "Élan Vital", "Don'T", "Don't", "123", "Ǉ Ǉ"]:
    print(repr(s), s.istitle())
