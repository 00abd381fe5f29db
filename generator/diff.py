"""`errcodegen diff OLD NEW`: what changed between two versions of a page, by meaning.

Names for OLD are derived (or taken from a names file); NEW is named the way `generate`
would name it after the update, from OLD's record, so the report shows exactly what a
regeneration does to the constants people vendor. Padding, line endings, `-` versus `N/A`
and a trailing period alone are not changes.
"""

from __future__ import annotations

import json
import re
from array import array
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterator, TextIO

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
    """Everything `diff` found: the categories' changes, and the code changes made one at a time
    (`changes()`, in report order) from the two models, never all held at once."""

    old: str
    new: str
    categories_added: list[tuple[str, str]] = field(default_factory=list)
    categories_removed: list[tuple[str, str]] = field(default_factory=list)
    categories_renamed: list[tuple[str, str, str]] = field(default_factory=list)
    breaking: bool = False  # a change breaks code that vendors the output
    count: int = 0  # how many code changes `changes()` gives
    _changes: Callable[[], Iterator[CodeChange]] | None = field(default=None, repr=False, compare=False)

    @property
    def empty(self) -> bool:
        """True when nothing changed."""
        return not (self.categories_added or self.categories_removed or self.categories_renamed or self.count)

    def changes(self) -> Iterator[CodeChange]:
        """Every code change in report order, each made when asked for."""
        return self._changes() if self._changes is not None else iter(())

    @property
    def codes(self) -> list[CodeChange]:
        """Every code change in report order, as one list (`changes()` makes them one at a time)."""
        return list(self.changes())

    def kept(self) -> Report:
        """This report with its changes made now and kept, not the two models they are made
        from: for a caller that holds reports (`update`, one a page) rather than writing one."""
        changes = self.codes
        return replace(self, _changes=lambda: iter(changes))

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
        return {**self.head_json(), "codes": [c.to_json() for c in self.changes()]}


def _live(cat: Category) -> dict[tuple[Any, ...], Entry]:
    """A category's rows that are not retired, keyed by (code, status, n).

    Every row of a code is compared: a code may stand on several rows (its variants, one per
    HTTP status or per message), n counting the rows of that code and status in page order."""
    rows: dict[tuple[Any, ...], Entry] = {}
    seen: Counter[tuple[int | str, int | None]] = Counter()
    for e in cat.entries:
        if e.deprecated:
            continue
        base = (e.code, e.http_status)
        rows[(*base, seen[base])] = e
        seen[base] += 1
    return rows


def _starts(doc: Document) -> dict[str, list[tuple[int, Category]]]:
    """{category id: [(index of its first entry among all the page's entries, category)]}."""
    starts: dict[str, list[tuple[int, Category]]] = {}
    index = 0
    for c in doc.categories:
        starts.setdefault(c.id, []).append((index, c))
        index += len(c.entries)
    return starts


