import resource
r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, len(r), r.ru_maxrss > 1000, r.ru_utime >= 0, r[2] == r.ru_maxrss, isinstance(r.ru_stime, float))
print(resource.getrlimit(resource.RLIMIT_NOFILE)[0] > 0, resource.getpagesize(), resource.RLIM_INFINITY, resource.error)
soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
print(resource.getrlimit(resource.RLIMIT_CORE)[0])
for bad in (lambda: resource.getrusage(99), lambda: resource.getrlimit(999), lambda: resource.setrlimit(resource.RLIMIT_CORE, (1,))):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(repr(r).startswith('resource.struct_rusage(ru_utime='))
