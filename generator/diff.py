"""`errcodegen diff OLD NEW`: what changed between two versions of a page, by meaning.

Names for OLD are derived (or taken from a names file); NEW is named the way `generate`
would name it after the update, from OLD's record, so the report shows exactly what a
regeneration does to the constants people vendor. Padding, line endings, `-` versus `N/A`
and a trailing period alone are not changes.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterator, TextIO

from .escape import one_line, report_code, report_md, visible_json, web_url
from .model import Category, Document, Entry
from .names import NamesFile
from .naming import NO_TYPES, TypeNames

FIELDS = ("description", "action", "links", "upstream_name", "name")


def _norm(text: str | None) -> str | None:
    if text is None:
        return None
    folded = " ".join(text.split())
    return re.sub(r"[.。]$", "", folded)


def _value(entry: Entry, name: str) -> Any:
    if name == "links":
        return [[k.text, k.url] for k in entry.links]
    return getattr(entry, name)


def _same(name: str, old: Any, new: Any) -> bool:
    if name in ("description", "action"):
        return _norm(old) == _norm(new)
    if name == "links":
        return [[_norm(t), u] for t, u in old] == [[_norm(t), u] for t, u in new]
    return bool(old == new)


@dataclass(slots=True)
class CodeChange:
    """One code's change: added, removed (retired), changed or moved."""

    kind: str
    category: str
    code: int | str
    name: str
    breaking: bool
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    from_category: str | None = None
    status: int | None = None  # the HTTP status of the row
    row: int | None = None  # which row of the code (1, 2, ...) when it has several with this status

    def to_json(self) -> dict[str, Any]:
        """Return the change as JSON-ready data."""
        return {
            "kind": self.kind,
            "category": self.category,
            "code": self.code,
            "name": self.name,
            "breaking": self.breaking,
            "from_category": self.from_category,
            **({"http_status": self.status} if self.status is not None else {}),
            **({"row": self.row} if self.row is not None else {}),
            "changes": {k: {"old": o, "new": n} for k, (o, n) in self.fields.items()},
        }


