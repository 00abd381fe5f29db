"""The only code that touches the output folder: all-or-nothing writes, and staleness checks.

Every file is first written to a temporary name in its own folder, then renamed over the
old one; if anything fails, files already renamed get their old bytes back, new folders
are removed, and no temporary file stays behind. Nothing is written outside the output
folder: absolute paths, `..`, symlinked folders or files, and names that collide on a
case-insensitive disk are refused before anything is written.
"""

from __future__ import annotations

import difflib
import os
import time
import unicodedata
from pathlib import Path, PurePosixPath

TMP_MARK = ".errcodegen-tmp-"


class WriteError(Exception):
    """An output path or write that was refused or failed; nothing was changed."""


def _check_relative(rel: str) -> PurePosixPath:
    path = PurePosixPath(rel)
    if not rel or path.is_absolute() or "\\" in rel or "\x00" in rel:
        raise WriteError(f"refused output path {rel!r}: must be a relative POSIX path")
    if any(part in ("", ".", "..") for part in rel.split("/")):
        raise WriteError(f"refused output path {rel!r}: '.' and '..' are not allowed")
    return path


def plan(out_dir: Path, files: dict[str, str]) -> list[tuple[Path, str]]:
    """Validate every output path and return (absolute path, text) pairs; raise WriteError."""
    folded: dict[str, str] = {}
    result: list[tuple[Path, str]] = []
    if out_dir.is_symlink():
        raise WriteError(f"refused output folder {out_dir}: it is a symlink")
    for rel, text in sorted(files.items()):
        parts = _check_relative(rel).parts
        key = unicodedata.normalize("NFKC", rel).casefold()
        if key in folded:
            raise WriteError(f"output paths {folded[key]!r} and {rel!r} collide on a case-insensitive disk")
        folded[key] = rel
        current = out_dir
        for part in parts:
            current = current / part
            if current.is_symlink():
                raise WriteError(f"refused to write through symlink {current}")
        result.append((out_dir.joinpath(*parts), text))
    return result


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _fault(stage: str, index: int) -> None:
    """Test hook: ERRCODEGEN_FAULT=`fail-rename:N` raises, `stall-rename:N` sleeps, before rename N."""
    spec = os.environ.get("ERRCODEGEN_FAULT", "")
    if not spec:
        return
    action, _, number = spec.partition(":")
    if number.isdigit() and int(number) == index and action.endswith(stage):
        if action.startswith("fail"):
            raise OSError(f"injected failure before {stage} {index}")
        if action.startswith("stall"):
            time.sleep(30)


def clean_stale_temporaries(out_dir: Path) -> None:
    """Remove temporary files left by a run that was killed mid-way."""
    if out_dir.is_dir() and not out_dir.is_symlink():
        for path in out_dir.rglob(f"*{TMP_MARK}*"):
            if path.is_file() and not path.is_symlink():
                path.unlink()


def _same(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except FileNotFoundError:
        return False


def write_tree(out_dir: Path, files: dict[str, str]) -> list[str]:
    """Write `files` under `out_dir` all or nothing; return the paths whose content changed.

    Each changed file goes to a temporary name in its own folder first; only when all are
    written are they renamed over the old ones, each old one kept under a backup name
    (a hard link, no copy) until every rename has succeeded, so that any failure can put
    every old file back. One file's bytes are in memory at a time.
    """
    planned = plan(out_dir, files)
    clean_stale_temporaries(out_dir)
    created: list[Path] = []
    staged: list[tuple[Path, Path]] = []
    backups: list[tuple[Path, Path | None]] = []
    try:
        for path, text in planned:
            try:
                data = text.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise WriteError(f"{path.name} cannot be written as UTF-8: {exc}") from None
            if _same(path, data):
                continue
            missing = []
            parent = path.parent
            while not parent.exists():
                missing.append(parent)
                parent = parent.parent
            for folder in reversed(missing):
                folder.mkdir()
                created.append(folder)
            tmp = path.with_name(f".{path.name}{TMP_MARK}{os.getpid()}")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            staged.append((tmp, path))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            del data
        for index, (tmp, path) in enumerate(staged, 1):
            _fault("rename", index)
            backup = None
            if path.exists():
                backup = path.with_name(f".{path.name}{TMP_MARK}old")
                backup.unlink(missing_ok=True)
                os.link(path, backup)
            backups.append((path, backup))
            os.replace(tmp, path)
    except BaseException as exc:
        for path, backup in reversed(backups):
            if backup is None:
                path.unlink(missing_ok=True)
            else:
                os.replace(backup, path)
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        for folder in reversed(created):
            try:
                folder.rmdir()
            except OSError:
                pass
        if isinstance(exc, OSError):
            raise WriteError(f"writing {out_dir} failed, nothing changed: {exc}") from exc
        raise
    for _, backup in backups:
        if backup is not None:
            backup.unlink(missing_ok=True)
    return [str(path.relative_to(out_dir)) for _, path in staged]


def stale(out_dir: Path, files: dict[str, str]) -> list[str]:
    """Return unified diffs (one string per file) of what differs from `files` on disk."""
    diffs: list[str] = []
    for path, text in plan(out_dir, files):
        data = text.encode("utf-8")
        old = _read(path)
        if old == data:
            continue
        rel = path.relative_to(out_dir).as_posix()
        old_text = "" if old is None else old.decode("utf-8", "replace")
        diff = difflib.unified_diff(
            old_text.splitlines(keepends=True),
            data.decode("utf-8").splitlines(keepends=True),
            fromfile=f"a/{rel}" if old is not None else "/dev/null",
            tofile=f"b/{rel}",
        )
        diffs.append("".join(diff) or f"{rel}: differs\n")
    return diffs
