"""resource: the process's resource usage (getrusage) and limits (getrlimit/setrlimit)."""

import _structseq
from _resource import *  # noqa: F401,F403 (the RLIMIT_*/RUSAGE_* constants)
import _resource

error = OSError

struct_rusage = _structseq.make(
    "struct_rusage", "resource.struct_rusage",
    ("ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt",
     "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv",
     "ru_nsignals", "ru_nvcsw", "ru_nivcsw"), "resource")


def getrusage(who):
    return struct_rusage(_resource.getrusage(who))


getrlimit = _resource.getrlimit
setrlimit = _resource.setrlimit
getpagesize = _resource.getpagesize
