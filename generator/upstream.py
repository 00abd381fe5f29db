"""`errcodegen update`: fetch each set's pages from upstream, see what changed, regenerate.

Each `[[tool.errcodegen.sets]]` may name where its pages are published:

    [tool.errcodegen.sets.upstream]
    repo = "https://github.com/tencentyun/intlcloud-documents"   # any git URL or local path
    ref = "master"                                               # optional: the default branch
    paths = { en = "yehe_doc/.../错误码_intl_en.md", zh = "yehe_doc/.../错误码_intl_zh.md" }

`update` fetches the repository with the `git` command-line tool into a cache (a partial
clone, `--filter=blob:none --no-checkout`, then `git fetch`: nothing is downloaded twice),
finds each page on the ref, following renames forward from the configured path (the path
of the page's last record in the lock file, when that record is for the same configured
path), and copies it byte for byte over the configured page. Where each page came from
(repository, path, commit, date, blob, sha256) is recorded in the lock file,
`upstream.lock.toml` beside the first set's default page; the configuration is never
rewritten, so after a rename upstream the lock file holds the page's current path. Every
generated file's header cites the upstream commit of its page when, and only when, the lock
file's record for that page has the page's sha256.

The pages, the lock file, the outputs and the names files are written together, all or
nothing, under the project's lock (write.py). Standard library only: git runs as a
subprocess.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Mapping

from .escape import one_line, report_code, report_md, visible_json
from .config import Config, OutputSet, Upstream
from .fsread import read_regular
from .parse import MAX_BYTES, parse_bytes, require_error_table
from .upstream_lock import LOCK_FIELDS, LockEntry, UpstreamError, load_lock

if TYPE_CHECKING:  # imported where used: `generate` reads the lock file only, and starts faster without them
    from . import diff as diff_mod

LOCK_NAME = "upstream.lock.toml"
CACHE_ENV = "ERRCODEGEN_UPSTREAM_CACHE"
LOCK_COMMENT = (
    "# Written by `errcodegen update`: where each page came from (repository, path at that commit,\n"
    "# the last commit that changed it, its date, the git blob id and sha256 of its bytes).\n"
    "# `generate` cites the commit in every generated header while the page keeps that sha256.\n"
    "# After a rename upstream, `path` is the page's current path (the configuration is not rewritten).\n"
)
# Variables that would point git at another repository than the cache (a pre-commit hook sets some).
_GIT_LOCATION_VARS = (
    "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_COMMON_DIR", "GIT_NAMESPACE", "GIT_PREFIX", "GIT_QUARANTINE_PATH",
)
_MAX_RENAMES = 64


def _toml_str(text: str) -> str:
    return json.encoder.encode_basestring(text).replace("\x7f", "\\u007f")


def dumps_lock(entries: Mapping[str, LockEntry]) -> str:
    """The lock file's text: deterministic (pages sorted by file, fields in a fixed order)."""
    out = [LOCK_COMMENT]
    for key in sorted(entries):
        entry = entries[key]
        out.append("\n[[page]]\n")
        out.extend(f"{name} = {_toml_str(getattr(entry, name))}\n" for name in LOCK_FIELDS)
    return "".join(out)


# -- git ------------------------------------------------------------------------------------


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _GIT_LOCATION_VARS}
    env.update(GIT_TERMINAL_PROMPT="0", LC_ALL="C", GIT_OPTIONAL_LOCKS="0")
    return env


