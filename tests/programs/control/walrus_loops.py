data = [3, 8, 1, 9, 4, 7]
pos = 0
while (item := data[pos]) != 9:
    print("item", item)
    pos += 1
print("stopped at", pos)
chunks = []
src = list(range(10))
while (chunk := src[:3]):
    chunks.append(chunk)
    src = src[3:]
print(chunks)
filtered = [(x, sq) for x in range(10) if (sq := x * x) % 3 == 1]
print(filtered)
if any((hit := v) > 5 for v in data):
    print("first >5:", hit)
def stream():
    yield from [5, 10, 0, 15]
g = stream()
total = 0
while (v := next(g, 0)):
    total += v
print(total)
