import mod_chain_b
NAME = "a"
def call_b():
    return "a->" + mod_chain_b.who()
