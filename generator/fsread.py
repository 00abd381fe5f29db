"""Reading a file errcodegen did not write: a regular file only, and never more than a limit.

A page, names file or configuration file could be a FIFO (reading blocks forever), a device
(`/dev/zero` never ends), a directory or socket, or a regular file of gigabytes. The path is
checked with `os.stat` before anything opens it, opened without blocking (`O_NONBLOCK`: a
FIFO swapped in after the check opens at once instead of waiting for a writer) and checked
again on the open descriptor with `os.fstat`, so that what is read is the file that was
checked; then at most `limit + 1` bytes are read, so that a file that grows while it is
read is refused too. Both refusals are `OSError`s with `filename` and `strerror` set, so
every caller that reports an unreadable file reports these the same way, on one line.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

# Generous ceilings for the files that are not pages (pages have parse.MAX_BYTES): a names
# file of the 500 000 codes a page may hold is about 100 MB; a configuration is a few kB.
MAX_TEXT_BYTES = 256 * 1024 * 1024

_CHUNK = 1 << 20


class NotRegularFile(OSError):
    """The path is a FIFO, device, directory or socket, not a regular file."""

    def __init__(self, path: str | Path, what: str) -> None:
        super().__init__(errno.EINVAL, f"not a regular file ({what})", str(path))


class TooBig(OSError):
    """The file holds more than the limit; `size` is its size when known (else None)."""

    def __init__(self, path: str | Path, size: int | None, limit: int) -> None:
        shown = f"{size} bytes" if size is not None else f"more than {limit} bytes"
        super().__init__(errno.EFBIG, f"input is {shown}; the limit is {limit}", str(path))
        self.size, self.limit = size, limit


def _what(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a plain file"


def _check(path: str | Path, st: os.stat_result, limit: int) -> None:
    if not stat.S_ISREG(st.st_mode):
        raise NotRegularFile(path, _what(st.st_mode))
    if st.st_size > limit:
        raise TooBig(path, st.st_size, limit)


def read_regular(path: str | Path, limit: int) -> bytes:
    """Return the bytes of the regular file `path`; raise NotRegularFile, TooBig or OSError."""
    _check(path, os.stat(path), limit)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)  # the file opened, whatever the path names now
        _check(path, st, limit)
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, max(st.st_size + 1, _CHUNK)))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise TooBig(path, None, limit)  # it grew while it was read
    return data


def read_text(path: str | Path, limit: int = MAX_TEXT_BYTES) -> str:
    """`Path.read_text(encoding="utf-8")` of a regular file of at most `limit` bytes.

    Line endings are read as `Path.read_text` reads them (CRLF and CR become LF); invalid
    UTF-8 raises UnicodeDecodeError, as it does.
    """
    text = read_regular(path, limit).decode("utf-8")
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
