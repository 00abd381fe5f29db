"""`[tool.errcodegen]` of pyproject.toml: which pages to read, in which locale, into which outputs.

Either one set of outputs from top-level keys (`source` or `pages`, `names`, per-target
tables), or several under `[[tool.errcodegen.sets]]`, each with its own pages, names file,
kind of code (`int` or `string`) and per-target options. Every path is relative to the
pyproject.toml; a wrong key or value is an error that names the key.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable

from .filenames import windows_reserved
from .fsread import MAX_TEXT_BYTES, read_regular, read_text
from .model import LOCALE_TAG, Product
from .targets.base import KINDS, SET_KEY, product_words
from .targets.registry import TARGETS  # every target: each one checks its own options

SET_KEYS = frozenset({"name", "kind", "source", "pages", "names", "targets", "upstream", "sections", "product"}) | frozenset(
    t.name for t in TARGETS
)
SECTIONS_KEYS = ("include", "exclude")
UPSTREAM_KEYS = frozenset({"repo", "ref", "paths"})
PRODUCT_KEYS = ("name", "short")
# `product.short` names the root error type of every output (`COSException`, `CosError`).
PRODUCT_SHORT = re.compile(r"[A-Z][A-Za-z0-9]{0,31}")
TOP_KEYS = frozenset({"out", "sets", "templates"}) | SET_KEYS
DEFAULT_SOURCE = "source_docs/ci-error-codes.en.md"
DEFAULT_NAMES = "source_docs/names.toml"
LOCK_FILE_NAME = "upstream.lock.toml"  # upstream.py's lock file, beside the first set's default page


class ConfigError(Exception):
    """A configuration that cannot be used; the message names the key."""


@dataclass(frozen=True)
class Upstream:
    """Where a set's pages are published: a git repository, a ref, and each locale's path in it."""

    repo: str  # as written: a git URL, or a local path relative to the configuration
    url: str  # what git is given: the URL, or the local path made absolute
    ref: str | None  # None: the repository's default branch
    paths: tuple[tuple[str, str], ...]  # (locale, path in the repository), in the set's page order


@dataclass(frozen=True)
class Sections:
    """What a set reads of its pages: the categories that `include` names (all when empty), less
    those that `exclude` names. A name is a category id (`image_download`) or a heading's text
    (`Data processing errors`, which also names every heading under it)."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True)
class OutputSet:
    """One page (in one or more locales) and the outputs made from it."""

    name: str
    kind: str
    pages: tuple[tuple[str, Path], ...]
    names: Path
    targets: dict[str, dict[str, Any]] = field(default_factory=dict)
    enabled: tuple[str, ...] = tuple(t.name for t in TARGETS)
    key: str = "tool.errcodegen"  # where the set is configured, for messages
    upstream: Upstream | None = None  # [..sets.upstream]: where `errcodegen update` fetches the pages
    sections: Sections | None = None  # what it reads of its pages (None: every table, all of its kind)
    product: Product = Product("Tencent Cloud", "Tencent")  # whose codes these are (`product`, or from `name`)

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
    file: Path | None = None  # the pyproject.toml read, if any
    templates: Path | None = None  # the user's templates, used in place of built-ins of the same path
    upstream_lock: Path | None = None  # upstream.lock.toml, beside the first set's default page (see upstream.py)

    def out_in_root(self) -> str:
        """The output folder relative to the project root, POSIX (it lies strictly inside the
        root, see `_inside`), as the Go module path holds it."""
        return self.out.relative_to(self.root).as_posix()

    def display(self, path: Path) -> str:
        """Return `path` relative to the project root, `../` where outside it (no absolute path of this machine)."""
        try:
            return Path(os.path.relpath(path.resolve(), self.root.resolve())).as_posix()
        except ValueError:  # another drive (Windows): no relative path exists
            return path.name

    def with_out(self, out: str, base: Path) -> Config:
        """Return the configuration with the output folder `out` (relative to `base`), checked as `--out`."""
        return replace(self, out=checked_out(self, out, base, "--out"))

    def with_source(self, source: Path) -> Config:
        """Return the configuration with the first set's default page replaced (checked as `--source`)."""
        _check_page(source, "--source")
        first = self.sets[0]
        pages = ((first.pages[0][0], source),) + first.pages[1:]
        return replace(self, sets=(replace(first, pages=pages),) + self.sets[1:])


