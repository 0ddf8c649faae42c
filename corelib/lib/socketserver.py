"""Generic socket servers: TCP, UDP and Unix-domain servers, threading variants, and the
request handlers they call.

Kestrel runs threads one after another (see `_thread`). A `serve_forever()` running in a
thread started by a thread that now waits (typically the main thread waiting on a reply
from this server) gives way when it has nothing to do and that wait is over: the loop is
put back as the same thread's next task and resumes when the waiting thread blocks again,
so `serve_forever()` in a thread plus `shutdown()` behave as in CPython."""

import os
import sys
import socket
import selectors
import threading
from io import BufferedIOBase
from time import monotonic as time

__all__ = ["BaseServer", "TCPServer", "UDPServer", "ThreadingUDPServer",
           "ThreadingTCPServer", "BaseRequestHandler", "StreamRequestHandler",
           "DatagramRequestHandler", "ThreadingMixIn", "UnixStreamServer",
           "UnixDatagramServer", "ThreadingUnixStreamServer",
           "ThreadingUnixDatagramServer"]

_ServerSelector = selectors.PollSelector


def _nested():
    """`_thread` when this thread runs inside a waiting thread, else None."""
    th = sys.modules.get("_thread")
    if th is None or th.get_ident() == th._main_ident() or not th._waits:
        return None
    return th


def _outer_wait_over():
    """Whether this thread runs inside a waiting thread whose wait is now over."""
    th = _nested()
    if th is not None and any(w() for w in th._waits):
        return th
    return None


# How long a server loop inside a waiting thread waits before looking at that wait again.
_SLICE = 0.005


class _GiveWay(BaseException):
    """Unwinds a request handler that gave way between two requests of one connection
    (see http.server's handle()): its continuation is queued as the thread's next task,
    which ends the request (finish(), shutdown_request()) when the connection is done."""

    @property
    def handler(self):
        return self.args[0]


def _park():
    """Ends this run of the thread: it stays alive, its work goes on as queued tasks."""
    raise sys.modules["_thread"]._Parked


