"""One writer at a time: an advisory lock on the project, released by the kernel when the process dies.

The lock is `fcntl.flock` on `.errcodegen.lock` next to the configuration file. `generate` and
`prune` hold it exclusively, `check` shared (several checks at once, none during a write).
The file is created once and kept: removing a lock file while another process waits on it
would let two processes hold "the" lock at once.
"""

from __future__ import annotations

import errno
import fcntl
import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

LOCK_NAME = ".errcodegen.lock"


class LockBusy(Exception):
    """Another errcodegen run holds the project's lock (and the caller chose not to wait)."""


def _open(path: Path, exclusive: bool) -> int | None:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o644)
    except OSError as exc:
        if not exclusive and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return None  # a read-only checkout: a check cannot race a writer that cannot write
        raise


@contextmanager
def project_lock(root: Path, exclusive: bool = True, wait: bool = True) -> Iterator[None]:
    """Hold the project's lock for the block; wait (saying so once on stderr) or raise LockBusy."""
    path = root / LOCK_NAME
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise LockBusy(f"{path}: the lock file is not a regular file; remove it")
    fd = _open(path, exclusive)
    if fd is None:
        yield
        return
    mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
    try:
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                raise LockBusy(f"another errcodegen run holds {path.name} in {root} (exit 2 with --no-wait)") from None
            print(f"errcodegen: waiting for another errcodegen run in {root} to finish ...", file=sys.stderr, flush=True)
            started = time.monotonic()
            fcntl.flock(fd, mode)
            print(f"errcodegen: went on after {time.monotonic() - started:.1f} s", file=sys.stderr, flush=True)
        yield
    finally:
        os.close(fd)  # closing the last descriptor releases the lock
