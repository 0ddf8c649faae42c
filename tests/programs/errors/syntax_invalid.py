print("this will not run")
x = 1 +* 2
