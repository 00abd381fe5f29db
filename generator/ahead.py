"""Helper processes that make some of a write's files while the writer makes the others.

Rendering and checking a file is pure Python work, one core's worth at a time; a real project
is a hundred-odd files, and on a machine of two cores or more, helpers forked from the writer
make them in about half the time. A helper shares the run's models and templates as they were
when it was forked, and only computes: it takes the number of the next file from a queue it
shares with the writer and the other helpers (a pipe holding every number once, so no file is
made twice), makes the file's bytes and sends them to the writer over a pipe of its own. The
writer writes, hashes and syncs them as it does its own files.

A helper writes no file and holds no lock: every descriptor it inherited but its two pipes is
closed at once, so an errcodegen lock is released when the writer ends, and a helper whose
writer is gone dies on its first write to the pipe. A failure comes back as it happened (the
exception, pickled), and the writer raises the first one in file order, as one process would;
a file a helper did not finish (it was killed, say) the writer makes itself.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import struct
import sys
import threading
from typing import Callable, Protocol

# A frame: the file's number, what follows, the length of what follows.
_HEAD = struct.Struct(">IBI")
_START, _DATA, _END, _ERROR = range(4)
_TOKEN = struct.Struct(">I")

Make = Callable[[int, Callable[[bytes], None]], None]


class Receiver(Protocol):
    """What the writer does with the frames of a helper (called in a thread of the writer)."""

    def start(self, index: int) -> None: ...

    def data(self, index: int, data: bytes) -> None: ...

    def end(self, index: int) -> None: ...

    def failed(self, index: int, exc: BaseException) -> None: ...

    def lost(self, index: int) -> None:
        """A file the helper started and never finished (it died): the writer makes it itself."""


class Helpers:
    """`count` helper processes making files from `indices` (ascending) with `make(index, send)`,
    their frames handed to `receiver` once `release()` is called (until then the helpers make
    their first files and wait on their pipes). Use: `start()`, `release()`, `take()` until None
    (the writer's share), then `finish()`; `stop()` on any failure of the writer. When no helper
    can be had (no os.fork, no process, thread or descriptor to spare, a queue larger than its
    pipe), `start` returns False, having left nothing behind, and the writer makes every file."""

    def __init__(self, count: int, indices: list[int], make: Make, receiver: Receiver) -> None:
        self.count = min(count, _spare_descriptors() // 4)
        self.indices = indices
        self.make = make
        self.receiver = receiver
        self.pids: list[int] = []
        self.readers: list[threading.Thread] = []
        self.queue: int | None = None
        self.taken = threading.Event()  # set once a helper has taken a file (for the tests' fault hook)
        self.go = threading.Event()  # the readers pass frames on once set
        self.cancelled = False  # ... or drop them (the write failed, or no helper could be had)

    def start(self) -> bool:
        if self.count < 1 or not self.indices or not hasattr(os, "fork"):
            return False
        try:
            r_queue, w_queue = os.pipe()
        except OSError:
            return False
        try:
            os.set_blocking(w_queue, False)
            os.write(w_queue, b"".join(_TOKEN.pack(i) for i in self.indices))
        except BlockingIOError:  # a partial write raises too (the pipe is smaller than the queue)
            os.close(r_queue)
            os.close(w_queue)
            return False
        except BaseException:
            os.close(r_queue)
            os.close(w_queue)
            raise
        os.close(w_queue)  # the queue ends where its numbers do
        self.queue = r_queue
        readable: list[int] = []
        # A helper's collector should not touch (and so copy) the writer's objects; a caller that
        # froze its own objects (a preforking server) keeps them frozen, and ours are left be.
        freeze = gc.isenabled() and gc.get_freeze_count() == 0
        if freeze:
            gc.freeze()
        try:
            for _ in range(self.count):  # every fork before any thread of the writer's starts
                try:
                    r_frames, w_frames = os.pipe()
                except OSError:
                    break
                _widen(w_frames)
                try:
                    pid = os.fork()
                except OSError:  # no process to be had: the writer and the helpers it has
                    os.close(r_frames)
                    os.close(w_frames)
                    break
                if pid == 0:  # pragma: no cover (a helper: its coverage is not collected)
                    _helper(r_queue, w_frames, self.make)
                os.close(w_frames)
                self.pids.append(pid)
                readable.append(r_frames)
        finally:
            if freeze:
                gc.unfreeze()
        try:
            for fd in readable:
                reader = threading.Thread(target=self._read, args=(fd,), name="errcodegen-helper", daemon=True)
                reader.start()
                self.readers.append(reader)
                readable = readable[1:]
        except RuntimeError:  # no thread to be had (a process limit): no helper then
            for fd in readable:
                os.close(fd)
            self.stop()
            return False
        if not self.pids:
            self.stop()
            return False
        return True

    def release(self) -> None:
        """Pass the helpers' frames on to the receiver from now on."""
        self.go.set()

    def take(self) -> int | None:
        """The next file for the writer to make, or None when every one is taken."""
        if self.queue is None:
            return None
        data = os.read(self.queue, _TOKEN.size)
        if len(data) < _TOKEN.size:  # the queue is empty (its numbers never split: one write)
            return None
        return int(_TOKEN.unpack(data)[0])

    def finish(self) -> None:
        """Wait until every helper has ended and every frame is received."""
        self.go.set()
        for reader in self.readers:
            reader.join()
        self._reap()

    def stop(self) -> None:
        """End the helpers now (the writer failed or was interrupted); their frames are dropped."""
        self.cancelled = True
        self.go.set()
        for pid in self.pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        for reader in self.readers:
            reader.join()
        self._reap()
    def _reap(self) -> None:
        for pid in self.pids:
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass
        self.pids = []
        if self.queue is not None:
            os.close(self.queue)
            self.queue = None

    def _read(self, fd: int) -> None:
        started: int | None = None
        self.go.wait()
        with os.fdopen(fd, "rb") as frames:
            while True:
                head = frames.read(_HEAD.size)
                if len(head) < _HEAD.size:
                    break
                index, kind, length = _HEAD.unpack(head)
                payload = frames.read(length) if length else b""
                if len(payload) < length:
                    break
                if self.cancelled:
                    if started is not None:
                        self.receiver.lost(started)
                        started = None
                    continue
                if kind == _START:
                    started = index
                    self.taken.set()
                    self.receiver.start(index)
                elif kind == _DATA:
                    self.receiver.data(index, payload)
                elif kind == _END:
                    started = None
                    self.receiver.end(index)
                else:
                    started = None
                    self.receiver.failed(index, _unpickled(payload))
        if started is not None:
            self.receiver.lost(started)


def _spare_descriptors() -> int:
    """How many more descriptors this process may open, less a margin for the writer's own (its
    lock, journal, temporaries and the files it syncs): each helper takes two for a moment."""
    try:
        import resource

        soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    except (ImportError, OSError, ValueError):  # pragma: no cover (not on Unix)
        return 1 << 10
    if soft == resource.RLIM_INFINITY:
        return 1 << 10
    try:
        used = len(os.listdir("/proc/self/fd"))
    except OSError:  # not on Linux
        used = 16
    return max(0, soft - used - 96)


def write_all(fd: int, data: bytes) -> None:
    """Write every byte of `data` to `fd` (a pipe or a file may take fewer at a time)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _send(fd: int, index: int, kind: int, payload: bytes = b"") -> None:
    write_all(fd, _HEAD.pack(index, kind, len(payload)) + payload)


def _pickled(exc: BaseException) -> bytes:
    try:
        data = pickle.dumps(exc)
        pickle.loads(data)  # an exception whose arguments do not rebuild it is sent as its text
        return data
    except Exception:
        return pickle.dumps(RuntimeError(f"{type(exc).__name__}: {exc}"))


def _unpickled(data: bytes) -> BaseException:
    try:
        exc = pickle.loads(data)
    except Exception as problem:  # pragma: no cover (_pickled checked it)
        return RuntimeError(f"a helper process failed, and its error could not be read: {problem}")
    return exc if isinstance(exc, BaseException) else RuntimeError(repr(exc))


def _helper(queue: int, frames: int, make: Make) -> None:  # pragma: no cover (runs in the helper)
    """The helper's whole life: never returns."""
    status = 0
    try:
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGPIPE):
            signal.signal(sig, signal.SIG_DFL)  # a signal ends it at once, quietly
        writer = os.getppid()
        _die_with_parent()
        # Its standard streams are not the helper's either: a caller reading the writer's output
        # to its end is not kept waiting by a helper (whose failures come back pickled).
        null = os.open(os.devnull, os.O_RDWR)
        for std in (0, 1, 2):
            os.dup2(null, std)
        low, high = sorted((queue, frames))
        os.closerange(3, low)  # the lock, the journal, the writer's files: not the helper's
        os.closerange(low + 1, high)
        os.closerange(high + 1, _max_fd())
        if os.getppid() != writer:  # the writer died before the signal was asked for
            os._exit(1)
        while True:
            data = os.read(queue, _TOKEN.size)
            if len(data) < _TOKEN.size:
                break
            index = int(_TOKEN.unpack(data)[0])
            _send(frames, index, _START)
            try:
                make(index, lambda piece: _send(frames, index, _DATA, piece))
            except Exception as exc:
                _send(frames, index, _ERROR, _pickled(exc))
                break
            _send(frames, index, _END)
    except BaseException:
        status = 1
    os._exit(status)


def _die_with_parent() -> None:  # pragma: no cover (runs in the helper)
    """Have Linux kill this helper when its writer dies (PR_SET_PDEATHSIG), where that is to be had:
    a helper in the middle of a large file would otherwise run on until it next writes to its pipe."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError, ImportError):
        pass


# What a helper's pipe holds before the helper waits for its writer to read: Linux's default is
# 64 KiB, and the writer reads in a thread that takes its turn with the writer's own rendering
# (Python's GIL hands over every 5 ms), so a helper sending a large file spent a third of its
# time waiting. 1 MiB is Linux's default limit for an unprivileged process.
PIPE_SIZE = 1 << 20


def _widen(fd: int) -> None:
    """Have the pipe at `fd` hold PIPE_SIZE bytes where the system allows it (else it stays as it is)."""
    try:
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, PIPE_SIZE)
    except (ImportError, AttributeError, OSError):  # not Linux, or over the system's limit
        pass


def _max_fd() -> int:
    try:
        return max(int(os.sysconf("SC_OPEN_MAX")), 256)
    except (ValueError, OSError):  # pragma: no cover
        return 1 << 16
