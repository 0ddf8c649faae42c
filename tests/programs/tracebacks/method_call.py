class A:
    def m(self, x):
        return {}[x]
def run():
    A().m("k")
run()
