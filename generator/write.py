"""The only code that writes files: all-or-nothing writes under a journal, and staleness checks.

A write goes in three steps, each recorded in a journal (`.errcodegen-journal.json`, next to
the configuration) before it starts:

1. staging: every file is made (streamed, checked and hashed) under a temporary name in its
   own folder; unchanged files are dropped again. A failure, an interrupt or a kill here
   changes nothing: the temporaries and new folders are removed (by the next run after a
   kill).
2. committing: every temporary is renamed over its file, each old file kept under a backup
   name until all renames succeeded; then the files errcodegen wrote before and no longer
   writes are removed. An interrupt waits until this step is over; after a kill, the next
   run finishes it (every temporary is complete and on disk before the step starts).
3. the journal is removed.

A failed rename rolls everything back instead (journal state `rolling-back`, which the next
run also finishes after a kill). Temporary and backup names carry a token unique to the run.

errcodegen writes, overwrites and removes only its own files: the manifest
(`errcodegen-manifest.json` in the output folder, itself an output) lists every file it wrote
there with its sha256. A file not listed is never removed, and never overwritten unless it
already has the new bytes (or, before any manifest exists, begins with errcodegen's header);
a listed file that was edited since is left alone when it is no longer an output.
"""

from __future__ import annotations

import contextlib
import difflib
import errno
import hashlib
import json
import os
import queue
import re
import secrets
import signal
import stat
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable, Iterator, Sequence

from . import ahead
from .content import Content, Lazy, emit, text
from .fsread import read_text
from .filenames import BACKUP_MARK, HEADER_MARK, TMP_MARK

JOURNAL = ".errcodegen-journal.json"
MANIFEST = "errcodegen-manifest.json"
MANIFEST_COMMENT = (
    f"{HEADER_MARK}. DO NOT EDIT. The files errcodegen wrote in this folder, with their "
    "sha256: it overwrites and removes only these."
)
CHUNK = 1 << 20


class WriteError(Exception):
    """An output path or write that was refused or failed; nothing was changed."""


# -- paths ------------------------------------------------------------------------------


def _check_relative(rel: str) -> list[str]:
    """The parts of `rel`, a relative POSIX path of plain names; raise WriteError."""
    if not rel or rel.startswith("/") or "\\" in rel or "\x00" in rel:
        raise WriteError(f"refused output path {rel!r}: must be a relative POSIX path")
    parts = rel.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise WriteError(f"refused output path {rel!r}: '.' and '..' are not allowed")
    return parts


def plan(out_dir: Path, files: dict[str, Content]) -> list[tuple[Path, str, Content]]:
    """Validate every output path; return (absolute path, relative path, content); raise WriteError."""
    folded: dict[str, str] = {}
    folders: set[str] = set()
    result: list[tuple[Path, str, Content]] = []
    if out_dir.is_symlink():
        raise WriteError(f"refused output folder {out_dir}: it is a symlink")
    base = os.fspath(out_dir)
    for rel, content in sorted(files.items()):
        parts = _check_relative(rel)
        key = unicodedata.normalize("NFKC", rel).casefold()
        if key in folded:
            raise WriteError(f"output paths {folded[key]!r} and {rel!r} collide on a case-insensitive disk")
        folded[key] = rel
        current = base
        for part in parts[:-1]:
            current = os.path.join(current, part)
            if current in folders:  # checked already, for an earlier file of the folder
                continue
            folders.add(current)
            if os.path.islink(current):
                raise WriteError(f"refused to write through symlink {current}")
        path = out_dir / rel
        mode = _lstat_mode(path)  # one lstat for the file itself: not a symlink, and regular if there
        if mode is not None and stat.S_ISLNK(mode):
            raise WriteError(f"refused to write through symlink {path}")
        if mode is not None and not stat.S_ISREG(mode):
            raise WriteError(f"refused to replace {path}: it is not a regular file")
        result.append((path, rel, content))
    return result


# What Path.is_file() and is_symlink() take for "not there" (pathlib's own list).
_ABSENT = frozenset({errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP})


def _lstat_mode(path: Path) -> int | None:
    """The mode of `path` itself (a symlink's, not its target's); None when it is not there.

    One system call where `is_symlink()` then `exists()`/`is_file()` made two or three: a
    write looks at every output path several times (plan, journal, commit)."""
    try:
        return os.lstat(path).st_mode
    except OSError as exc:
        if exc.errno in _ABSENT:
            return None
        raise
    except ValueError:  # a path that cannot be one (pathlib answers False too)
        return None