# Folders that hold a project's own files, or that a target's toolchain writes (npm's
# `node_modules`: `Target.toolchain_folders`): never an output folder or inside one. Hidden
# folders (.git, .venv) and Python packages (a folder with __init__.py) are refused too.
PROTECTED_FOLDERS = frozenset({"source_docs", "tests", "test", "generator", "templates"}).union(*(t.toolchain_folders for t in TARGETS))


def _inside(root: Path, raw: str, base: Path, where: str) -> Path:
    """Return the path `raw` names (relative to `base`): strictly inside `root`, through no symlink."""
    path = Path(os.path.normpath(base / raw))
    if path == root or not path.is_relative_to(root):
        raise ConfigError(f"{where} {raw!r} must lie inside the project (the folder of its pyproject.toml), not be it or lie outside it")
    current = root
    for part in path.relative_to(root).parts:
        current = current / part
        if current.is_symlink():
            raise ConfigError(f"{where} {raw!r} goes through the symlink {current.relative_to(root).as_posix()}")
    if (base / raw).resolve() != path:  # a `..` after a symlink
        raise ConfigError(f"{where} {raw!r} does not lie where it reads (a symlink on the way)")
    return path


def _out_problem(root: Path, out: Path, own: Iterable[tuple[str, Path]]) -> str | None:
    """Why `out` (inside `root`) cannot be the output folder, or None."""
    current = root
    for part in out.relative_to(root).parts:
        current = current / part
        if current != out and current.exists() and not current.is_dir():
            return f"lies under {current.relative_to(root).as_posix()}, which is not a folder"
        if part.startswith(".") or part in PROTECTED_FOLDERS:
            return f"is or lies inside {current.relative_to(root).as_posix()}, which holds the project's own files"
        if (current / "__init__.py").exists():
            return f"is or lies inside the Python package {current.relative_to(root).as_posix()}"
    if out.exists() and not out.is_dir():
        return "is not a folder"
    for what, path in own:
        if path.resolve().is_relative_to(out):
            return f"holds {what} ({Path(os.path.relpath(path, root)).as_posix()})"
    return None


def _names_problem(names: Path, out: Path, out_where: str, config_file: Path | None, root: Path | None = None) -> str | None:
    """Why `names` (inside the project, through no symlink) cannot be a names file, or None."""
    if names.suffix != ".toml":
        return "must be a .toml file"
    if root is not None and any(part.startswith(".") for part in names.relative_to(root).parts[:-1]):
        return "lies inside a hidden folder (such as .git), which holds no file of the project's own"
    if names.is_relative_to(out):
        return f"lies inside the output folder ({out_where})"
    if config_file is not None and names == config_file.resolve():
        return "is the configuration file"
    if not names.exists():
        return None if names.parent.is_dir() else "is in a folder that does not exist"
    if not stat.S_ISREG(names.stat().st_mode):
        return "is not a regular file"
    from .names import file_problem

    problem = file_problem(names)
    return f"is {problem}" if problem else None


def _as_written(path: Path, root: Path) -> str:
    """`root / value` back to `value` (`../x.toml` stays so; an absolute value stays absolute)."""
    text, prefix = str(path), str(root) + os.sep
    return text[len(prefix):] if text.startswith(prefix) else text