def _die_with_parent() -> None:
    """In the child, before git starts (Linux): be killed when errcodegen dies, even by SIGKILL.
    git also runs in errcodegen's own process group (no new session), so a signal to the
    group reaches it too."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, 9, 0, 0, 0)  # PR_SET_PDEATHSIG, SIGKILL
    except (OSError, AttributeError):
        pass


_PREEXEC = _die_with_parent if os.name == "posix" and os.uname().sysname == "Linux" else None


def git(args: list[str], cwd: Path | None = None, what: str = "git") -> bytes:
    """Run git; return its stdout, or raise UpstreamError with git's last line of complaint."""
    import subprocess
    command = ["git", "-c", "protocol.ext.allow=never", "-c", "core.quotePath=false", "--literal-pathspecs", *args]
    try:
        proc = subprocess.run(command, cwd=cwd, capture_output=True, env=_env(), stdin=subprocess.DEVNULL, preexec_fn=_PREEXEC)
    except FileNotFoundError:
        raise UpstreamError("the git command-line tool is not installed (update fetches pages with it)") from None
    if proc.returncode != 0:
        lines = [ln for ln in proc.stderr.decode("utf-8", "replace").splitlines() if ln.strip() and not ln.startswith("warning:")]
        raise UpstreamError(f"{what} failed: {lines[-1].strip() if lines else f'git exited with {proc.returncode}'}")
    return proc.stdout


def cache_folder(url: str) -> Path:
    """The cache of one repository: $ERRCODEGEN_UPSTREAM_CACHE (or ~/.cache/errcodegen/upstream)/<hash of the URL>."""
    base = os.environ.get(CACHE_ENV)
    if not base:
        cache_home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        base = str(Path(cache_home) / "errcodegen" / "upstream")
    return Path(base) / hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def _remove_stale_clones(cache: Path) -> None:
    """Remove the temporary clones of `cache` that killed runs left (their process is gone)."""
    import re

    pattern = re.compile(re.escape(f".{cache.name}.tmp-") + r"([0-9]{1,10})-[0-9a-f]{8}")
    for sibling in cache.parent.iterdir():
        match = pattern.fullmatch(sibling.name)
        if match is None or sibling.is_symlink() or not sibling.is_dir():
            continue
        try:
            os.kill(int(match.group(1)), 0)
            continue  # a run that is still cloning
        except ProcessLookupError:
            shutil.rmtree(sibling, ignore_errors=True)
        except OSError:
            continue


