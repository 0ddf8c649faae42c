import os
def tmpdir(tag):
    d = "/tmp/kestrel_files_%s_%d" % (tag, os.getpid())
    os.makedirs(d, exist_ok=True)
    return d
def cleanup(d):
    for root, dirs, files in os.walk(d, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for x in dirs:
            os.rmdir(os.path.join(root, x))
    os.rmdir(d)
