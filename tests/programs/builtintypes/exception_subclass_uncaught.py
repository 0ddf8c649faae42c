class Boom(RuntimeError):
    def __str__(self):
        return "custom boom message"
print("before")
raise Boom("ignored")