class BaseServer:
    """The base of the servers: the request loop, without sockets."""

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self.__is_shut_down = threading.Event()
        self.__shutdown_request = False

    def server_activate(self):
        pass

    def serve_forever(self, poll_interval=0.5):
        """Handles one request at a time until shutdown()."""
        self.__is_shut_down.clear()
        self._serve_loop(poll_interval)

    def _serve_loop(self, poll_interval):
        yielded = False
        try:
            with _ServerSelector() as selector:
                selector.register(self, selectors.EVENT_READ)
                while not self.__shutdown_request:
                    ready = selector.select(0)
                    if not ready and not self.__shutdown_request:
                        th = _nested()
                        if th is None:
                            ready = selector.select(poll_interval)
                        elif any(w() for w in th._waits):
                            yielded = True
                            th._spawn_as(th.get_ident(), self._resume_serving,
                                         (poll_interval, th.get_ident()))
                            raise th._Parked
                        else:
                            ready = selector.select(min(poll_interval, _SLICE))
                    if self.__shutdown_request:
                        break
                    if ready:
                        try:
                            self._handle_request_noblock()
                        except _GiveWay:
                            th = sys.modules["_thread"]
                            yielded = True
                            th._spawn_as(th.get_ident(), self._resume_serving,
                                         (poll_interval, th.get_ident()))
                            raise th._Parked
                    self.service_actions()
        finally:
            if not yielded:
                self.__shutdown_request = False
                self.__is_shut_down.set()

    def _resume_serving(self, poll_interval, ident):
        th = sys.modules["_thread"]
        try:
            self._serve_loop(poll_interval)
        except th._Parked:
            return
        except th._Deadlock:
            raise
        except BaseException:
            import traceback
            print(f"Exception in thread serving {self!r}:", file=sys.stderr)
            traceback.print_exc()
        t = threading._active.get(ident)
        if t is not None:
            t._stop()

    def shutdown(self):
        """Stops serve_forever() and waits until it has."""
        self.__shutdown_request = True
        self.__is_shut_down.wait()

    def service_actions(self):
        pass

    def handle_request(self):
        """Handles one request, waiting at most self.timeout for it."""
        timeout = self.socket.gettimeout()
        if timeout is None:
            timeout = self.timeout
        elif self.timeout is not None:
            timeout = min(timeout, self.timeout)
        if timeout is not None:
            deadline = time() + timeout
        with _ServerSelector() as selector:
            selector.register(self, selectors.EVENT_READ)
            while True:
                ready = selector.select(timeout)
                if ready:
                    try:
                        return self._handle_request_noblock()
                    except _GiveWay:
                        _park()
                if timeout is not None:
                    timeout = deadline - time()
                    if timeout < 0:
                        return self.handle_timeout()

    def _handle_request_noblock(self):
        try:
            request, client_address = self.get_request()
        except OSError:
            return
        if self.verify_request(request, client_address):
            try:
                self.process_request(request, client_address)
            except _GiveWay:
                raise
            except Exception:
                self.handle_error(request, client_address)
                self.shutdown_request(request)
            except BaseException:
                self.shutdown_request(request)
                raise
        else:
            self.shutdown_request(request)

    def handle_timeout(self):
        pass

    def verify_request(self, request, client_address):
        return True

    def process_request(self, request, client_address):
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        pass

    def finish_request(self, request, client_address):
        self.RequestHandlerClass(request, client_address, self)

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass

    def handle_error(self, request, client_address):
        print('-' * 40, file=sys.stderr)
        print('Exception occurred during processing of request from',
              client_address, file=sys.stderr)
        import traceback
        traceback.print_exc()
        print('-' * 40, file=sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.server_close()


class TCPServer(BaseServer):
    """A server on a listening stream socket."""

    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False
    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if bind_and_activate:
            try:
                self.server_bind()
                self.server_activate()
            except BaseException:
                self.server_close()
                raise

    def server_bind(self):
        if self.allow_reuse_address and hasattr(socket, "SO_REUSEADDR"):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if self.allow_reuse_port and hasattr(socket, "SO_REUSEPORT"):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        self.socket.bind(self.server_address)
        self.server_address = self.socket.getsockname()

    def server_activate(self):
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        self.socket.close()

    def fileno(self):
        return self.socket.fileno()

    def get_request(self):
        return self.socket.accept()

    def shutdown_request(self, request):
        try:
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.close_request(request)

    def close_request(self, request):
        request.close()


class UDPServer(TCPServer):
    """A server on a datagram socket."""

    allow_reuse_address = False
    allow_reuse_port = False
    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192

    def get_request(self):
        data, client_addr = self.socket.recvfrom(self.max_packet_size)
        return (data, self.socket), client_addr

    def server_activate(self):
        pass

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass


class _Threads(list):
    """The threads a ThreadingMixIn server started, joined at server_close()."""

    def append(self, thread):
        self.reap()
        if thread.daemon:
            return
        super().append(thread)

    def pop_all(self):
        self[:], result = [], self[:]
        return result

    def join(self):
        for thread in self.pop_all():
            thread.join()

    def reap(self):
        self[:] = (thread for thread in self if thread.is_alive())


class _NoThreads:
    def append(self, thread):
        pass

    def join(self):
        pass


class ThreadingMixIn:
    """Handles each request in a new thread."""

    daemon_threads = False
    block_on_close = True
    _threads = _NoThreads()

    def process_request_thread(self, request, client_address):
        gave_way = False
        try:
            try:
                self.finish_request(request, client_address)
            except _GiveWay as e:
                gave_way = True
                e.handler._thread_to_end = threading.get_ident()
                _park()
            except Exception:
                self.handle_error(request, client_address)
        finally:
            if not gave_way:
                self.shutdown_request(request)

    def process_request(self, request, client_address):
        if self.block_on_close:
            vars(self).setdefault('_threads', _Threads())
        t = threading.Thread(target=self.process_request_thread,
                             args=(request, client_address))
        t.daemon = self.daemon_threads
        self._threads.append(t)
        t.start()

    def server_close(self):
        super().server_close()
        self._threads.join()


class ThreadingUDPServer(ThreadingMixIn, UDPServer):
    pass


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


class UnixStreamServer(TCPServer):
    address_family = socket.AF_UNIX


class UnixDatagramServer(UDPServer):
    address_family = socket.AF_UNIX


class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer):
    pass