def checked_out(cfg: Config, raw: str, base: Path, where: str) -> Path:
    """Return the output folder `raw` (relative to `base`) once it and every names file can be used with it."""
    out = _inside(cfg.root, raw, base, where)
    own = [("the configuration file", cfg.file)] if cfg.file else []
    own += [(f"the page {s.key}.pages.{locale}", path) for s in cfg.sets for locale, path in s.pages]
    problem = _out_problem(cfg.root, out, own)
    if problem:
        raise ConfigError(f"{where} {raw!r} {problem}")
    for s in cfg.sets:
        shown = _as_written(s.names, cfg.root)
        names = _inside(cfg.root, shown, cfg.root, f"{s.key}.names")
        problem = _names_problem(names, out, where, cfg.file, cfg.root)
        if problem:
            raise ConfigError(f"{s.key}.names {shown!r} {problem}")
        for target in TARGETS:  # an output whose text holds where it is written (Go's module path)
            options = {**s.targets.get(target.name, {}), SET_KEY: s.name}
            problem = target.location_problem(options, s.kind, out.relative_to(cfg.root).as_posix())
            if target.name in s.enabled and problem:
                raise ConfigError(f"{where} {raw!r} cannot be the output folder of {s.key}.{target.name}: {problem}")
    return out


def update_page_problem(cfg: Config, out_set: OutputSet, locale: str) -> str | None:
    """Why `update` may not write the page of `out_set` in `locale`, or None: it writes a page
    only inside the project, through no symlink, outside hidden folders, as a regular file (or
    a new one). A page elsewhere may be read by `generate`, never written by `update`."""
    page = dict(out_set.pages)[locale]
    where = f"{out_set.key}.pages.{locale}"
    shown = _as_written(page, cfg.root)
    try:
        path = _inside(cfg.root, shown, cfg.root, where)
    except ConfigError as exc:
        return f"{exc}: `update` writes pages only there (generate may read one elsewhere); copy it into the project"
    if any(part.startswith(".") for part in path.relative_to(cfg.root).parts[:-1]):
        return f"{where} {shown!r} lies inside a hidden folder (such as .git): `update` writes no page there"
    if path.is_symlink() or (path.exists() and not path.is_file()):
        return f"{where} {shown!r} is not a regular file: `update` replaces only a page file"
    return None


def report_problem(cfg: Config, report: Path, shown: str) -> str | None:
    """Why `update --report FILE` may not write `report` (absolute), or None. Inside the project
    it is never one of the project's own files (the configuration, a page, a names file, the
    lock files, the journal), never in the output folder or a hidden folder; anywhere, it is
    never a symlink or anything but a regular file, and an existing file is replaced only when
    it is an earlier report (the caller checks that)."""
    where = f"--report {shown!r}"
    if os.path.lexists(report) and (os.path.islink(report) or not stat.S_ISREG(os.stat(report).st_mode)):
        return f"{where} is not a regular file"
    if not report.parent.is_dir():
        return f"{where} is in a folder that does not exist"
    real = report.resolve()
    own = {real_path.resolve(): what for what, real_path in _own_files(cfg)}
    if real in own:
        return f"{where} is {own[real]}"
    root = cfg.root.resolve()
    if real.is_relative_to(root) and real != root:
        if real.is_relative_to(cfg.out.resolve()):
            return f"{where} lies inside the output folder ({cfg.display(cfg.out)})"
        if any(part.startswith(".") for part in real.relative_to(root).parts):
            return f"{where} is or lies inside a hidden folder or file (such as .git) of the project"
    return None


def _own_files(cfg: Config) -> list[tuple[str, Path]]:
    """The project's own files, each with what it is."""
    own: list[tuple[str, Path]] = [("the configuration file", cfg.file)] if cfg.file else []
    own += [(f"the page {s.key}.pages.{locale}", path) for s in cfg.sets for locale, path in s.pages]
    own += [(f"the names file {s.key}.names", s.names) for s in cfg.sets]
    if cfg.upstream_lock is not None:
        own.append(("the upstream lock file", cfg.upstream_lock))
    return own


def _check_page(path: Path, where: str) -> None:
    """Refuse a page that exists but is no regular file (a FIFO would block, /dev/zero never end)."""
    if path.exists() and not stat.S_ISREG(path.stat().st_mode):
        raise ConfigError(f"{where} {path.name!r} is not a regular file")


