def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "x".removeprefix(""), "x".removesuffix("xx"), "ééa".removeprefix("é"))
err(lambda: "x".removesuffix(1))
err(lambda: "x".removeprefix(None))
err(lambda: "x".removeprefix())
