import time


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# Clocks are numbers that move forward.
a = time.time()
b = time.time()
print(type(a).__name__, b >= a, a > 1.6e9)
print(type(time.time_ns()).__name__, time.time_ns() > 1.6e18)
for f in (time.monotonic, time.perf_counter, time.process_time, time.thread_time):
    x = f()
    y = f()
    print(f.__name__, type(x).__name__, y >= x)
for f in (time.monotonic_ns, time.perf_counter_ns, time.process_time_ns, time.thread_time_ns):
    x = f()
    print(f.__name__, type(x).__name__, f() >= x)
t0 = time.monotonic()
time.sleep(0.01)
print(time.monotonic() - t0 >= 0.009)
time.sleep(0)
show(lambda: time.sleep(-1))
show(lambda: time.sleep("x"))

# gmtime and struct_time
g = time.gmtime(1000000000)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday,
      g.tm_isdst, g.tm_zone, g.tm_gmtoff)
print(len(g), g[0], g[-1], g[:3], tuple(g), list(g)[6])
print(isinstance(g, tuple), type(g).__name__, type(g).__module__)
print(time.gmtime(0))
print(time.gmtime(-1.5))
print(time.gmtime(1e9 + 0.99) == g)
print(time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
print(time.gmtime(951782400))  # 2000-02-29
print(time.gmtime(253402300799))  # 9999-12-31 23:59:59
show(lambda: time.gmtime("x"))
show(lambda: time.gmtime(float("nan")))
show(lambda: time.gmtime(1e30))
s = time.struct_time((2020, 5, 17, 10, 20, 30, 6, 138, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s = time.struct_time([2020, 5, 17, 10, 20, 30, 6, 138, 0, "XYZ", 3600])
print(s.tm_zone, s.tm_gmtoff, len(s))
show(lambda: time.struct_time((1, 2)))
show(lambda: time.struct_time(tuple(range(12))))
show(lambda: time.struct_time(5))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields,
      time.struct_time.n_unnamed_fields)

# localtime / mktime round trip (independent of the time zone)
for ts in (0, 1000000000, 1234567890, 1700000000):
    lt = time.localtime(ts)
    print(ts, time.mktime(lt) == ts, type(time.mktime(lt)).__name__)
print(time.localtime().tm_year >= 2024)
show(lambda: time.mktime(5))
show(lambda: time.mktime((1, 2, 3)))

# asctime / ctime
print(time.asctime(g))
print(time.asctime((2000, 1, 1, 0, 0, 0, 5, 1, 0)))
print(time.asctime((12345, 0, 0, 0, 0, 0, 6, 0, 5)))
print(len(time.ctime()), len(time.ctime(0)), time.ctime(1e9) == time.asctime(time.localtime(1e9)))
show(lambda: time.asctime((2000, 1, 1, 0, 0, 0, 0, 1, 0, 1)))
show(lambda: time.asctime("abcdefghi"))

# strftime: every directive on a fixed UTC time
for d in "aAbBcdHIjmMpSUwWxXyYzZGuVeCDFgkls%":
    print(d, repr(time.strftime("%" + d, g)))
print(time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(1234567890)))
print(time.strftime("%I %p", time.gmtime(1234567890 + 12 * 3600)))
print(time.strftime("", g), time.strftime("plain text", g), time.strftime("%", g))
print(time.strftime("%Q|%4Y|%-d|%e", (12345, 0, 0, 0, 0, 0, 6, 0, 5)))
print(time.strftime("%j %U %W", (2021, 12, 31, 0, 0, 0, 4, 365, 0)))
print(time.strftime("%Y %a", (2021, 0, 0, 0, 0, 0, 0, 0, 0)))
print(len(time.strftime("%Y")), time.strftime("é%Y€", g))
show(lambda: time.strftime("%Y", (2000, 13, 1, 0, 0, 0, 0, 1, 0)))
show(lambda: time.strftime("%Y", (2000, 1, 32, 0, 0, 0, 0, 1, 0)))
show(lambda: time.strftime("%Y", (2000, 1, 1, 24, 0, 0, 0, 1, 0)))
show(lambda: time.strftime("%Y", (2000, 1, 1, 0, 60, 0, 0, 1, 0)))
show(lambda: time.strftime("%Y", (2000, 1, 1, 0, 0, 62, 0, 1, 0)))
show(lambda: time.strftime("%Y", (2000, 1, 1, 0, 0, 0, -3, 1, 0)))
show(lambda: time.strftime("%Y", (2000, 1, 1, 0, 0, 0, 0, 367, 0)))
show(lambda: time.strftime("%Y", (1, 2, 3)))
show(lambda: time.strftime("%Y", "abcdefghi"))
show(lambda: time.strftime("%Y", (2000.5, 1, 1, 0, 0, 0, 0, 1, 0)))
show(lambda: time.strftime(5))
show(lambda: time.strftime("a\0b", g))

# zone globals
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1))
print(type(time.tzname).__name__, len(time.tzname))
time.tzset()

# clock info
for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution > 0)
show(lambda: time.get_clock_info("x"))

# clock_gettime and friends
for cid in (time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID,
            time.CLOCK_THREAD_CPUTIME_ID, time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME):
    a = time.clock_gettime(cid)
    print(cid, type(a).__name__, time.clock_gettime(cid) >= a,
          type(time.clock_gettime_ns(cid)).__name__, time.clock_getres(cid) > 0)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1)
show(lambda: time.clock_gettime(999))
show(lambda: time.clock_getres(999))
show(lambda: time.clock_gettime("x"))
