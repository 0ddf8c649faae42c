import multiprocessing as mp
import os, sys, queue, time

def square(x):
    return x * x

def add(a, b):
    return a + b

def boom(x):
    if x == 3:
        raise ValueError('bad item %d' % x)
    return x

def worker(q, n):
    q.put(('hello from', mp.current_process().name, n))

def child_exit(code):
    sys.exit(code)

def child_raise():
    raise KeyError('nope')

def talk(conn):
    msg = conn.recv()
    conn.send(msg.upper())
    conn.send_bytes(b'raw bytes')
    conn.close()

def locked_writer(lock, path, tag):
    for i in range(20):
        with lock:
            with open(path, 'a') as f:
                f.write(tag)
                f.flush()
                f.write(tag + '\n')

if __name__ == '__main__':
    print(mp.cpu_count() >= 1, mp.current_process().name, mp.parent_process())
    print(mp.get_start_method(), mp.get_all_start_methods()[:1], type(mp.get_context('fork')).__name__ != '')
    q = mp.Queue()
    procs = [mp.Process(target=worker, args=(q, i)) for i in range(3)]
    print([p.name for p in procs], [p.is_alive() for p in procs], procs[0].exitcode)
    for p in procs:
        p.start()
    got = sorted(q.get(timeout=10) for _ in procs)
    for p in procs:
        p.join()
    print(got)
    print([p.exitcode for p in procs], [p.is_alive() for p in procs])
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print('Empty')
    try:
        q.get_nowait()
    except queue.Empty:
        print('Empty again')
    q.put([1, {'a': (2, 3)}]); print(q.get(), q.empty())

    p = mp.Process(target=child_exit, args=(7,)); p.start(); p.join(); print('exit', p.exitcode)
    p = mp.Process(target=child_exit, args=(None,)); p.start(); p.join(); print('exit', p.exitcode)
    p = mp.Process(target=child_raise); p.start(); p.join(); print('raise', p.exitcode)
    p = mp.Process(target=time.sleep, args=(30,)); p.start(); p.terminate(); p.join(); print('terminated', p.exitcode)
    p = mp.Process(target=time.sleep, args=(0.01,)); p.start(); p.join(timeout=5); print('joined', p.exitcode)

    a, b = mp.Pipe()
    p = mp.Process(target=talk, args=(b,)); p.start()
    a.send('ping'); print(a.recv(), a.recv_bytes(), a.poll(0.01)); p.join()
    r, w = mp.Pipe(duplex=False)
    w.send({'x': 1}); print(r.recv(), r.poll())
    try:
        r.send(1)
    except OSError as e:
        print('OSError', e)
    w.close()
    try:
        r.recv()
    except EOFError:
        print('EOFError')

    import tempfile
    path = tempfile.mktemp()
    lock = mp.Lock()
    ps = [mp.Process(target=locked_writer, args=(lock, path, t)) for t in 'ABC']
    for p in ps: p.start()
    for p in ps: p.join()
    lines = open(path).read().splitlines()
    os.unlink(path)
    print(len(lines), all(l[0] * 2 == l for l in lines))
    print(lock.acquire(), lock.acquire(False), lock.acquire(timeout=0.01))
    lock.release()
    try:
        lock.release()
    except ValueError as e:
        print('ValueError', e)
    rl = mp.RLock(); print(rl.acquire(), rl.acquire()); rl.release(); rl.release()
    s = mp.Semaphore(2); print(s.acquire(), s.acquire(), s.acquire(False)); s.release()

    with mp.Pool(3) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, []), pool.map(square, range(7), chunksize=2))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        print(pool.apply(add, (5, 6)), pool.apply_async(square, (9,)).get(timeout=10))
        print(list(pool.imap(square, range(5))), sorted(pool.imap_unordered(square, range(5))))
        print(list(pool.imap(square, range(5), chunksize=2)))
        r = pool.map_async(square, range(4)); r.wait(); print(r.ready(), r.successful(), r.get())
        try:
            pool.map(boom, range(6))
        except ValueError as e:
            print('ValueError', e)
        res = pool.apply_async(boom, (3,))
        try:
            res.get()
        except ValueError as e:
            print('ValueError', e, res.successful())
        try:
            pool.map(lambda x: x, [1])
        except Exception as e:
            print(type(e).__name__)
        out = []
        pool.apply_async(square, (4,), callback=out.append).wait()
        print(out)
        big = pool.map(square, range(3000))
        print(len(big), big[-1])
    pool = mp.Pool(2)
    print(pool.map(square, [1, 2, 3]))
    pool.close()
    try:
        pool.map(square, [1])
    except ValueError as e:
        print('ValueError', e)
    pool.join()
    try:
        mp.Pool(0)
    except ValueError as e:
        print('ValueError', e)
    with mp.Pool(2, maxtasksperchild=1) as pool:
        print(pool.map(square, range(6), chunksize=1))
    print(mp.active_children())
    # children reseed random after the fork, as CPython's at-fork hook does
    import random
    random.seed(5)
    def draw(q):
        q.put(random.random())
    q2 = mp.SimpleQueue()
    kids = [mp.Process(target=draw, args=(q2,)) for _ in range(2)]
    for k in kids: k.start()
    for k in kids: k.join()
    a, b = q2.get(), q2.get()
    print(a != b, q2.empty())
    calls = []
    os.register_at_fork(before=lambda: calls.append('before'), after_in_parent=lambda: calls.append('parent'))
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    print(calls)
    try:
        os.register_at_fork()
    except TypeError as e:
        print('TypeError', e)
