"""`[tool.errcodegen]` of pyproject.toml: which page to read, where to write, per-target options."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TARGET_OPTIONS: dict[str, frozenset[str]] = {
    "python": frozenset({"package"}),
    "typescript": frozenset({"file"}),
    "go": frozenset({"module", "package"}),
    "schema": frozenset({"file", "id"}),
    "json": frozenset({"file"}),
}
TOP_KEYS = frozenset({"source", "out", "names"}) | frozenset(TARGET_OPTIONS)


class ConfigError(Exception):
    """A configuration that cannot be used; the message names the key."""


@dataclass(frozen=True)
class Config:
    """Resolved settings; every path is absolute."""

    root: Path
    source: Path
    out: Path
    names: Path
    targets: dict[str, dict[str, Any]] = field(default_factory=dict)

    def display(self, path: Path) -> str:
        """Return `path` relative to the project root when inside it (stable across machines)."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return str(path)


def _string(table: dict[str, Any], key: str, where: str) -> str:
    value = table[key]
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{where}.{key} must be a non-empty string, not {value!r}")
    return value


def load(path: Path | None = None) -> Config:
    """Read `[tool.errcodegen]` from `path` (default ./pyproject.toml); defaults when absent."""
    path = path or Path("pyproject.toml")
    table: dict[str, Any] = {}
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from None
        table = data.get("tool", {}).get("errcodegen", {})
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: tool.errcodegen must be a table")
    where = "tool.errcodegen"
    for key in table:
        if key not in TOP_KEYS:
            raise ConfigError(f"{path}: unknown key {where}.{key} (known: {', '.join(sorted(TOP_KEYS))})")
    root = path.resolve().parent
    targets: dict[str, dict[str, Any]] = {}
    for target, allowed in TARGET_OPTIONS.items():
        options = table.get(target, {})
        if not isinstance(options, dict):
            raise ConfigError(f"{path}: {where}.{target} must be a table")
        for key in options:
            if key not in allowed:
                raise ConfigError(f"{path}: unknown key {where}.{target}.{key} (known: {', '.join(sorted(allowed))})")
            _string(options, key, f"{path}: {where}.{target}")
        targets[target] = dict(options)
    values = {k: _string(table, k, f"{path}: {where}") for k in ("source", "out", "names") if k in table}
    return Config(
        root=root,
        source=root / values.get("source", "source_docs/ci-error-codes.en.md"),
        out=root / values.get("out", "generated"),
        names=root / values.get("names", "source_docs/names.toml"),
        targets=targets,
    )
