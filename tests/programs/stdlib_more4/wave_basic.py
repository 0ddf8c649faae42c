import wave, io, struct, array

buf = io.BytesIO()
w = wave.open(buf, 'wb')
try:
    w.getparams()
except wave.Error as e:
    print('Error', e)
w.setnchannels(2); w.setsampwidth(2); w.setframerate(44100.4)
try:
    w.getparams()
except AttributeError as e:
    print('AttributeError', e)
w.setcomptype('NONE', 'not compressed')
print(w.getnchannels(), w.getsampwidth(), w.getframerate(), w.getnframes(), w.tell())
frames = struct.pack('<8h', *range(-4, 4))
w.writeframes(frames)
w.writeframesraw(array.array('h', [100, -100]))
print(w.getnframes(), w.tell())
print(w.getparams())
try:
    w.setnchannels(1)
except wave.Error as e:
    print('Error', e)
w.close()
data = buf.getvalue()
print(data.hex())
r = wave.open(io.BytesIO(data))
print(r.getparams(), r.getcomptype(), r.getcompname(), r.getmarkers())
print(r.readframes(2), r.tell())
r.setpos(4); print(r.readframes(10), r.tell())
r.rewind(); print(r.readframes(1), r.readframes(0))
try:
    r.setpos(99)
except wave.Error as e:
    print('Error', e)
try:
    r.getmark(1)
except wave.Error as e:
    print('Error', e)
r.close()

# announced frame count larger than written: header patched
buf2 = io.BytesIO()
with wave.open(buf2, 'wb') as w2:
    w2.setparams((1, 1, 8000, 100, 'NONE', 'not compressed'))
    w2.writeframes(b'\x80\x81\x82')
print(buf2.getvalue().hex())
with wave.open(io.BytesIO(buf2.getvalue()), 'rb') as r2:
    print(r2.getnframes(), r2.readframes(5))
# odd chunk before data, 3-byte samples
fmt = struct.pack('<HHLLHH', 1, 1, 8000, 24000, 3, 24)
body = b'WAVE' + b'LIST' + struct.pack('<L', 3) + b'abc\x00' + b'fmt ' + struct.pack('<L', 16) + fmt + b'data' + struct.pack('<L', 6) + bytes(range(6))
riff = b'RIFF' + struct.pack('<L', len(body)) + body
r3 = wave.open(io.BytesIO(riff))
print(r3.getparams(), r3.readframes(5))

def bad(b, mode='rb'):
    try:
        wave.open(io.BytesIO(b), mode)
    except (wave.Error, EOFError) as e:
        print(type(e).__name__, e)
bad(b'')
bad(b'RIFX\x00\x00\x00\x00WAVE')
bad(b'RIFF\x04\x00\x00\x00WAVX')
bad(b'RIFF\x04\x00\x00\x00WAVE')
bad(b'RIFF\x10\x00\x00\x00WAVEdata\x00\x00\x00\x00')
bad(b'RIFF\x1c\x00\x00\x00WAVEfmt \x10\x00\x00\x00' + struct.pack('<HHLLHH', 3, 1, 8000, 8000, 1, 8))
bad(b'RIFF\x1c\x00\x00\x00WAVEfmt \x10\x00\x00\x00' + struct.pack('<HHLLHH', 1, 0, 8000, 8000, 1, 8))
bad(b'RIFF\x1c\x00\x00\x00WAVEfmt \x10\x00\x00\x00' + struct.pack('<HHLLHH', 1, 1, 8000, 8000, 1, 0))
bad(b'RIFF\x0c\x00\x00\x00WAVEfmt \x04\x00\x00\x00\x01\x00')
bad(b'', 'x')
w = wave.open(io.BytesIO(), 'wb')
for call in (w.getnchannels, w.getsampwidth, w.getframerate, w.getparams, lambda: w.setnchannels(0),
             lambda: w.setsampwidth(5), lambda: w.setframerate(0), lambda: w.setcomptype('ULAW', 'x'),
             lambda: w.setmark(1, 2, 3), lambda: w.writeframes(b'ab')):
    try:
        call()
    except wave.Error as e:
        print('Error', e)
w.setnchannels(1)
try:
    w.close()
except wave.Error as e:
    print('Error', e)
print(wave.WAVE_FORMAT_PCM, wave.__all__)
