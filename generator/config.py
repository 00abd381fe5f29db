"""`[tool.errcodegen]` of pyproject.toml: which pages to read, in which locale, into which outputs.

Either one set of outputs from top-level keys (`source` or `pages`, `names`, per-target
tables), or several under `[[tool.errcodegen.sets]]`, each with its own pages, names file,
kind of code (`int` or `string`) and per-target options. Every path is relative to the
pyproject.toml; a wrong key or value is an error that names the key.
"""

from __future__ import annotations

import keyword
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .fsread import read_text

TARGET_OPTIONS: dict[str, frozenset[str]] = {
    "python": frozenset({"package"}),
    "typescript": frozenset({"file"}),
    "go": frozenset({"module", "package", "dir"}),
    "schema": frozenset({"file", "id"}),
    "json": frozenset({"file"}),
}
SET_KEYS = frozenset({"name", "kind", "source", "pages", "names", "targets"}) | frozenset(TARGET_OPTIONS)
TOP_KEYS = frozenset({"out", "sets"}) | SET_KEYS
KINDS = ("int", "string")
DEFAULT_SOURCE = "source_docs/ci-error-codes.en.md"
DEFAULT_NAMES = "source_docs/names.toml"


# What each option's value must look like: every one becomes a path or a name in the output.
OPTION_PATTERNS: dict[tuple[str, str], str] = {
    ("python", "package"): r"[A-Za-z_][A-Za-z0-9_]*",
    ("typescript", "file"): r"[A-Za-z0-9_][A-Za-z0-9_.-]*\.ts",
    ("go", "dir"): r"[A-Za-z0-9_][A-Za-z0-9_.-]*",
    ("go", "package"): r"[a-z][a-z0-9_]*",
    ("go", "module"): r"[A-Za-z0-9][A-Za-z0-9._~/-]*",
    ("schema", "file"): r"[A-Za-z0-9_][A-Za-z0-9_.-]*\.json",
    ("schema", "id"): r"[A-Za-z][A-Za-z0-9+.-]*:[^\s\"\\]*",
    ("json", "file"): r"[A-Za-z0-9_][A-Za-z0-9_.-]*\.json",
}


def usable_option(target: str, key: str, value: object) -> bool:
    """True when `value` may be used as `target`'s option `key` (the one place this is decided)."""
    if not isinstance(value, str) or not re.fullmatch(OPTION_PATTERNS[(target, key)], value):
        return False
    return not ((target, key) == ("python", "package") and keyword.iskeyword(value))


class ConfigError(Exception):
    """A configuration that cannot be used; the message names the key."""


@dataclass(frozen=True)
class OutputSet:
    """One page (in one or more locales) and the outputs made from it."""

    name: str
    kind: str
    pages: tuple[tuple[str, Path], ...]
    names: Path
    targets: dict[str, dict[str, Any]] = field(default_factory=dict)
    enabled: tuple[str, ...] = tuple(TARGET_OPTIONS)

    @property
    def source(self) -> Path:
        """The page in the default (first) locale."""
        return self.pages[0][1]


@dataclass(frozen=True)
class Config:
    """Resolved settings; every path is absolute."""

    root: Path
    out: Path
    sets: tuple[OutputSet, ...]

    def display(self, path: Path) -> str:
        """Return `path` relative to the project root when inside it (stable across machines)."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return str(path)

    def with_source(self, source: Path) -> Config:
        """Return the configuration with the first set's default page replaced."""
        first = self.sets[0]
        pages = ((first.pages[0][0], source),) + first.pages[1:]
        return replace(self, sets=(replace(first, pages=pages),) + self.sets[1:])