def _string(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{where} must be a non-empty string, not {value!r}")
    if "\x00" in value:
        raise ConfigError(f"{where} must not hold a NUL character")
    return value


_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S+|[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:\S+")


def _upstream(value: Any, where: str, root: Path, locales: list[str]) -> Upstream:
    """[<set>.upstream]: repo, optional ref, and paths with exactly the set's page locales."""
    if not isinstance(value, dict):
        raise ConfigError(f"{where} must be a table (repo, ref, paths)")
    for key in value:
        if key not in UPSTREAM_KEYS:
            raise ConfigError(f"unknown key {where}.{key} (known: {', '.join(sorted(UPSTREAM_KEYS))})")
    if "repo" not in value:
        raise ConfigError(f"{where}.repo is missing: a git URL or a local path")
    repo = _string(value["repo"], f"{where}.repo")
    if repo.startswith("-") or any(ord(ch) < 32 or ch == "\x7f" for ch in repo) or repo.startswith("ext::"):
        raise ConfigError(f"{where}.repo {repo!r} is not a usable git URL or path")
    url = repo if _URL.fullmatch(repo) else os.path.normpath(root / repo)  # a local path: relative to the configuration
    ref = None
    if "ref" in value:
        ref = _string(value["ref"], f"{where}.ref")
        if ref.startswith("-") or not re.fullmatch(r"[^\s~^:?*\[\\\x00-\x1f\x7f]+", ref) or ".." in ref:
            raise ConfigError(f"{where}.ref {ref!r} is not a branch, tag or commit name")
    paths_table = value.get("paths")
    if not isinstance(paths_table, dict) or not paths_table:
        raise ConfigError(f"{where}.paths must be a table of locale = \"path in the repository\"")
    if sorted(paths_table) != sorted(locales):
        raise ConfigError(f"{where}.paths has the locales {', '.join(paths_table)}; the set's pages have {', '.join(locales)}: give one path per page locale")
    paths: list[tuple[str, str]] = []
    for locale in locales:
        path = _string(paths_table[locale], f"{where}.paths.{locale}")
        parts = path.split("/")
        if path.startswith("/") or "\\" in path or any(p in ("", ".", "..") for p in parts) or any(ord(ch) < 32 for ch in path):
            raise ConfigError(f"{where}.paths.{locale} {path!r} must be a relative path inside the repository (/ separated, no . or ..)")
        paths.append((locale, path))
    return Upstream(repo, url, ref, tuple(paths))


def _sections(value: Any, where: str) -> Sections:
    """`sections = { include = [...], exclude = [...] }`, or a list (what to include)."""
    if isinstance(value, list):
        value = {"include": value}
    if not isinstance(value, dict) or not value:
        raise ConfigError(f"{where} must be a table with include and/or exclude (lists of heading texts or category ids)")
    for key in value:
        if key not in SECTIONS_KEYS:
            raise ConfigError(f"unknown key {where}.{key} (known: {', '.join(SECTIONS_KEYS)})")
    lists = []
    for key in SECTIONS_KEYS:
        items = value.get(key, [])
        if not isinstance(items, list) or ("include" in value and key == "include" and not items):
            raise ConfigError(f"{where}.{key} must be a non-empty list of heading texts or category ids")
        lists.append(tuple(_string(item, f"{where}.{key}[{i}]") for i, item in enumerate(items)))
    return Sections(lists[0], lists[1])


def default_product(set_name: str) -> Product:
    """Neutral product words from a set's name (never another product's): its ASCII words less
    "error codes"; words of up to three letters read as initialisms (`cos-error-codes` -> COS, `case` -> Case,
    `vod-processing` -> "VOD processing" / VODProcessing); "Service" when no word is left."""
    kept = [w for w in product_words(set_name) if w[0].isalpha()] or ["service"]
    spelled = [w.upper() if len(w) <= 3 else w.lower() for w in kept]
    short = "".join(w if w.isupper() else w.capitalize() for w in spelled)[:32]
    name = " ".join(spelled)[:100].strip()
    return Product(name[:1].upper() + name[1:], short)


def _product(value: Any, where: str, set_name: str) -> Product:
    """`product = { name = "Cloud Object Storage", short = "COS" }`: either key may be left out."""
    if not isinstance(value, dict):
        raise ConfigError(f'{where} must be a table such as {{ name = "Cloud Object Storage", short = "COS" }}')
    for key in value:
        if key not in PRODUCT_KEYS:
            raise ConfigError(f"unknown key {where}.{key} (known: {', '.join(PRODUCT_KEYS)})")
    default = default_product(set_name)
    name = _string(value.get("name", default.name), f"{where}.name")
    short = _string(value.get("short", default.short), f"{where}.short")
    if not name.strip() or len(name) > 100 or any(not ch.isprintable() for ch in name):
        raise ConfigError(f"{where}.name must be one printable line of at most 100 characters")
    if not PRODUCT_SHORT.fullmatch(short):
        raise ConfigError(f"{where}.short {short!r} must be an upper-case ASCII letter then letters or digits (at most 32): it names types")
    return Product(name.strip(), short)


def _default_names(root: Path, page: Path, name: str, single: bool) -> str:
    """A set's names file when `names` is not given, named after the set, never after its place
    in the configuration (reordering sets must not hand one set's names to another):
    `source_docs/<set>.names.toml` for a page in `source_docs/` or outside the project, else
    `<set>.names.toml` beside the page; the only set of a configuration keeps
    `source_docs/names.toml`, the earlier default (for a page in `source_docs/` or outside the
    project, or where that file exists). A name Windows reserves (`con`) gets `set-` before it."""
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-.") or "set"
    if windows_reserved(stem) or windows_reserved(stem.split(".")[0]):
        stem = f"set-{stem}"
    outside = not os.path.normpath(page.parent).startswith(str(root))
    if single and (outside or page.parent == root / "source_docs" or (root / DEFAULT_NAMES).is_file()):
        return DEFAULT_NAMES  # the only set: no order to depend on, and the earlier default kept
    if outside or page.parent == root / "source_docs":
        return f"source_docs/{stem}.names.toml"
    return (Path(os.path.relpath(page.parent, root)) / f"{stem}.names.toml").as_posix()


def _set(table: dict[str, Any], where: str, root: Path, index: int, single: bool = True) -> OutputSet:
    for key in table:
        if key not in SET_KEYS:
            raise ConfigError(f"unknown key {where}.{key} (known: {', '.join(sorted(SET_KEYS))})")
    kind = table.get("kind", "int")
    if kind not in KINDS:
        raise ConfigError(f"{where}.kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if "pages" in table and "source" in table:
        raise ConfigError(f"{where}: give either source or pages, not both")
    if index >= 0 and where.endswith("]") and "pages" not in table and "source" not in table:
        raise ConfigError(f"{where}.pages is missing: a table of locale = \"path\" (each set reads its own page)")
    pages_table = table.get("pages", {"en": table.get("source", DEFAULT_SOURCE)})
    if not isinstance(pages_table, dict) or not pages_table:
        raise ConfigError(f"{where}.pages must be a table of locale = \"path\"")
    pages = []
    for locale, path in pages_table.items():
        if not LOCALE_TAG.fullmatch(locale):
            raise ConfigError(f"{where}.pages.{locale}: not a locale tag such as en or zh")
        pages.append((locale, root / _string(path, f"{where}.pages.{locale}")))
        _check_page(pages[-1][1], f"{where}.pages.{locale}")
    targets: dict[str, dict[str, Any]] = {}
    for target in TARGETS:
        options = table.get(target.name, {})
        if not isinstance(options, dict):
            raise ConfigError(f"{where}.{target.name} must be a table")
        for key, value in options.items():
            if key not in target.options:
                raise ConfigError(f"unknown key {where}.{target.name}.{key} (known: {', '.join(sorted(target.options))})")
            _string(value, f"{where}.{target.name}.{key}")
            problem = target.option_problem(key, value)
            if problem:
                raise ConfigError(f"{where}.{target.name}.{key} {value!r} {problem}")
        targets[target.name] = dict(options)
    known = [t.name for t in TARGETS]
    enabled = table.get("targets", known)
    if not isinstance(enabled, list) or any(t not in known for t in enabled):
        raise ConfigError(f"{where}.targets must be a list of {', '.join(known)}, not {enabled!r}")
    name = _string(table.get("name", Path(str(pages[0][1])).name.split(".")[0]), f"{where}.name")
    names = root / _string(table.get("names", _default_names(root, pages[0][1], name, single)), f"{where}.names")
    upstream = _upstream(table["upstream"], f"{where}.upstream", root, [loc for loc, _ in pages]) if "upstream" in table else None
    sections = _sections(table["sections"], f"{where}.sections") if "sections" in table else None
    product = _product(table.get("product", {}), f"{where}.product", name)
    return OutputSet(name, kind, tuple(pages), names, targets, tuple(enabled), where, upstream, sections, product)


def _check_roles(sets: tuple[OutputSet, ...], lock: Path, config_file: Path | None, root: Path) -> None:
    """Each file has one role: the configuration, a page, a names file or the upstream lock file
    (`update` writes the last three; two roles for one file would make it overwrite one with
    the other). One page read by several sets must come from one upstream file."""
    roles: dict[Path, tuple[str, str]] = {}  # resolved path: (role, key)
    if config_file is not None:
        roles[config_file] = ("the configuration file", "pyproject.toml")
    claims = [(lock, "the upstream lock file", f"{LOCK_FILE_NAME} (beside {sets[0].key}.pages.{sets[0].pages[0][0]})")]
    for s in sets:
        claims += [(page, "a page", f"{s.key}.pages.{locale}") for locale, page in s.pages]
        claims.append((s.names, "a names file", f"{s.key}.names"))
    for file, role, key in claims:
        resolved = file.resolve()
        if resolved in roles and roles[resolved][0] != role:
            other_role, other_key = roles[resolved]
            shown = Path(os.path.relpath(file, root)).as_posix()
            raise ConfigError(f"{key} and {other_key} name one file ({shown}): {role} cannot also be {other_role}")
        roles.setdefault(resolved, (role, key))
    sources: dict[Path, tuple[tuple[str, str | None, str], str]] = {}
    for s in sets:
        if s.upstream is None:
            continue
        for locale, page in s.pages:
            origin = (s.upstream.url, s.upstream.ref, dict(s.upstream.paths)[locale])
            key = f"{s.key}.upstream.paths.{locale}"
            seen = sources.setdefault(page.resolve(), (origin, key))
            if seen[0] != origin:
                shown = Path(os.path.relpath(page, root)).as_posix()
                raise ConfigError(f"{key} and {seen[1]} fetch one page ({shown}) from different upstream files: "
                                  "`update` would never settle; give both sets the same upstream (repo, ref, path)")


def _check_distinct(sets: tuple[OutputSet, ...]) -> None:
    """Every option a set's name gives must be usable (one line naming the key), and two sets may
    not give one output the same package, folder or file (each target's `distinct` options,
    given or following from the set's name): one line naming both keys."""
    values: dict[tuple[int, str, str], tuple[str, str]] = {}  # (set, target, key): (value, where)
    for i, s in enumerate(sets):
        for target in TARGETS:
            if target.name not in s.enabled:
                continue
            given = s.targets.get(target.name, {})
            for key in target.options:
                where = f"{s.key}.{target.name}.{key}"
                if key in given:
                    values[i, target.name, key] = (given[key], where)
                    continue
                try:
                    value = target.default(key, s.kind, {**given, SET_KEY: s.name})
                except ValueError as exc:
                    raise ConfigError(f"{where}: {exc}") from None
                values[i, target.name, key] = (value, f"{where} (by default, from the name {s.name!r})")
    for target in TARGETS:
        for key in target.distinct:
            seen: dict[str, tuple[str, str]] = {}
            for i in range(len(sets)):
                if (i, target.name, key) not in values:
                    continue
                value, where = values[i, target.name, key]
                same = target.distinct_value(key, value)
                if same in seen:
                    other, first = seen[same]
                    alike = f"both {value!r}" if other == value else f"{other!r} and {value!r}, one name in {target.name} (its case aside)"
                    raise ConfigError(f"{where} and {first} are {alike}: the two sets would write one output; give one its own {key}")
                seen[same] = (value, where)


def checked_templates(folder: Path, where: str) -> Path:
    """A folder of the user's templates (read only): it must exist and be a folder."""
    if not folder.is_dir():
        raise ConfigError(f"{where} {str(folder)!r} is not a folder of templates")
    return folder.resolve()


def nearest(start: Path) -> Path | None:
    """The first `pyproject.toml` from `start` upward (with `[tool.errcodegen]` or not), stopping
    at a repository's root, as `find` searches: the file `init --write` adds a set to."""
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.exists() or candidate.is_symlink():
            return candidate
        if (folder / ".git").exists() or (folder / ".git").is_symlink():
            return None
    return None


def find(start: Path) -> Path | None:
    """The project's `pyproject.toml` from `start` upward, as black and ruff find theirs: the
    first `pyproject.toml` met, when it has a `[tool.errcodegen]` table, else None.

    The search stops at the first `pyproject.toml` (with the table or not: a folder with one
    is a project, and a parent folder's configuration is another project's) and at the root
    of a repository (a folder holding `.git`), so a file above the project never configures it.
    """
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.exists() or candidate.is_symlink():
            if not candidate.is_file():
                return candidate  # a FIFO, a device or a dangling link: refused, in one line, when it is loaded
            try:
                raw = read_regular(candidate, MAX_TEXT_BYTES)
            except OSError:
                return candidate  # refused, in one line, when it is loaded
            if b"errcodegen" not in raw:
                return None  # another tool's project: not errcodegen's, and nothing above is
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise ConfigError(f"{candidate}: not UTF-8 (byte {exc.start}): a pyproject.toml is UTF-8 TOML") from None
            try:
                tool = tomllib.loads(text).get("tool", {})
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError(f"{candidate}: not valid TOML: {exc}") from None
            return candidate if isinstance(tool, dict) and "errcodegen" in tool else None
        if (folder / ".git").exists() or (folder / ".git").is_symlink():
            return None  # the root of a repository: the project ends here
    return None


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
    # The folder the configuration lies in, even when the file is a symlink to another folder's:
    # the outputs, the names files and every message are relative to where the user works.
    root = Path(os.path.abspath(path)).parent.resolve()
    where = "tool.errcodegen"
    try:
        for key in table:
            if key not in TOP_KEYS:
                raise ConfigError(f"unknown key {where}.{key} (known: {', '.join(sorted(TOP_KEYS))})")
        out = _string(table.get("out", "generated"), f"{where}.out")
        templates = checked_templates(root / _string(table["templates"], f"{where}.templates"), f"{where}.templates") if "templates" in table else None
        table = {k: v for k, v in table.items() if k != "templates"}
        if "sets" in table:
            if set(table) - {"out", "sets"}:
                raise ConfigError(f"{where}: with [[{where}.sets]], put {', '.join(sorted(set(table) - {'out', 'sets'}))} inside a set")
            if not isinstance(table["sets"], list) or not table["sets"]:
                raise ConfigError(f"{where}.sets must be a non-empty array of tables")
            for i, t in enumerate(table["sets"]):
                if not isinstance(t, dict):
                    raise ConfigError(f"{where}.sets[{i}] must be a table")
            sets = tuple(_set(t, f"{where}.sets[{i}]", root, i, len(table["sets"]) == 1) for i, t in enumerate(table["sets"]))
        else:
            sets = (_set({k: v for k, v in table.items() if k != "out"}, where, root, 0),)
        names = [s.name for s in sets]
        if len(set(names)) != len(names):
            raise ConfigError(f"{where}.sets: two sets have the same name")
        if len({s.names.resolve() for s in sets}) != len(sets):
            raise ConfigError(f"{where}.sets: two sets use the same names file; give each its own `names`")
        _check_distinct(sets)
        lock = sets[0].source.parent / LOCK_FILE_NAME
        _check_roles(sets, lock, path.resolve() if path.exists() else None, root)
        cfg = Config(root=root, out=root, sets=sets, file=path.resolve() if path.exists() else None, templates=templates, upstream_lock=lock)
        return replace(cfg, out=checked_out(cfg, out, root, f"{where}.out"))
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None
