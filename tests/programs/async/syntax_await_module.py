# await at module level is a SyntaxError for the whole program.
print("never printed")
await something