def fetch(url: str) -> Path:
    """Bring the cache of `url` up to date (clone once, fetch after); return its folder."""
    cache = cache_folder(url)
    if (cache / ".git").is_dir():
        git(["fetch", "--quiet", "--prune", "--tags", "origin"], cwd=cache, what=f"git fetch {url}")
        return cache
    if cache.exists():
        raise UpstreamError(f"{cache}: the cache of {url} is not a git clone; remove it and run again")
    cache.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_clones(cache)
    # Cloned beside it, then renamed into place: a clone cut short never passes for the cache.
    tmp = cache.with_name(f".{cache.name}.tmp-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        git(["clone", "--quiet", "--filter=blob:none", "--no-checkout", "--", url, str(tmp)], what=f"git clone {url}")
        os.rename(tmp, cache)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return cache


def _present(cache: Path, blob: str) -> bool:
    """True when the cache holds the blob (asked without fetching it)."""
    import subprocess
    proc = subprocess.run(["git", "cat-file", "-e", blob], cwd=cache, capture_output=True, stdin=subprocess.DEVNULL,
                          env={**_env(), "GIT_NO_LAZY_FETCH": "1"})
    return proc.returncode == 0


def _fetch_blob(cache: Path, blob: str, limit: int) -> None:
    """Fetch one blob of a partial clone, as git's lazy fetch does, but stop (and remove what
    came) once more than `limit` bytes have arrived: a huge page is never downloaded whole."""
    import subprocess
    pack = cache / ".git" / "objects" / "pack"
    command = ["git", "-c", "protocol.ext.allow=never", "-c", "fetch.negotiationAlgorithm=noop", "-c", "fetch.unpackLimit=1",
               "fetch", "--quiet", "--no-tags", "--no-write-fetch-head", "--recurse-submodules=no", "--filter=blob:none", "origin", blob]
    proc = subprocess.Popen(command, cwd=cache, env=_env(), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            preexec_fn=_PREEXEC)
    try:
        while proc.poll() is None:
            arrived = sum(p.stat().st_size for p in pack.glob("tmp_pack_*") if p.is_file())
            if arrived > limit:
                proc.kill()
                proc.wait()
                for partial in pack.glob("tmp_pack_*"):
                    partial.unlink(missing_ok=True)
                raise UpstreamError(f"more than {limit} bytes arrived for one page; a page's limit is {limit} (download stopped)")
            time.sleep(0.05)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode != 0 and not _present(cache, blob):
        lines = [ln for ln in stderr.splitlines() if ln.strip() and not ln.startswith("warning:")]
        raise UpstreamError(f"fetching a page failed: {lines[-1].strip() if lines else f'git exited with {proc.returncode}'}")


def read_blob(cache: Path, blob: str, path: str) -> bytes:
    """The bytes of a page's blob, refused past MAX_BYTES before it is read, and (in a partial
    clone) before more than that is downloaded; after a refusal the cache is removed, so that it
    holds no part of the huge page."""
    try:
        if not _present(cache, blob):
            _fetch_blob(cache, blob, MAX_BYTES)
        size = int(git(["cat-file", "-s", blob], cwd=cache).decode().strip())
        if size > MAX_BYTES:
            raise UpstreamError(f"{size} bytes upstream; a page's limit is {MAX_BYTES}")
    except UpstreamError as exc:
        if "limit is" not in str(exc):
            raise
        shutil.rmtree(cache, ignore_errors=True)
        raise UpstreamError(f"{path}: {exc} (the cache of that repository was removed)") from None
    return git(["cat-file", "blob", blob], cwd=cache, what=f"reading {path}")


def resolve(cache: Path, ref: str | None) -> str:
    """The commit `ref` names (a branch of the remote, a tag or a commit; None: the default branch)."""
    candidates = [f"refs/remotes/origin/{ref}", f"refs/tags/{ref}", ref] if ref else ["refs/remotes/origin/HEAD"]
    for candidate in candidates:
        try:
            out = git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{candidate}^{{commit}}"], cwd=cache)
        except UpstreamError:
            continue
        return out.decode().strip()
    raise UpstreamError(f"unknown ref {ref or '(the default branch)'!r}: no such branch, tag or commit upstream")


def _blob_at(cache: Path, commit: str, path: str) -> str | None:
    out = git(["ls-tree", "-z", commit, "--", path], cwd=cache)
    for record in out.split(b"\0"):
        meta, _, name = record.partition(b"\t")
        if name.decode("utf-8", "surrogateescape") == path:
            mode, kind, obj = meta.decode().split()
            return obj if kind == "blob" else None
    return None


@dataclass(frozen=True)
class Found:
    """A page found on the ref."""

    path: str
    blob: str
    commit: str  # the last commit that changed it
    date: str
    renames: tuple[tuple[str, str, str], ...] = ()  # (old path, new path, commit)


def locate(cache: Path, commit: str, path: str, ref_name: str) -> Found:
    """Find `path` at `commit`, following renames forward from where it last existed."""
    renames: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    while True:
        blob = _blob_at(cache, commit, path)
        if blob is not None:
            line = git(["log", "-1", "--format=%H%x00%cI", commit, "--", path], cwd=cache).decode().strip()
            changed, _, date = line.partition("\0")
            return Found(path, blob, changed, date, tuple(renames))
        seen.add(path)
        last = git(["log", "-1", "--format=%H", commit, "--", path], cwd=cache).decode().strip()
        if not last:
            raise UpstreamError(f"path not found: {path!r} does not exist on {ref_name} (nor did it before)")
        parents = git(["rev-list", "--parents", "-n", "1", last], cwd=cache).decode().split()[1:]
        if not parents:
            raise UpstreamError(f"path not found: {path!r} is not on {ref_name}")
        out = git(["diff", "-z", "--name-status", "--find-renames", "-M", parents[0], last], cwd=cache)
        fields = out.decode("utf-8", "surrogateescape").split("\0")
        target = None
        i = 0
        while i < len(fields) - 1:
            status = fields[i]
            if status.startswith(("R", "C")):
                if status.startswith("R") and fields[i + 1] == path:
                    target = fields[i + 2]
                i += 3
            else:
                i += 2
        if target is None or target in seen or len(renames) >= _MAX_RENAMES:
            raise UpstreamError(f"path not found: {path!r} was removed from {ref_name} in {last[:12]}, and no rename of it was found")
        renames.append((path, target, last))
        path = target


# -- the update -----------------------------------------------------------------------------


@dataclass
class PageUpdate:
    """One page of one set: what upstream has now, and what changed."""

    out_set: OutputSet
    locale: str
    file: Path
    display: str
    entry: LockEntry
    data: bytes
    old: bytes | None
    previous: LockEntry | None
    renames: tuple[tuple[str, str, str], ...]
    report: diff_mod.Report | None = None
    note: str = ""

    @property
    def bytes_changed(self) -> bool:
        """True when the page's bytes differ from the copy in the project."""
        return self.data != self.old

    @property
    def changed(self) -> bool:
        """True when the page changed by meaning (or is new)."""
        return self.old is None or (self.report is not None and not self.report.empty) or self.note.startswith("previous copy")

    @property
    def breaking(self) -> bool:
        """True when the change breaks code that uses the outputs."""
        return self.report is not None and self.report.breaking


@dataclass
class Outcome:
    """Everything `update` found, for the report and the write."""

    pages: list[PageUpdate] = field(default_factory=list)
    lock: dict[str, LockEntry] = field(default_factory=dict)  # the lock file after the update

    @property
    def changed(self) -> bool:
        """True when any page changed by meaning."""
        return any(p.changed for p in self.pages)

    @property
    def breaking(self) -> bool:
        """True when any change is breaking."""
        return any(p.breaking for p in self.pages)


def selected_sets(cfg: Config, name: str | None) -> list[OutputSet]:
    """The sets `update` works on: those with an upstream (only `name`, when given)."""
    if name is not None and name not in [s.name for s in cfg.sets]:
        raise UpstreamError(f"--set {name!r}: no such set (known: {', '.join(s.name for s in cfg.sets)})")
    chosen = [s for s in cfg.sets if s.upstream is not None and (name is None or s.name == name)]
    if not chosen:
        where = f"set {name!r}" if name else "no set"
        raise UpstreamError(f"{where} has an upstream: add [tool.errcodegen.sets.upstream] (repo, ref, paths) to the configuration")
    return chosen


def _read_old(path: Path) -> bytes | None:
    try:
        return read_regular(path, MAX_BYTES)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise UpstreamError(f"{path.name}: cannot read the current page: {exc.strerror or exc}") from None


def find_pages(cfg: Config, sets: list[OutputSet], ref: str | None, log: Any) -> Outcome:
    """Fetch every chosen set's pages (nothing written in the project) and compare them with the copies."""
    from .names import NamesFile
    from .targets.registry import type_names

    types = type_names()
    lock = load_lock(cfg.upstream_lock)
    pages = {cfg.display(file) for s in cfg.sets for _, file in s.pages}
    outcome = Outcome(lock={k: v for k, v in lock.items() if k in pages})  # records of pages no longer configured go
    caches: dict[str, Path] = {}
    for out_set in sets:
        up = out_set.upstream
        assert up is not None
        if up.url not in caches:
            caches[up.url] = fetch(up.url)
        cache = caches[up.url]
        wanted = ref if ref is not None else up.ref
        ref_name = repr(wanted) if wanted else "the default branch"
        commit = resolve(cache, wanted)
        names = NamesFile.load(out_set.names, cfg.display(out_set.names), types) if out_set.names.exists() else NamesFile(types=types)
        configured = dict(up.paths)
        for locale, file in out_set.pages:
            path = configured[locale]
            display = cfg.display(file)
            previous = lock.get(display)
            # Always from the configured path (renames followed from there): the lock file's
            # `path` only records where that led, and a hand-edited one redirects nothing.
            found = locate(cache, commit, path, ref_name)
            if previous is not None and previous.repo == up.repo and previous.configured_path == path \
                    and previous.path not in {found.path, *(old for old, _, _ in found.renames)}:
                log(f"errcodegen: {LOCK_NAME} records {one_line(previous.path)} for {one_line(display)}, but the configured "
                    f"path {one_line(path)} leads to {one_line(found.path)}: following the configuration")
            for old_path, new_path, where in found.renames:
                log(f"errcodegen: upstream renamed {one_line(old_path)} -> {one_line(new_path)} in {where[:12]}; "
                    f"following it (recorded in {cfg.display(cfg.upstream_lock) if cfg.upstream_lock else LOCK_NAME}, the configuration is unchanged)")
            data = read_blob(cache, found.blob, found.path)
            entry = LockEntry(display, out_set.name, locale, up.repo, wanted or "", path, found.path, found.commit,
                              found.date, found.blob, hashlib.sha256(data).hexdigest())
            page = PageUpdate(out_set, locale, file, display, entry, data, _read_old(file), previous, found.renames)
            _compare(page, names, out_set.kind)
            outcome.pages.append(page)
            outcome.lock[display] = entry
    return outcome


def _compare(page: PageUpdate, names: Any, kind: str) -> None:
    from . import diff as diff_mod
    label = f"{page.entry.path} @ {page.entry.commit[:12]}"
    new = require_error_table(parse_bytes(page.data, label, kind))
    errors = [d for d in new.diagnostics if d.severity == "error"]
    if errors:
        raise UpstreamError(f"upstream page {errors[0].format()} (nothing written: generate could not use it)")
    if page.old is None:
        page.note = "first copy: no previous page to compare with"
        return
    if not page.bytes_changed:
        return
    old = parse_bytes(page.old, page.display, kind)
    if not any(c.entries or c.fallback is not None for c in old.categories):
        raise UpstreamError(f"{page.display}: holds no error table, so it is not the page {page.out_set.key} reads; "
                            "update replaces only an error page (move the file away to fetch a first copy)")
    if old.has_errors:
        page.note = "previous copy unusable (it has errors): no comparison"
        return
    page.report = diff_mod.compare(old, new, names).kept()  # held until the run's report: not both models
    if page.report.empty:
        crlf_only = page.old.replace(b"\r\n", b"\n") == page.data.replace(b"\r\n", b"\n")
        page.note = "line endings only: no change by meaning" if crlf_only else "no change by meaning (formatting only)"


# -- the report -----------------------------------------------------------------------------


def _upstream_words(page: PageUpdate, md: bool = False) -> str:
    e = page.entry
    if md:
        return f"{report_code(e.path)} @ {report_code(e.commit[:12])} ({report_md(e.date)}), blob {report_code(e.blob[:12])}"
    return f"{one_line(e.path)} @ {one_line(e.commit[:12])} ({one_line(e.date)}), blob {one_line(e.blob[:12])}"


def _status(page: PageUpdate) -> str:
    if page.note:
        return page.note
    if not page.bytes_changed:
        moved = page.previous is None or page.previous.path != page.entry.path or page.previous.commit != page.entry.commit
        return "up to date (provenance recorded)" if moved else "up to date"
    return "changed"


def _shifted(lines: Iterator[str]) -> Iterator[str]:
    for line in lines:
        yield "#" + line if line.startswith("#") else line


def markdown_lines(outcome: Outcome) -> Iterator[str]:
    """The report as markdown, ready for a pull request: every path, name and text escaped
    (escape.report_md, report_code), so that nothing upstream or in the lock file writes markup."""
    from . import diff as diff_mod
    changed = [p for p in outcome.pages if p.changed]
    yield "# Upstream error-code pages\n\n"
    if not changed:
        yield "No change by meaning upstream.\n"
    else:
        yield f"{len(changed)} page(s) changed. " + ("**Breaking changes: yes.**\n" if outcome.breaking else "Breaking changes: none.\n")
    for page in outcome.pages:
        up = page.out_set.upstream
        assert up is not None
        yield f"\n## {report_code(page.out_set.name)} ({report_md(page.locale)}): {report_code(page.display)}\n\n"
        yield f"- Upstream: {report_md(up.repo)}, ref {report_code(page.entry.ref or 'default branch')}: {_upstream_words(page, md=True)}\n"
        if page.previous is not None:
            p = page.previous
            yield f"- Before: {report_code(p.path)} @ {report_code(p.commit[:12])} ({report_md(p.date)})\n"
        for old_path, new_path, where in page.renames:
            yield f"- Renamed upstream in {report_code(where[:12])}: {report_code(old_path)} -> {report_code(new_path)}\n"
        yield f"- Status: {report_md(_status(page))}\n"
        if page.report is not None and not page.report.empty:
            yield "\n"
            yield from _shifted(diff_mod._markdown_lines(page.report))


def text_lines(outcome: Outcome) -> Iterator[str]:
    """The report as plain text for a terminal: every path, name and text on one line, what is
    not printable escaped (escape.one_line)."""
    from . import diff as diff_mod
    for page in outcome.pages:
        yield f"{one_line(page.out_set.name)} ({one_line(page.locale)}) {one_line(page.display)}: {one_line(_status(page))}\n"
        yield f"  upstream {one_line(page.entry.repo)} {_upstream_words(page)}\n"
        for old_path, new_path, where in page.renames:
            yield f"  renamed upstream in {one_line(where[:12])}: {one_line(old_path)} -> {one_line(new_path)}\n"
        if page.report is not None and not page.report.empty:
            yield from ("  " + line for line in diff_mod._text_lines(page.report))
    yield "No change by meaning upstream.\n" if not outcome.changed else (
        "Breaking changes upstream.\n" if outcome.breaking else "Changes upstream, none breaking.\n")


def to_json(outcome: Outcome) -> dict[str, Any]:
    """The report as JSON-ready data."""
    return {
        "changed": outcome.changed,
        "breaking": outcome.breaking,
        "pages": [
            {
                "set": p.out_set.name,
                "locale": p.locale,
                "file": p.display,
                "status": _status(p),
                "bytes_changed": p.bytes_changed,
                "upstream": {name: getattr(p.entry, name) for name in LOCK_FIELDS if name not in ("file", "set", "locale")},
                "previous": None if p.previous is None else {"path": p.previous.path, "commit": p.previous.commit, "date": p.previous.date},
                "renames": [{"from": a, "to": b, "commit": c} for a, b, c in p.renames],
                "diff": None if p.report is None else p.report.to_json(),
            }
            for p in outcome.pages
        ],
    }


def format_report(outcome: Outcome, fmt: str) -> str:
    """The report in `fmt`: text, markdown or json."""
    if fmt == "json":
        return visible_json(json.dumps(to_json(outcome), ensure_ascii=False, indent=2)) + "\n"
    return "".join(markdown_lines(outcome) if fmt == "markdown" else text_lines(outcome))


REPORT_ENDINGS = ("No change by meaning upstream.\n", "Breaking changes upstream.\n", "Changes upstream, none breaking.\n")


def is_report(data: bytes) -> bool:
    """True when `data` is empty or a report `update` wrote (text, markdown or json): the only
    existing files `--report` may replace."""
    if not data.strip():
        return True
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    if text.startswith("# Upstream error-code pages\n") or text.endswith(REPORT_ENDINGS):
        return True
    try:
        parsed = json.loads(text)
    except ValueError:
        return False
    return isinstance(parsed, dict) and set(parsed) == {"changed", "breaking", "pages"}


def page_overrides(outcome: Outcome) -> dict[Path, bytes]:
    """The pages whose bytes change: {configured path: new bytes}."""
    return {p.file: p.data for p in outcome.pages if p.bytes_changed}


def lock_text(cfg: Config, outcome: Outcome) -> str | None:
    """The new lock file's text, or None when it is unchanged."""
    current = load_lock(cfg.upstream_lock)
    if current == outcome.lock and cfg.upstream_lock is not None and cfg.upstream_lock.exists():
        return None
    return dumps_lock(outcome.lock)

