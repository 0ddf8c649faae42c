import colorsys
import sched

colors = [(0.2, 0.4, 0.4), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0), (0.5, 0.5, 0.5),
          (0.9, 0.7, 0.1), (0.1, 0.9, 0.6), (0.3, 0.1, 0.8), (1.0, 1.0, 1.0), (0.0, 0.0, 0.0)]
for rgb in colors:
    hsv = colorsys.rgb_to_hsv(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    print(rgb, hsv, hls, yiq)
    print(colorsys.hsv_to_rgb(*hsv), colorsys.hls_to_rgb(*hls), colorsys.yiq_to_rgb(*yiq))
for h in [0.0, 0.1, 0.25, 0.5, 0.7, 0.95, 1.0]:
    print(colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.3, 0.6),
          colorsys.hls_to_rgb(h, 0.7, 0.6))
print(colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, 0.0))

# sched with a fake clock: deterministic.
clock = [0.0]
log = []

def now():
    return clock[0]

def sleep(d):
    clock[0] += d

s = sched.scheduler(now, sleep)
def act(name, *extra, **kw):
    log.append((now(), name, extra, kw))

s.enter(5, 1, act, ("five",))
e2 = s.enter(2, 1, act, ("two",), {"k": 1})
s.enter(2, 0, act, ("two-first",))
s.enterabs(10, 1, act, ("ten", "x"))
cancelled = s.enter(3, 1, act, ("never",))
s.cancel(cancelled)
print([ev.argument[0] for ev in s.queue], s.empty())
try:
    s.cancel(cancelled)
except ValueError:
    print("ValueError on second cancel")
s.run()
print(log)
print(s.empty(), s.run(blocking=False))
s.enter(4, 1, act, ("later",))
print(s.run(blocking=False))
print(e2.time, e2.priority, e2.kwargs, isinstance(e2, tuple))
