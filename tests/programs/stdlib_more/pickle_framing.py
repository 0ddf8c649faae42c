# Protocol 4/5 framing, batching of 1000 items, memo numbering past 256 and large payloads.
import pickle
import hashlib


def digest(data):
    return len(data), hashlib.sha256(data).hexdigest()[:16]


cases = {
    'list1000': list(range(1000)),
    'list1001': list(range(1001)),
    'list2500': list(range(2100)),
    'dict1000': {i: i for i in range(1000)},
    'dict1001': {i: str(i) for i in range(1001)},
    'strs': [str(i) * 3 for i in range(700)],
    'big_frames': [bytes([i]) * 1000 for i in range(200)],
    'large_bytes': [1, b'y' * 70000, 2, 'z' * 70000, 3],
    'nested': [[i, (i, str(i))] for i in range(1500)],
    'tuples': tuple(range(300)),
    'shared': [[1, 2]] * 300,
}
for name, value in cases.items():
    for p in range(6):
        data = pickle.dumps(value, p)
        print(name, p, digest(data), data[:24], data[-12:])
        assert pickle.loads(data) == value
    print(pickle.dumps(value)[:2] == b'\x80\x04')

# Frame boundaries: the position of every FRAME opcode in a protocol-5 pickle.
data = pickle.dumps([b'a' * 100] * 3 + [bytes([i]) * 5000 for i in range(40)], 5)
print(digest(data))
