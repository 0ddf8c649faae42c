def main():
    x = 1.0
    v = 0.0
    dt = 0.001
    i = 0
    while i < 3_000_000:
        v -= x * dt
        x += v * dt
        i += 1
    return round(x, 6), round(v, 6)

print(main())