class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer):
    pass


class BaseRequestHandler:
    """Handles one request: setup(), handle(), then finish()."""

    def __init__(self, request, client_address, server):
        self.request = request
        self.client_address = client_address
        self.server = server
        self.setup()
        try:
            self.handle()
        except _GiveWay:
            raise
        except BaseException:
            self.finish()
            raise
        self.finish()

    def _give_way_if_idle(self):
        """Between two requests on one connection, in a Kestrel thread run inside a thread
        whose wait is over: when the next request is not there yet, queues
        `_resume_handling` and unwinds (see _GiveWay)."""
        th = _nested()
        if th is None:
            return
        rfile = getattr(self, "rfile", None)
        if getattr(rfile, "_buf", b""):
            return
        try:
            fd = self.request.fileno()
        except (OSError, AttributeError):
            return
        # Wait for the next request, looking at the outer waits between short slices.
        while not socket._socket.wait(fd, socket._socket.POLLIN, 0):
            if any(w() for w in th._waits):
                th._spawn_as(th.get_ident(), self._resume_handling, ())
                raise _GiveWay(self)
            socket._socket.wait(fd, socket._socket.POLLIN, _SLICE)

    def _resume_handling(self):
        th = sys.modules["_thread"]
        try:
            self._handle_more()
        except _GiveWay:
            return
        except th._Deadlock:
            raise
        except Exception:
            self.server.handle_error(self.request, self.client_address)
        try:
            self.finish()
        finally:
            self.server.shutdown_request(self.request)
        ident = getattr(self, "_thread_to_end", None)
        if ident is not None:
            t = threading._active.get(ident)
            if t is not None:
                t._stop()

    def _handle_more(self):
        """The rest of handle() after giving way; handlers that give way define it."""

    def setup(self):
        pass

    def handle(self):
        pass

    def finish(self):
        pass


class StreamRequestHandler(BaseRequestHandler):
    """A handler with rfile and wfile over the connection."""

    rbufsize = -1
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        self.connection = self.request
        if self.timeout is not None:
            self.connection.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = self.connection.makefile('rb', self.rbufsize)
        if self.wbufsize == 0:
            self.wfile = _SocketWriter(self.connection)
        else:
            self.wfile = self.connection.makefile('wb', self.wbufsize)

    def finish(self):
        if not self.wfile.closed:
            try:
                self.wfile.flush()
            except socket.error:
                pass
        self.wfile.close()
        self.rfile.close()


class _SocketWriter(BufferedIOBase):
    """An unbuffered writer that sends everything it is given (sendall)."""

    def __init__(self, sock):
        self._sock = sock
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def writable(self):
        return True

    def write(self, b):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        self._sock.sendall(b)
        return b.nbytes if isinstance(b, memoryview) else len(b)

    def flush(self):
        pass

    def fileno(self):
        return self._sock.fileno()


class DatagramRequestHandler(BaseRequestHandler):
    """A handler for a datagram: rfile reads the packet, wfile is sent back."""

    def setup(self):
        from io import BytesIO
        self.packet, self.socket = self.request
        self.rfile = BytesIO(self.packet)
        self.wfile = BytesIO()

    def finish(self):
        self.socket.sendto(self.wfile.getvalue(), self.client_address)
