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


def plan(out_dir: Path, files: dict[str, str]) -> list[tuple[Path, bytes]]:
    """Validate every output path and return (absolute path, bytes) pairs; raise WriteError."""
    folded: dict[str, str] = {}
    result: list[tuple[Path, bytes]] = []
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
        result.append((out_dir.joinpath(*parts), text.encode("utf-8")))
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


def write_tree(out_dir: Path, files: dict[str, str]) -> list[str]:
    """Write `files` under `out_dir` all or nothing; return the paths whose content changed."""
    planned = plan(out_dir, files)
    clean_stale_temporaries(out_dir)
    changed = [(path, data, _read(path)) for path, data in planned]
    changed = [(path, data, old) for path, data, old in changed if old != data]
    if not changed:
        return []
    created: list[Path] = []
    temps: list[tuple[Path, Path]] = []
    renamed: list[tuple[Path, bytes | None]] = []
    try:
        for path, data, _ in changed:
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
            temps.append((tmp, path))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        for index, ((tmp, path), (_, _, old)) in enumerate(zip(temps, changed), 1):
            _fault("rename", index)
            os.replace(tmp, path)
            renamed.append((path, old))
    except BaseException as exc:
        for path, old in reversed(renamed):
            if old is None:
                path.unlink(missing_ok=True)
            else:
                restore = path.with_name(f".{path.name}{TMP_MARK}restore")
                restore.write_bytes(old)
                os.replace(restore, path)
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
        for folder in reversed(created):
            try:
                folder.rmdir()
            except OSError:
                pass
        if isinstance(exc, OSError):
            raise WriteError(f"writing {out_dir} failed, nothing changed: {exc}") from exc
        raise
    return [str(path.relative_to(out_dir)) for path, _, _ in changed]


def stale(out_dir: Path, files: dict[str, str]) -> list[str]:
    """Return unified diffs (one string per file) of what differs from `files` on disk."""
    diffs: list[str] = []
    for path, data in plan(out_dir, files):
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
