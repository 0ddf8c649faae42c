print("about to raise")
raise ExceptionGroup("many", [ValueError(1), TypeError("two")])