def _string(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{where} must be a non-empty string, not {value!r}")
    return value


def _set(table: dict[str, Any], where: str, root: Path, index: int) -> OutputSet:
    for key in table:
        if key not in SET_KEYS:
            raise ConfigError(f"unknown key {where}.{key} (known: {', '.join(sorted(SET_KEYS))})")
    kind = table.get("kind", "int")
    if kind not in KINDS:
        raise ConfigError(f"{where}.kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if "pages" in table and "source" in table:
        raise ConfigError(f"{where}: give either source or pages, not both")
    pages_table = table.get("pages", {"en": table.get("source", DEFAULT_SOURCE)})
    if not isinstance(pages_table, dict) or not pages_table:
        raise ConfigError(f"{where}.pages must be a table of locale = \"path\"")
    pages = []
    for locale, path in pages_table.items():
        if not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", locale):
            raise ConfigError(f"{where}.pages.{locale}: not a locale tag such as en or zh")
        pages.append((locale, root / _string(path, f"{where}.pages.{locale}")))
    targets: dict[str, dict[str, Any]] = {}
    for target, allowed in TARGET_OPTIONS.items():
        options = table.get(target, {})
        if not isinstance(options, dict):
            raise ConfigError(f"{where}.{target} must be a table")
        for key, value in options.items():
            if key not in allowed:
                raise ConfigError(f"unknown key {where}.{target}.{key} (known: {', '.join(sorted(allowed))})")
            _string(value, f"{where}.{target}.{key}")
            if not usable_option(target, key, value):
                raise ConfigError(f"{where}.{target}.{key} {value!r} is not a usable {'name' if key in ('package', 'module') else 'file name'}")
        targets[target] = dict(options)
    enabled = table.get("targets", list(TARGET_OPTIONS))
    if not isinstance(enabled, list) or any(t not in TARGET_OPTIONS for t in enabled):
        raise ConfigError(f"{where}.targets must be a list of {', '.join(TARGET_OPTIONS)}, not {enabled!r}")
    name = _string(table.get("name", Path(str(pages[0][1])).name.split(".")[0]), f"{where}.name")
    names = root / _string(table.get("names", DEFAULT_NAMES if index == 0 else f"source_docs/{name}.names.toml"), f"{where}.names")
    return OutputSet(name, kind, tuple(pages), names, targets, tuple(enabled))


def load(path: Path | None = None) -> Config:
    """Read `[tool.errcodegen]` from `path` (default ./pyproject.toml); defaults when absent."""
    path = path or Path("pyproject.toml")
    table: dict[str, Any] = {}
    if path.exists():
        try:
            data = tomllib.loads(read_text(path))  # a regular file of bounded size only
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from None
        tool = data.get("tool", {})
        found = tool.get("errcodegen", {}) if isinstance(tool, dict) else None
        if not isinstance(found, dict):
            raise ConfigError(f"{path}: tool.errcodegen must be a table")
        table = found
    root = path.resolve().parent
    where = "tool.errcodegen"
    try:
        for key in table:
            if key not in TOP_KEYS:
                raise ConfigError(f"unknown key {where}.{key} (known: {', '.join(sorted(TOP_KEYS))})")
        out = root / _string(table.get("out", "generated"), f"{where}.out")
        if "sets" in table:
            if set(table) - {"out", "sets"}:
                raise ConfigError(f"{where}: with [[{where}.sets]], put {', '.join(sorted(set(table) - {'out', 'sets'}))} inside a set")
            if not isinstance(table["sets"], list) or not table["sets"]:
                raise ConfigError(f"{where}.sets must be a non-empty array of tables")
            for i, t in enumerate(table["sets"]):
                if not isinstance(t, dict):
                    raise ConfigError(f"{where}.sets[{i}] must be a table")
            sets = tuple(_set(t, f"{where}.sets[{i}]", root, i) for i, t in enumerate(table["sets"]))
        else:
            sets = (_set({k: v for k, v in table.items() if k != "out"}, where, root, 0),)
        names = [s.name for s in sets]
        if len(set(names)) != len(names):
            raise ConfigError(f"{where}.sets: two sets have the same name")
        if len({s.names.resolve() for s in sets}) != len(sets):
            raise ConfigError(f"{where}.sets: two sets use the same names file; give each its own `names`")
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None
    return Config(root=root, out=out, sets=sets)
