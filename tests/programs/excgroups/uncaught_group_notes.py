eg = ExceptionGroup("noted", [ValueError(1)])
eg.add_note("group note")
eg.exceptions[0].add_note("leaf note")
raise eg
