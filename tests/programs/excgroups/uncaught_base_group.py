print("x")
raise BaseExceptionGroup("base", [SystemExit(3), ValueError(1)])