def _regular(path: Path) -> bool:
    """`path` is a regular file itself, not a symlink (`is_file() and not is_symlink()`)."""
    mode = _lstat_mode(path)
    return mode is not None and stat.S_ISREG(mode)


def _relative(root: Path, path: Path) -> str:
    """`path` relative to `root` (a string cut where `path` was built under `root`: a write names
    every file several times, and os.path.relpath makes both paths absolute each time)."""
    base, full = os.fspath(root), os.fspath(path)
    if base and full.startswith(base) and full[len(base) : len(base) + 1] == "/" and base != "/":
        rest = full[len(base) + 1 :]
        if rest and "/./" not in f"/{rest}/" and "/../" not in f"/{rest}/" and "//" not in rest:
            return rest
    return os.path.relpath(path, root)


# -- the manifest -----------------------------------------------------------------------


def manifest_text(hashes: dict[str, str]) -> str:
    """The manifest: every file errcodegen wrote in the output folder, with its sha256."""
    return json.dumps({"$comment": MANIFEST_COMMENT, "files": dict(sorted(hashes.items()))}, indent=2, ensure_ascii=False) + "\n"


def read_manifest(out_dir: Path) -> dict[str, str] | None:
    """The files the last run wrote in `out_dir` (None when it has no manifest); raise WriteError."""
    path = out_dir / MANIFEST
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise WriteError(f"{path}: the manifest is not a regular file")
    try:
        with path.open("rb") as handle:
            data = handle.read(64 << 20)
    except FileNotFoundError:
        return None
    try:
        parsed = json.loads(data)
        files = parsed["files"]
        if parsed.get("$comment") != MANIFEST_COMMENT or not isinstance(files, dict):
            raise ValueError("not errcodegen's manifest")
        for rel, digest in files.items():
            _check_relative(rel)
            if not isinstance(digest, str):
                raise ValueError(f"bad entry {rel!r}")
    except (ValueError, KeyError, TypeError, AttributeError, WriteError) as exc:
        raise WriteError(f"{path}: not a manifest errcodegen wrote ({exc}); move it away") from None
    return dict(files)


def _sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while block := handle.read(CHUNK):
                digest.update(block)
    except (FileNotFoundError, IsADirectoryError):
        return None
    return digest.hexdigest()


def _has_header(path: Path) -> bool:
    """True when the file is empty or its first two lines carry errcodegen's header."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    if not head:
        return True
    lines = head.split(b"\n", 2)[:2]
    return any(line.lstrip(b"/# \t").startswith(HEADER_MARK.encode()) or f'"$comment": "{HEADER_MARK}'.encode() in line for line in lines)


def owned(out_dir: Path, rel: str, manifest: dict[str, str] | None) -> bool:
    """May errcodegen overwrite `out_dir/rel`? (The caller has checked that it differs.)"""
    if manifest is not None:
        return rel in manifest or rel == MANIFEST
    return _has_header(out_dir.joinpath(*PurePosixPath(rel).parts))


def orphans(
    out_dir: Path, files: dict[str, Content], manifest: dict[str, str] | None = None
) -> tuple[list[tuple[Path, str]], list[Path]]:
    """Files the manifest (read from `out_dir` unless given) lists that are no longer outputs:
    (to remove, each with its sha256, which is the one listed; edited since, so left alone)."""
    if manifest is None:
        manifest = read_manifest(out_dir) if out_dir.is_dir() else None
    remove: list[tuple[Path, str]] = []
    kept: list[Path] = []
    for rel, digest in sorted((manifest or {}).items()):
        if rel in files or rel == MANIFEST:
            continue
        path = out_dir.joinpath(*PurePosixPath(rel).parts)
        if any(p.is_symlink() for p in [path, *path.parents] if p.is_relative_to(out_dir)) or not path.is_file():
            continue
        if _sha256(path) == digest:
            remove.append((path, digest))
        else:
            kept.append(path)
    return remove, kept


# -- the journal ------------------------------------------------------------------------


RUN_PATTERN = re.compile(r"[0-9]{1,10}-[0-9a-f]{12}")


# The journal and its entries are plain classes: a dataclass costs every run about half a
# millisecond to create at import, and these are never compared or printed.


class _Entry:
    """One file of a write: its path, the sha256 it had before (None: it did not exist) and the
    sha256 of its new bytes (known once staged). Its temporary and backup names follow from
    the path and the run's token, so a journal cannot name any other file."""

    __slots__ = ("path", "run", "before", "after", "tmp", "backup")

    def __init__(self, path: Path, run: str, before: str | None = None, after: str | None = None) -> None:
        self.path = path
        self.run = run
        self.before = before
        self.after = after
        self.tmp = path.with_name(f".{path.name}{TMP_MARK}{run}")
        self.backup = path.with_name(f".{path.name}{BACKUP_MARK}{run}")

    @property
    def existed(self) -> bool:
        return self.before is not None


