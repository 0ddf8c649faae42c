class Err(Exception):
    def __str__(self):
        return "multi\nline"
e = Err()
e.add_note("first\nsecond")
e.add_note(5) if False else None
g = ExceptionGroup("g\nh", [e, ValueError("a\nb")])
g.add_note("gn1\ngn2")
raise g
