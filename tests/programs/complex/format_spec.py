def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

z = 1.5 - 2.25j
print(format(z, ""), format(z, ".2f"), format(z, "e"), format(z, ".3g"), format(z, "+.1f"), format(z, ">20"), format(z, "<20.1f"), format(z, "^22"))
print(format(3j, ""), format(3j, ".1f"), format(3j, "g"), format(1+2j, "10"), f"{2+3j}", f"{2+3j:.2f}", "{:*^20}".format(1j), format(1+1j, "F"))
print(format(complex(float("nan"), float("inf")), ""), format(-0j, ""), format(1e20+1j, ""), format(1+2j, " "), format(-1-2j, "+"))
err(lambda: format(1j, "d"))
err(lambda: format(1j, "010"))
err(lambda: format(1j, "=10"))