class _Journal:
    """A write's record on disk (JOURNAL): its run token, its files, the folders it makes and the
    files it removes, so that an interrupted write is undone or finished by the next run."""

    __slots__ = ("root", "run", "entries", "folders", "remove", "notes")

    def __init__(self, root: Path, run: str | None = None) -> None:
        self.root = root
        self.run = run if run is not None else f"{os.getpid()}-{secrets.token_hex(6)}"
        self.entries: list[_Entry] = []
        self.folders: list[Path] = []
        self.remove: list[tuple[Path, str]] = []
        self.notes: list[str] = []

    @property
    def path(self) -> Path:
        return self.root / JOURNAL

    def save(self, state: str) -> None:
        data = {
            "state": state,
            "run": self.run,
            "entries": [{"path": _relative(self.root, e.path), "before": e.before, "after": e.after} for e in self.entries],
            "folders": [_relative(self.root, f) for f in self.folders],
            "remove": [[_relative(self.root, p), digest] for p, digest in self.remove],
        }
        nxt = self.path.with_name(JOURNAL + ".next")
        with open(nxt, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(nxt, self.path)
        _fsync_dir(self.root)

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
        self.path.with_name(JOURNAL + ".next").unlink(missing_ok=True)

    @classmethod
    def load(cls, root: Path, writable: Callable[[Path], bool]) -> tuple[str, _Journal] | None:
        """The journal of an interrupted write, checked: every file it names must be one that
        `writable` accepts (an output, a names file, ...) and lie in the project through no
        symlink; anything else is a journal errcodegen did not write, refused whole."""
        path = root / JOURNAL
        path.with_name(JOURNAL + ".next").unlink(missing_ok=True)  # never authoritative
        try:
            data = json.loads(read_text(path))
        except FileNotFoundError:
            return None
        problem = f"{path}: not the journal of an interrupted errcodegen write"
        advice = "; check generated/ and the names files (git status), then delete it"
        try:
            run, state = str(data["run"]), str(data["state"])
            if not RUN_PATTERN.fullmatch(run) or state not in ("staging", "committing", "rolling-back"):
                raise ValueError("run or state")
            journal = cls(root, run)
            for e in data["entries"]:
                for key in ("before", "after"):
                    if e[key] is not None and not re.fullmatch(r"[0-9a-f]{64}", e[key]):
                        raise ValueError(key)
                journal.entries.append(_Entry(_inside(root, e["path"]), run, e["before"], e["after"]))
            journal.folders = [_inside(root, f) for f in data["folders"]]
            journal.remove = [(_inside(root, p), str(digest)) for p, digest in data["remove"]]
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise WriteError(f"{problem} ({exc}){advice}") from None
        for p in [*(e.path for e in journal.entries), *journal.folders, *(p for p, _ in journal.remove)]:
            if not writable(p):
                raise WriteError(f"{problem}: it names {_relative(root, p)}, which errcodegen does not write{advice}")
        return state, journal


def _inside(root: Path, rel: object) -> Path:
    """`root / rel` when `rel` is a relative path that stays in `root` through no symlink."""
    if not isinstance(rel, str) or not rel or os.path.isabs(rel) or "\x00" in rel:
        raise ValueError(f"path {rel!r}")
    path = Path(os.path.normpath(root / rel))
    if not path.is_relative_to(root) or path == root:
        raise ValueError(f"path {rel!r} leaves the project")
    folder = path.parent
    while folder != root:
        if folder.is_symlink():
            raise ValueError(f"path {rel!r} goes through a symlink")
        folder = folder.parent
    return path


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_folders(folders: list[Path]) -> None:
    for folder in sorted(folders, key=lambda f: len(f.parts), reverse=True):
        try:
            folder.rmdir()
        except OSError:
            pass  # not empty (someone put a file there) or already gone


def _drop(path: Path) -> None:
    """Remove one of the run's own temporary or backup files, if it is there as a regular file."""
    try:
        if _regular(path):
            path.unlink()
    except OSError:
        pass


def _file_sha(path: Path) -> str | None:
    if not _regular(path):
        return None
    return _sha256(path)


def _undo_staging(journal: _Journal) -> None:
    for e in journal.entries:
        _drop(e.tmp)
    _remove_folders(journal.folders)
    journal.clear()


def _settle(journal: _Journal, e: _Entry, forward: bool) -> None:
    """Bring one file to the write's new state (forward) or its old one, but only from a state the
    run itself left: a file changed since (a person edited it) is left as it is, and said so."""
    current = _file_sha(e.path)
    if forward and current != e.after:
        if current == e.before and _file_sha(e.tmp) == e.after:
            os.replace(e.tmp, e.path)
        else:
            journal.notes.append(f"left {_relative(journal.root, e.path)} as it is: changed since the interrupted run")
    elif not forward and current == e.after and current != e.before:
        if e.before is None:
            e.path.unlink()
        elif _file_sha(e.backup) == e.before:
            os.replace(e.backup, e.path)
        else:
            journal.notes.append(f"could not restore {_relative(journal.root, e.path)}: its backup is gone")
    _drop(e.tmp)
    _drop(e.backup)


def _settle_all(journal: _Journal, forward: bool, renamed: bool = False) -> None:
    """`renamed`: this run has just renamed every temporary over its file, so each file holds
    its new bytes and only its backup is left to drop (no file is read back)."""
    for e in journal.entries if forward else list(reversed(journal.entries)):
        try:
            if renamed:
                if e.existed:
                    _drop(e.backup)
            else:
                _settle(journal, e, forward)
        except OSError as exc:
            journal.notes.append(f"{_relative(journal.root, e.path)}: {exc.strerror or exc}")
    if forward:
        for path, digest in journal.remove:
            try:
                if _file_sha(path) == digest:
                    path.unlink()
            except OSError as exc:
                journal.notes.append(f"{_relative(journal.root, path)}: {exc.strerror or exc}")
        _prune_empty(journal)
    else:
        _remove_folders(journal.folders)
    journal.clear()


def _roll_forward(journal: _Journal) -> None:
    _settle_all(journal, forward=True)


def _roll_back(journal: _Journal) -> None:
    _settle_all(journal, forward=False)


def _prune_empty(journal: _Journal) -> None:
    """Remove the folders that removing orphans left empty (never the output folder itself)."""
    for path, _ in journal.remove:
        folder = path.parent
        while folder != journal.root and folder.is_dir() and not any(folder.iterdir()):
            if (folder / MANIFEST).exists() or folder.parent == journal.root:
                break
            folder.rmdir()
            folder = folder.parent


def recover(root: Path, writable: Callable[[Path], bool]) -> str | None:
    """Finish or undo a write that a killed run left; return what was done, or None.

    `writable` says which files errcodegen may write here (the outputs, the names files, ...):
    a journal naming any other file is refused (WriteError) and nothing is touched.
    """
    loaded = _Journal.load(root, writable)
    if loaded is None:
        return None
    state, journal = loaded
    if state == "committing":
        _roll_forward(journal)
        done = f"finished the write that an interrupted run left ({len(journal.entries)} file(s))"
    elif state == "rolling-back":
        _roll_back(journal)
        done = "undid the write that an interrupted run left"
    else:
        _undo_staging(journal)
        done = "removed the temporary files of an interrupted run"
    return "; ".join([done, *journal.notes])


def pending(root: Path) -> bool:
    """True when an interrupted write waits to be finished (by the next `generate`)."""
    return (root / JOURNAL).exists()


# -- writing ----------------------------------------------------------------------------


def _fault(stage: str, index: int) -> None:
    """Test hook: ERRCODEGEN_FAULT=`fail-rename:N` raises, `stall-rename:N` sleeps, before rename N
    (`stall-stage:N` before staging file N); the sleep lasts $ERRCODEGEN_STALL_SECONDS (30).
    `exit-helper:N`: a helper process (ahead.py) dies having started its Nth file, and the
    writer lets a helper take a file before it takes any itself. Several, comma-separated."""
    spec = os.environ.get("ERRCODEGEN_FAULT", "")
    if not spec:
        return
    for one in spec.split(","):
        action, _, number = one.partition(":")
        if number.isdigit() and int(number) == index and action.endswith(stage):
            if action.startswith("fail"):
                raise OSError(f"injected failure before {stage} {index}")
            if action.startswith("exit"):  # a helper process dies in the middle of a file (ahead.py)
                os._exit(3)
            if action.startswith("stall"):
                time.sleep(float(os.environ.get("ERRCODEGEN_STALL_SECONDS", "30")))


class _Syncer:
    """Flushes the staged files to disk (fsync, then close) in a few threads while the next ones
    are made: one at a time, each fsync waited for the disk in turn (a third of a first run of a
    real project, with its hundred small files); in threads the waits overlap, and one commit of
    the filesystem's journal serves several files. `wait` returns once every file handed over
    is on disk (raising the first error), as the commit step needs."""

    THREADS = 4
    QUEUED = 32  # files written but not yet handed to a thread, each an open descriptor

    def __init__(self) -> None:
        self.queue: queue.Queue[int | None] = queue.Queue(self.QUEUED)
        self.threads: list[threading.Thread] = []
        self.errors: list[OSError] = []
        self.lock = threading.Lock()  # files come from the writer and from its helpers' readers
        self.alone = False  # no thread could be started: each file is synced as it is handed over

    def submit(self, fd: int) -> None:
        """fsync and close `fd` (which this object now owns) in a thread."""
        with self.lock:
            if not self.threads and not self.alone:
                for _ in range(self.THREADS):
                    thread = threading.Thread(target=self._work, name="errcodegen-fsync", daemon=True)
                    try:
                        thread.start()
                    except RuntimeError:  # no thread to be had (a process limit): the caller syncs
                        break
                    self.threads.append(thread)
                self.alone = not self.threads
        if self.alone:
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            return
        self.queue.put(fd)

    def _work(self) -> None:
        while True:
            fd = self.queue.get()
            if fd is None:
                return
            try:
                os.fsync(fd)
            except OSError as exc:
                self.errors.append(exc)
            finally:
                os.close(fd)

    def wait(self) -> None:
        """Return once every file submitted is on disk and closed; raise the first fsync error."""
        with self.lock:
            threads, self.threads = self.threads, []
        for _ in threads:
            self.queue.put(None)
        for thread in threads:
            thread.join()
        if self.errors:
            raise self.errors[0]


_TMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW


def _encoded(content: Content, rel: str, out: Callable[[bytes], object]) -> None:
    """Make `content` (rendered and checked as it is made: validate.checked) and hand its UTF-8
    bytes to `out`, in blocks of about CHUNK characters; raise WriteError when it cannot be made."""
    buffered: list[str] = []
    size = 0

    def flush() -> None:
        nonlocal size
        piece = "".join(buffered)
        buffered.clear()
        size = 0
        try:
            data = piece.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise WriteError(f"{rel} cannot be written as UTF-8: {exc}") from None
        out(data)

    def write(piece: str) -> None:
        nonlocal size
        buffered.append(piece)
        size += len(piece)
        if size >= CHUNK:
            flush()

    try:
        emit(content, write)
    except ValueError as exc:  # a target made while written refused its input (escape.py, a check)
        raise WriteError(f"{rel}: cannot render: {exc}") from None
    flush()


class _Temporary:
    """An entry's temporary file as it is written, its bytes hashed as they go (by the writer's
    own staging, and for the files its helpers send)."""

    def __init__(self, entry: _Entry) -> None:
        self.entry = entry
        self.fd = os.open(entry.tmp, _TMP_FLAGS, 0o644)
        self.digest = hashlib.sha256()

    def write(self, data: bytes) -> None:
        ahead.write_all(self.fd, data)
        self.digest.update(data)

    def close(self, syncer: _Syncer | None) -> str:
        """Its sha256, the file handed to `syncer` to be flushed (not at all when it holds the
        entry's old bytes, which the caller drops) or, without one, flushed now."""
        digest = self.digest.hexdigest()
        if syncer is None:
            try:
                os.fsync(self.fd)
            finally:
                os.close(self.fd)
        elif digest != self.entry.before:
            syncer.submit(self.fd)  # which closes it once it is on disk
        else:
            os.close(self.fd)
        return digest

    def abandon(self) -> None:
        os.close(self.fd)


def _stage(entry: _Entry, rel: str, content: Content | bytes, syncer: _Syncer | None = None) -> str:
    """Write `content` to the entry's temporary file (checked as it is made); return its sha256.

    Bytes (a page copied from upstream by `update`, CRLF and all) are written as they are,
    unchecked, and flushed now: they are input, not output. With a `syncer`, a text is flushed
    to disk by it (`syncer.wait()` before the commit), and not at all when it holds the entry's
    old bytes (the caller drops it).
    """
    temporary = _Temporary(entry)
    try:
        if isinstance(content, bytes):
            temporary.write(content)
            syncer = None
        else:
            _encoded(content, rel, temporary.write)
    except BaseException:
        temporary.abandon()
        raise
    return temporary.close(syncer)


class _Staged:
    """The files of a write made so far, by the writer or by its helpers (whose frames arrive in
    threads): each one's sha256 once its temporary is complete, or what stopped it."""

    def __init__(self, entries: list[_Entry], syncer: _Syncer) -> None:
        self.entries = entries
        self.syncer = syncer
        self.digests: dict[int, str] = {}
        self.errors: dict[int, BaseException] = {}
        self.open: dict[int, _Temporary] = {}

    def start(self, index: int) -> None:
        try:
            self.open[index] = _Temporary(self.entries[index])
        except OSError as exc:
            self.errors[index] = exc

    def data(self, index: int, data: bytes) -> None:
        if index not in self.open:
            return
        try:
            self.open[index].write(data)
        except OSError as exc:
            self.errors[index] = exc
            self.open.pop(index).abandon()

    def end(self, index: int) -> None:
        if index in self.open:
            self.digests[index] = self.open.pop(index).close(self.syncer)

    def failed(self, index: int, exc: BaseException) -> None:
        self._close(index)
        self.errors[index] = exc

    def lost(self, index: int) -> None:
        self._close(index)
        _drop(self.entries[index].tmp)  # the writer makes it again

    def _close(self, index: int) -> None:
        opened = self.open.pop(index, None)
        if opened is not None:
            opened.abandon()


class _Ahead:
    """The texts made while written (each a `Lazy`, but the manifest at `last`), staged by `jobs`
    processes at once (ahead.py): the writer and `jobs - 1` helpers take the files in order from
    one queue. The helpers start at once (`__init__`), while the writer saves its journal and
    makes the folders; `run` is the writer's share, `stop` ends the helpers on any failure. A
    file none of them made (an error came first) is left to the writer's loop (`staged`)."""

    def __init__(self, jobs: int, journal: _Journal, targets: list[tuple[Path, str, Content | bytes]], last: int, syncer: _Syncer) -> None:
        self.journal = journal
        self.targets = targets
        self.syncer = syncer
        self.staged = _Staged(journal.entries, syncer)
        self.helpers: ahead.Helpers | None = None
        indices = [i for i, (_, _, content) in enumerate(targets) if isinstance(content, Lazy) and i != last]
        if jobs < 2 or len(indices) < 2:
            return
        started = iter(range(1, len(indices) + 1))

        def make(index: int, send: Callable[[bytes], object]) -> None:  # in a helper
            _fault("helper", next(started))
            _fault("stage", index + 1)
            _, rel, content = targets[index]
            assert not isinstance(content, bytes)  # only texts are queued
            _encoded(content, rel, send)

        helpers = ahead.Helpers(min(jobs, len(indices)) - 1, indices, make, self.staged)  # no idle helper
        if helpers.start():
            self.helpers = helpers

    def run(self) -> _Staged:
        """The writer's share, once the journal is saved and the folders made (the helpers' files
        are opened from then on)."""
        helpers, staged = self.helpers, self.staged
        if helpers is None:
            return staged
        helpers.release()
        if "exit-helper" in os.environ.get("ERRCODEGEN_FAULT", ""):
            helpers.taken.wait(60)
        while (index := helpers.take()) is not None:
            _, rel, content = self.targets[index]
            try:
                _fault("stage", index + 1)
                staged.digests[index] = _stage(self.journal.entries[index], rel, content, self.syncer)
            except Exception as exc:  # raised in file order by the caller's loop
                staged.errors[index] = exc
                break
        if staged.errors:
            helpers.stop()  # what they were making is made again by the loop, or not needed
        else:
            helpers.finish()
        return staged

    def stop(self) -> None:
        """End the helpers now (the write failed or was interrupted); no file of theirs is opened after."""
        if self.helpers is not None:
            self.helpers.stop()


@contextlib.contextmanager
def _signals_blocked() -> Iterator[None]:
    """Hold SIGINT and SIGTERM until the block is over (the commit of a write is not interrupted)."""
    held = {signal.SIGINT, signal.SIGTERM}
    old = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


@dataclass
class Result:
    """What a write changed, relative to the project root where possible."""

    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    left_alone: list[str] = field(default_factory=list)
    interrupted: bool = False  # a SIGINT or SIGTERM came during the commit, which went on to its end


def write_tree(
    out_dir: Path,
    files: dict[str, Content],
    also: Sequence[tuple[Path, Content | bytes]] | None = None,
    root: Path | None = None,
    dry_run: bool = False,
    manifest: bool = True,
    jobs: int = 1,
) -> Result:
    """Write `files` under `out_dir` (and the `also` files elsewhere: text, or bytes written as they are) all or nothing.

    `root` holds the journal (default: `out_dir`'s parent). With `manifest`, the output
    folder's manifest is written too and files the previous manifest lists but `files` no
    longer has are removed. With `dry_run`, everything is made and checked, nothing changes,
    and the result says what would have. With `jobs` over 1, that many processes make the
    files (ahead.py); the bytes, the errors and what is written are those of one process.
    """
    root = root if root is not None else out_dir.parent
    planned = plan(out_dir, files)
    old_manifest = read_manifest(out_dir) if manifest and out_dir.is_dir() else None
    if manifest and MANIFEST in files:
        raise WriteError(f"{MANIFEST} is errcodegen's own file; an output cannot use that name")
    remove, kept = orphans(out_dir, files, old_manifest) if old_manifest is not None else ([], [])
    targets: list[tuple[Path, str, Content | bytes]] = list(planned)
    for path, content in also or []:
        if path.is_symlink() or not path.parent.is_dir() or (path.exists() and not path.is_file()):
            raise WriteError(f"refused to write {path}: not a regular file in an existing folder")
        targets.append((path, _relative(root, path), content))
    if manifest:
        targets.append((out_dir / MANIFEST, MANIFEST, ""))  # made once the others' hashes are known
    journal = _Journal(root)
    present: set[Path] = set()  # folders seen to exist (most files share theirs with others)
    made: set[Path] = set()  # the folders the write makes (journal.folders, in order)
    for path, _, _ in targets:
        journal.entries.append(_Entry(path, journal.run, before=_file_sha(path)))
        parent = path.parent
        while parent not in present and parent not in made:
            if parent.exists():
                present.add(parent)
                break
            journal.folders.append(parent)
            made.add(parent)
            parent = parent.parent
    journal.remove = remove
    result = Result(left_alone=[_relative(root, p) for p in kept])
    syncer = _Syncer()
    last = len(targets) - 1 if manifest else -1
    helped: _Ahead | None = None
    try:
        helped = _Ahead(jobs, journal, targets, last, syncer)  # the helpers start making files now
        journal.save("staging")  # in the block: a signal as it is saved is undone like any other
        for folder in sorted(journal.folders, key=lambda f: len(f.parts)):
            folder.mkdir(exist_ok=True)
        hashes: dict[str, str] = {}
        changed: list[_Entry] = []
        n_out = len(planned)
        staged = helped.run()
        for index, (entry, (path, rel, content)) in enumerate(zip(journal.entries, targets)):
            if index in staged.errors:
                raise staged.errors[index]
            if index in staged.digests:
                digest = staged.digests[index]
            else:
                _fault("stage", index + 1)
                if index == last:
                    content = manifest_text(hashes)
                digest = _stage(entry, rel, content, syncer)
            entry.after = digest
            if index < n_out:
                hashes[rel] = digest
            if entry.before == digest:
                entry.tmp.unlink()
                continue
            mode = _lstat_mode(path)
            if mode is not None:
                if not stat.S_ISREG(mode) or (manifest and index < n_out and not owned(out_dir, rel, old_manifest)):
                    raise WriteError(f"refused to overwrite {_relative(root, path)}: errcodegen did not write it (move it away first)")
            changed.append(entry)
        syncer.wait()  # every temporary on disk before the commit step starts
        result.written = [_relative(root, e.path) for e in changed]
        result.removed = [_relative(root, p) for p, _ in journal.remove]
        if dry_run or (not changed and not journal.remove):
            _undo_staging(journal)
            return result
        journal.entries = changed
    except BaseException as exc:
        if helped is not None:
            helped.stop()
        with contextlib.suppress(OSError):
            syncer.wait()  # no descriptor left open on a temporary about to be removed
        _undo_staging(journal)
        if isinstance(exc, OSError):
            raise WriteError(f"writing {out_dir} failed, nothing changed: {exc}") from exc
        raise
    try:
        _commit(journal)
    except (KeyboardInterrupt, Interrupted):
        result.interrupted = True  # held until the commit was over: everything is written
    return result


class Interrupted(BaseException):
    """SIGTERM, raised like KeyboardInterrupt so that a write in progress is undone or finished."""


def _commit(journal: _Journal) -> None:
    with _signals_blocked():
        journal.save("committing")
        try:
            for index, e in enumerate(journal.entries, 1):
                _fault("rename", index)
                if e.existed:
                    e.backup.unlink(missing_ok=True)
                    os.link(e.path, e.backup)
                os.replace(e.tmp, e.path)
        except OSError as exc:
            journal.save("rolling-back")
            _roll_back(journal)
            raise WriteError(f"writing failed, nothing changed: {exc}") from exc
        _settle_all(journal, forward=True, renamed=True)


# -- a file of its own: the report ------------------------------------------------------


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process: alive
    return True


def stale_temporaries(path: Path) -> list[Path]:
    """The temporaries that killed runs left beside `path` (their process is gone)."""
    prefix = f".{path.name}{TMP_MARK}"
    found = []
    try:
        siblings = list(path.parent.iterdir())
    except OSError:
        return []
    for sibling in siblings:
        run = sibling.name[len(prefix):] if sibling.name.startswith(prefix) else ""
        if RUN_PATTERN.fullmatch(run) and not _alive(int(run.split("-")[0])) and sibling.is_file() and not sibling.is_symlink():
            found.append(sibling)
    return found


def write_alone(path: Path, data: bytes) -> None:
    """Write one file that is no part of the project's write (`update --report FILE`, which may
    lie outside the project): to a temporary beside it, then renamed over it, so it is either
    the old file or the new one. No journal names it; a kill leaves at most the temporary, which
    the next write of the same file removes."""
    for leftover in stale_temporaries(path):
        _drop(leftover)
    entry = _Entry(path, f"{os.getpid()}-{secrets.token_hex(6)}")
    try:
        fd = os.open(entry.tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
        with os.fdopen(fd, "wb") as handle:
            _fault("stage", 1)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(entry.tmp, path)
    except BaseException as exc:
        _drop(entry.tmp)
        if isinstance(exc, OSError):
            raise WriteError(f"writing {path.name} failed: {exc.strerror or exc}") from exc
        raise


# -- staleness --------------------------------------------------------------------------


def _compare(path: Path, content: Content) -> tuple[bool, str]:
    """(True when the file does not hold exactly `content`, the content's sha256), piece by piece."""
    digest = hashlib.sha256()
    try:
        handle = path.open("rb")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        handle = None
    mismatch = handle is None

    def compare(piece: str) -> None:
        nonlocal mismatch
        data = piece.encode("utf-8", "surrogatepass")
        digest.update(data)
        if not mismatch and handle is not None:
            mismatch = handle.read(len(data)) != data

    try:
        emit(content, compare)
        if handle is not None and not mismatch:
            mismatch = handle.read(1) != b""
    finally:
        if handle is not None:
            handle.close()
    return mismatch, digest.hexdigest()


def _unified(rel: str, old: bytes | None, new: str) -> str:
    old_text = "" if old is None else old.decode("utf-8", "replace")
    diff = difflib.unified_diff(
        old_text.splitlines(keepends=True),
        new.splitlines(keepends=True),
        fromfile=f"a/{rel}" if old is not None else "/dev/null",
        tofile=f"b/{rel}" if new or old is None else "/dev/null",
    )
    return "".join(diff) or f"{rel}: differs\n"


def stale(out_dir: Path, files: dict[str, Content], manifest: bool = True) -> list[str]:
    """Return unified diffs (one string per file) of what `write_tree` would change."""
    diffs: list[str] = []
    hashes: dict[str, str] = {}
    for path, rel, content in plan(out_dir, files):
        try:
            differs, hashes[rel] = _compare(path, content)
        except ValueError as exc:  # a target made while compared refused its input, as in `_write_one`
            raise WriteError(f"{rel}: cannot render: {exc}") from None
        if differs:
            diffs.append(_unified(rel, path.read_bytes() if path.is_file() else None, text(content)))
    if not manifest:
        return diffs
    mpath = out_dir / MANIFEST
    new_manifest = manifest_text(hashes)
    if _compare(mpath, new_manifest)[0]:
        diffs.append(_unified(MANIFEST, mpath.read_bytes() if mpath.is_file() else None, new_manifest))
    remove, _ = orphans(out_dir, files)
    for path, _ in remove:
        diffs.append(_unified(path.relative_to(out_dir).as_posix(), path.read_bytes(), ""))
    return diffs