def _positions(starts: list[tuple[int, Category]]) -> dict[int | str, int]:
    """{code: index of its last entry among all the page's entries} for one category id."""
    into: dict[int | str, int] = {}
    for index, c in starts:
        for offset, e in enumerate(c.entries):
            into[e.code] = index + offset
    return into


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
    """The report between OLD and NEW, both named (see `named_old`).

    The rows are compared once, category by category, keeping only which rows changed and
    how (a few bytes a row); the report's changes are made from the models again, one at a
    time, when they are written (`Report.changes`)."""
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

    # What changed, in the order the changes are found: rows changed (per category, the
    # index of the row among the category's rows, and the fields that differ), rows added,
    # rows removed; each row by (category id, key).
    changed: dict[str, tuple[array[int], list[tuple[str, ...]]]] = {}
    added: list[tuple[str, tuple[Any, ...]]] = []
    removed_in: dict[str, list[tuple[Any, ...]]] = {}
    differ: dict[tuple[str, ...], tuple[str, ...]] = {}  # one tuple per set of fields that differ
    for cid, c in new_cats.items():
        before = _live(old_cats[cid]) if cid in old_cats else {}
        indexes: array[int] = array("q")
        which: list[tuple[str, ...]] = []
        entries = _live(c)
        for index, (key, e) in enumerate(entries.items()):
            if key not in before:
                added.append((cid, key))
                continue
            old_entry = before[key]
            names = tuple(name for name in FIELDS if not _same(name, _value(old_entry, name), _value(e, name)))
            if names:
                indexes.append(index)
                which.append(differ.setdefault(names, names))
        if indexes:
            changed[cid] = (indexes, which)
        removed_in[cid] = [key for key in before if key not in entries]
    removed = [(cid, key) for cid, c in old_cats.items() for key in (removed_in[cid] if cid in removed_in else _live(c))]
    del removed_in
    # A move is a code removed from exactly one category and added to exactly one other:
    # anything less clear-cut stays as removals and additions (so diff(a, b) mirrors diff(b, a)).
    removed_count = Counter(key[:2] for _, key in removed)
    added_by_key: dict[tuple[Any, ...], list[tuple[str, tuple[Any, ...]]]] = {}
    for a in added:
        added_by_key.setdefault(a[1][:2], []).append(a)
    moved: dict[str, list[tuple[tuple[Any, ...], str]]] = {}  # {to: [(key there, from)]}, in the order of the removals
    paired: set[tuple[str, tuple[Any, ...]]] = set()  # the additions and removals that make up a move
    for r in removed:
        twins = added_by_key.get(r[1][:2], [])
        if removed_count[r[1][:2]] == 1 and len(twins) == 1:
            a = twins[0]
            paired.update((a, r))
            moved.setdefault(a[0], []).append((a[1], r[0]))
    del removed_count, added_by_key
    added_in: dict[str, list[tuple[Any, ...]]] = {}
    for a in added:
        if a not in paired:
            added_in.setdefault(a[0], []).append(a[1])
    removed_from: dict[str, list[tuple[Any, ...]]] = {}
    for r in removed:
        if r not in paired:
            removed_from.setdefault(r[0], []).append(r[1])
    del added, removed, paired
    report.breaking = any("name" in names for _, which in changed.values() for names in which)
    report.count = (
        sum(len(v) for v in added_in.values()) + sum(len(v) for v in removed_from.values())
        + sum(len(v) for v in moved.values()) + sum(len(v[0]) for v in changed.values())
    )
    order = list(new_cats) + [c for c in old_cats if c not in new_cats]
    old_starts, new_starts = _starts(old_named), _starts(new_named)

    def changes() -> Iterator[CodeChange]:
        # Category by category (new page order, then the categories it retires); in each,
        # additions, removals, moves, then changed rows; each kind by the code's position on
        # the new page, else on the old one.
        for cid in order:
            new_position = _positions(new_starts.get(cid, []))
            old_position = _positions(old_starts.get(cid, []))

            def position(key: tuple[Any, ...]) -> int:
                return new_position[key[0]] if key[0] in new_position else old_position.get(key[0], 0)

            before = _live(old_cats[cid]) if cid in old_cats else {}
            after = _live(new_cats[cid]) if cid in new_cats else {}
            several = {(code, status) for rows in (before, after) for code, status, n in rows if n > 0}

            def row(key: tuple[Any, ...]) -> int | None:
                return key[2] + 1 if key[:2] in several else None

            for key in sorted(added_in.get(cid, ()), key=position):
                e = after[key]
                yield CodeChange("added", cid, e.code, e.name, False, status=e.http_status, row=row(key))
            for key in sorted(removed_from.get(cid, ()), key=position):
                # generate keeps it, deprecated: code that uses it still builds.
                e = before[key]
                yield CodeChange("removed", cid, e.code, e.name, False, status=e.http_status, row=row(key))
            for key, origin in sorted(moved.get(cid, ()), key=lambda m: position(m[0])):
                e = after[key]
                yield CodeChange("moved", cid, e.code, e.name, False, {}, origin, e.http_status)
            if cid in changed:
                keys = list(after)
                indexes, which = changed[cid]
                for index, names in sorted(zip(indexes, which), key=lambda c: position(keys[c[0]])):
                    key = keys[index]
                    e, old_entry = after[key], before[key]
                    fields = {name: (_value(old_entry, name), _value(e, name)) for name in names}
                    yield CodeChange("changed", cid, e.code, e.name, "name" in fields, fields, status=e.http_status, row=row(key))

    report._changes = changes
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
    for c in report.changes():
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
    if report.count:
        yield "\n### Codes\n\n| Change | Category | Code | Name | Breaking | Details |\n| --- | --- | --- | --- | --- | --- |\n"
        for c in report.changes():
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
    without holding that text, or the data it is made from, for all changes at once: each
    change is made (`Report.changes`), written and dropped in turn.
    """
    head = visible_json(json.dumps(report.head_json(), ensure_ascii=False, indent=2))
    out.write(head[: -len("\n}")] + ',\n  "codes": ')
    if not report.count:
        out.write("[]\n}\n")
        return
    separator = "[\n    "
    for c in report.changes():
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

