"""The upstream lock file (`upstream.lock.toml`) as every run reads it: where each page came from,
cited in the header of every file generated from that page while the page keeps the recorded
sha256. `errcodegen update` (upstream.py) fetches the pages and writes the file; `generate` only
reads it, without importing the rest of `update`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from .fsread import read_text


class UpstreamError(Exception):
    """Fetching or finding an upstream page failed (no network, unknown ref, path not found): exit 2."""


# -- the lock file ------------------------------------------------------------------------


@dataclass(frozen=True)
class LockEntry:
    """Where one page of the project came from."""

    file: str  # the page, relative to the project root
    set: str
    locale: str
    repo: str  # as configured
    ref: str  # as asked for ("" = the default branch)
    configured_path: str  # the configuration's path (the lock's `path` follows renames)
    path: str
    commit: str  # the last commit that changed the page at `path`
    date: str  # that commit's committer date (ISO 8601)
    blob: str  # git's blob id of the page's bytes
    sha256: str

    def cite(self) -> str:
        """The words a generated header adds: repository, path, short commit."""
        return f"{self.repo} {self.path} commit {self.commit[:12]}"


LOCK_FIELDS = tuple(LockEntry.__dataclass_fields__)


def load_lock(path: Path | None) -> dict[str, LockEntry]:
    """The lock file's records by page file ({} when there is none); raise UpstreamError when unusable."""
    if path is None or not path.exists():
        return {}
    try:
        data = tomllib.loads(read_text(path))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UpstreamError(f"{path.name}: not a lock file errcodegen wrote ({exc}); remove it and run `errcodegen update`") from None
    pages = data.get("page", [])
    entries: dict[str, LockEntry] = {}
    if not isinstance(pages, list) or set(data) - {"page"}:
        raise UpstreamError(f"{path.name}: not a lock file errcodegen wrote (only [[page]] tables belong there)")
    for i, page in enumerate(pages):
        if not isinstance(page, dict) or set(page) != set(LOCK_FIELDS) or not all(isinstance(v, str) for v in page.values()):
            raise UpstreamError(f"{path.name}: page[{i}] must have exactly the string keys {', '.join(LOCK_FIELDS)}")
        entry = LockEntry(**page)
        entries[entry.file] = entry
    return entries


def citation(lock: Mapping[str, LockEntry], file: str, sha256: str) -> str:
    """What a header cites for the page `file` with these bytes: '' unless the lock vouches for them."""
    entry = lock.get(file)
    return entry.cite() if entry is not None and entry.sha256 == sha256 else ""