@dataclass
class Report:
    """Everything `diff` found."""

    old: str
    new: str
    categories_added: list[tuple[str, str]] = field(default_factory=list)
    categories_removed: list[tuple[str, str]] = field(default_factory=list)
    categories_renamed: list[tuple[str, str, str]] = field(default_factory=list)
    codes: list[CodeChange] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when nothing changed."""
        return not (self.categories_added or self.categories_removed or self.categories_renamed or self.codes)

    @property
    def breaking(self) -> bool:
        """True when a change breaks code that vendors the output."""
        return any(c.breaking for c in self.codes)

    def head_json(self) -> dict[str, Any]:
        """Return everything but the code changes as JSON-ready data."""
        return {
            "old": self.old,
            "new": self.new,
            "breaking": self.breaking,
            "categories": {
                "added": [{"id": i, "title": t} for i, t in self.categories_added],
                "removed": [{"id": i, "title": t} for i, t in self.categories_removed],
                "renamed": [{"id": i, "old_title": o, "new_title": n} for i, o, n in self.categories_renamed],
            },
        }

    def to_json(self) -> dict[str, Any]:
        """Return the report as JSON-ready data (`write_json` writes it without building it)."""
        return {**self.head_json(), "codes": [c.to_json() for c in self.codes]}


def _positions(doc: Document) -> dict[str, dict[int | str, int]]:
    """Return {category id: {code: index of its last entry among all the page's entries}}."""
    positions: dict[str, dict[int | str, int]] = {}
    index = 0
    for c in doc.categories:
        into = positions.setdefault(c.id, {})
        for e in c.entries:
            into[e.code] = index
            index += 1
    return positions


def compare(old: Document, new: Document, names: NamesFile | None = None, types: TypeNames = NO_TYPES) -> Report:
    """Compare two parsed pages (names not yet assigned) and return the report; a derived type
    name avoids what `types` reserve (the caller's targets, as `generate` names them)."""
    old_named, record = named_old(old, names, types)
    return compare_named(old_named, record.apply(new))


def named_old(old: Document, names: NamesFile | None = None, types: TypeNames = NO_TYPES) -> tuple[Document, NamesFile]:
    """OLD named (by `names`, else derived) and the record that names NEW as `generate` would
    after the update: `compare` in steps, so that a caller need not hold both pages unnamed."""
    old_named = (names or NamesFile(types=types)).apply(old)
    return old_named, NamesFile.from_model(old_named, names.types if names else types)


def compare_named(old_named: Document, new_named: Document) -> Report:
    """The report between OLD and NEW, both named (see `named_old`)."""
    report = Report(old_named.source, new_named.source)
    old_cats = {c.id: c for c in old_named.categories if not c.deprecated}
    new_cats = {c.id: c for c in new_named.categories if not c.deprecated}
    for cid, c in new_cats.items():
        if cid not in old_cats:
            report.categories_added.append((cid, c.title))
        elif _norm(old_cats[cid].title) != _norm(c.title):
            report.categories_renamed.append((cid, old_cats[cid].title, c.title))
    for cid, c in old_cats.items():
        if cid not in new_cats:
            report.categories_removed.append((cid, c.title))

    def live(cat: Category) -> dict[Any, Entry]:
        # Every row of a code is compared: a code may stand on several rows (its variants, one
        # per HTTP status or per message), keyed by (code, status, n), n counting the rows of
        # that code and status in page order.
        rows: dict[Any, Entry] = {}
        seen: Counter[tuple[int | str, int | None]] = Counter()
        for e in cat.entries:
            if e.deprecated:
                continue
            base = (e.code, e.http_status)
            rows[(*base, seen[base])] = e
            seen[base] += 1
        return rows

    old_codes = {cid: live(c) for cid, c in old_cats.items()}
    new_codes = {cid: live(c) for cid, c in new_cats.items()}
    several = {
        (cid, code, status)
        for codes in (old_codes, new_codes)
        for cid, entries in codes.items()
        for code, status, n in entries
        if n > 0
    }

    def row(cid: str, key: tuple[Any, ...]) -> int | None:
        return key[2] + 1 if (cid, key[0], key[1]) in several else None

    removed: list[CodeChange] = []
    added: list[CodeChange] = []
    for cid, entries in new_codes.items():
        before = old_codes.get(cid, {})
        for code, e in entries.items():
            if code not in before:
                added.append(CodeChange("added", cid, e.code, e.name, False, status=e.http_status, row=row(cid, code)))
                continue
            changes = {}
            for name in FIELDS:
                a, b = _value(before[code], name), _value(e, name)
                if not _same(name, a, b):
                    changes[name] = (a, b)
            if changes:
                report.codes.append(CodeChange("changed", cid, e.code, e.name, "name" in changes, changes, status=e.http_status, row=row(cid, code)))
    for cid, entries in old_codes.items():
        after = new_codes.get(cid, {})
        for code, e in entries.items():
            if code not in after:
                # generate keeps it, deprecated: code that uses it still builds.
                removed.append(CodeChange("removed", cid, e.code, e.name, False, status=e.http_status, row=row(cid, code)))
    # A move is a code removed from exactly one category and added to exactly one other:
    # anything less clear-cut stays as removals and additions (so diff(a, b) mirrors diff(b, a)).
    removed_count = Counter((r.code, r.status) for r in removed)
    added_by_key: dict[tuple[int | str, int | None], list[CodeChange]] = {}
    for a in added:
        added_by_key.setdefault((a.code, a.status), []).append(a)
    moved: list[CodeChange] = []
    paired: set[int] = set()  # id() of the additions and removals that make up a move
    for r in removed:
        twins = added_by_key.get((r.code, r.status), [])
        if removed_count[(r.code, r.status)] == 1 and len(twins) == 1:
            a = twins[0]
            paired.update((id(a), id(r)))
            moved.append(CodeChange("moved", a.category, a.code, a.name, False, {}, r.category, a.status))
    added = [a for a in added if id(a) not in paired]
    removed = [r for r in removed if id(r) not in paired]
    report.codes.extend(added + removed + moved)
    order = {cid: i for i, cid in enumerate(list(new_cats) + [c for c in old_cats if c not in new_cats])}
    kinds = {"added": 0, "removed": 1, "moved": 2, "changed": 3}
    # A code's position on the new page, else on the old one.
    old_position, new_position = _positions(old_named), _positions(new_named)

    def position(c: CodeChange) -> int:
        where = new_position.get(c.category, {})
        return where[c.code] if c.code in where else old_position.get(c.category, {}).get(c.code, 0)

    report.codes.sort(key=lambda c: (order.get(c.category, len(order)), kinds[c.kind], position(c)))
    return report


def _show(value: Any) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, list):
        return ", ".join(f"{t} <{u}>" for t, u in value) or "(no links)"
    return str(value)


def _code(c: CodeChange) -> str:
    where = [f"HTTP {c.status}"] if c.status is not None else []
    if c.row is not None:
        where.append(f"row {c.row}")
    return f"{c.code} ({', '.join(where)})" if where else str(c.code)


# Every text of the pages (titles, codes, descriptions, links) and every path reaches a
# terminal or a pull request only escaped for it: `one_line` for text (no control character,
# no line break), `report_md` and `report_code` for markdown (no HTML, link, mention or cell
# break), `visible_json` for JSON.
_t = one_line


def _text_lines(report: Report) -> Iterator[str]:
    if report.empty:
        yield f"No changes between {_t(report.old)} and {_t(report.new)}.\n"
        return
    yield f"Changes from {_t(report.old)} to {_t(report.new)}" + (" (BREAKING)" if report.breaking else "") + ":\n"
    for cid, title in report.categories_added:
        yield f"+ category {_t(cid)}: {_t(title)}\n"
    for cid, title in report.categories_removed:
        yield f"- category {_t(cid)}: {_t(title)} (retired: kept, deprecated)\n"
    for cid, old, new in report.categories_renamed:
        yield f"~ category {_t(cid)} renamed: {_t(repr(old))} -> {_t(repr(new))}\n"
    for c in report.codes:
        tag = " [breaking]" if c.breaking else ""
        if c.kind == "added":
            yield f"+ {_t(c.category)} {_t(_code(c))} {_t(c.name)}{tag}\n"
        elif c.kind == "removed":
            yield f"- {_t(c.category)} {_t(_code(c))} {_t(c.name)} (retired: kept, deprecated){tag}\n"
        elif c.kind == "moved":
            yield f"> {_t(_code(c))} {_t(c.name)} moved {_t(str(c.from_category))} -> {_t(c.category)}{tag}\n"
        else:
            yield f"~ {_t(c.category)} {_t(_code(c))} {_t(c.name)}{tag}\n"
            for name, (old, new) in c.fields.items():
                yield f"    {name}: {_t(_show(old))} -> {_t(_show(new))}\n"


def _md(text: str) -> str:
    return report_md(text)


def _show_md(value: Any) -> str:
    """`_show` for markdown: a link's URL stays an autolink (`<https://...>`) when it is a plain
    web URL (escape.web_url), and is escaped text otherwise."""
    if isinstance(value, list) and value:
        return ", ".join(f"{_md(t)} <{u}>" if web_url(u) else _md(f"{t} <{u}>") for t, u in value)
    return _md(_show(value))


def _markdown_lines(report: Report) -> Iterator[str]:
    if report.empty:
        yield f"No changes between {report_code(report.old)} and {report_code(report.new)}.\n"
        return
    yield f"## Error-code changes: {report_code(report.old)} -> {report_code(report.new)}\n"
    yield "**Breaking changes: yes.**\n" if report.breaking else "Breaking changes: none.\n"
    if report.categories_added or report.categories_removed or report.categories_renamed:
        yield "\n### Categories\n"
        yield from (f"- Added {report_code(i)}: {_md(t)}\n" for i, t in report.categories_added)
        yield from (f"- Retired {report_code(i)}: {_md(t)} (kept, deprecated)\n" for i, t in report.categories_removed)
        yield from (f"- Renamed {report_code(i)}: {_md(o)} -> {_md(n)}\n" for i, o, n in report.categories_renamed)
    if report.codes:
        yield "\n### Codes\n\n| Change | Category | Code | Name | Breaking | Details |\n| --- | --- | --- | --- | --- | --- |\n"
        for c in report.codes:
            details = "; ".join(f"{k}: {_show_md(o)} -> {_show_md(n)}" for k, (o, n) in c.fields.items())
            if c.kind == "moved":
                details = f"from {report_code(str(c.from_category), cell=True)}"
            if c.kind == "removed":
                details = "retired: kept, deprecated"
            yield (f"| {c.kind} | {report_code(c.category, cell=True)} | {_md(_code(c))} | {report_code(c.name, cell=True)} | "
                   f"{'yes' if c.breaking else 'no'} | {details} |\n")


def write_json(report: Report, out: TextIO) -> None:
    """Write the report as JSON for tools, one code change at a time.

    The text is `json.dumps(report.to_json(), ensure_ascii=False, indent=2)` plus a newline,
    without holding that text, or the data it is made from, for all changes at once: a
    diff of two 100 000-row pages stays within a few hundred megabytes.
    """
    head = visible_json(json.dumps(report.head_json(), ensure_ascii=False, indent=2))
    out.write(head[: -len("\n}")] + ',\n  "codes": ')
    if not report.codes:
        out.write("[]\n}\n")
        return
    separator = "[\n    "
    for c in report.codes:
        # Each change sits two levels deep: indent every line of its own dump by four.
        # (A JSON string holds no raw newline, so every newline is the dump's own.)
        out.write(separator + visible_json(json.dumps(c.to_json(), ensure_ascii=False, indent=2)).replace("\n", "\n    "))
        separator = ",\n    "
    out.write("\n  ]\n}\n")


def write(report: Report, fmt: str, out: TextIO) -> None:
    """Write the report in `fmt` (text, markdown or json) to `out`, a line or change at a time."""
    if fmt == "json":
        write_json(report, out)
        return
    for line in (_markdown_lines if fmt == "markdown" else _text_lines)(report):
        out.write(line)

