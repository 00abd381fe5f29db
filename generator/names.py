"""The pinned-names file (`source_docs/names.toml`): the public surface, kept stable.

It records the identifier of every category and every (category, code), with the last
text seen for each code. `generate` applies it before deriving anything, so a recorded
name never changes, whatever happens to the page; a person renames by editing it.
Categories are matched by id, then by the codes they hold (a reworded heading keeps its
identity). A code that leaves the page stays, marked retired (deprecated in every output),
until `errcodegen prune` or an edit removes it; a code that comes back gets its old name.
"""

from __future__ import annotations

import difflib
import json
import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterator

from . import toml_subset
from .fsread import read_text
from .matching import match
from .model import MAX_CODE_CHARS, Category, Diagnostic, Document, Entry
from .naming import NO_TYPES, TypeNames, assign_names, valid_name

HEADER = """\
# errcodegen's pinned names: the identifier of every category and error code.
# `errcodegen generate` adds new codes and never changes a recorded name: edit `name`
# to rename a constant. Codes the page no longer lists stay here with `retired = true`
# (deprecated in every output) until you delete them or run `errcodegen prune`.
"""


# Every key the file holds (what `dumps` writes); any other would be dropped on the next write.
CATEGORY_KEYS = frozenset({"name", "title", "fallback", "retired", "codes"})
CODE_KEYS = frozenset({"name", "description", "action", "upstream_name", "retired"})


class NamesError(Exception):
    """The names file cannot be used; the message names the file and key."""


class RunWarning(Diagnostic):
    """A warning about this run (what it would retire), not about the page: printed, never rendered.

    Once `generate` has recorded the codes as retired the next run has nothing to say, so
    the outputs (the JSON model lists the page's diagnostics) must not depend on it.
    """


@dataclass(frozen=True, slots=True)
class Pinned:
    """One recorded code (slots: a names file records up to hundreds of thousands)."""

    name: str
    description: str
    action: str | None
    upstream_name: str | None
    retired: bool


@dataclass(frozen=True)
class PinnedCategory:
    """One recorded category: its id, type name, last title and its codes in order."""

    id: str
    name: str
    title: str
    fallback: str | None
    codes: tuple[tuple[int | str, Pinned], ...]
    retired: bool = False
    # Keys spelling an integer otherwise than canonically (`007`, `-0001`): codes of a string
    # table (its carrier status `007`), refused in an integer table ("write it as 7").
    respelled: tuple[tuple[str, int], ...] = ()


_encode_string = json.encoder.encode_basestring


def _toml_str(text: str) -> str:
    # A JSON string (control characters escaped, the rest kept) is a valid TOML basic
    # string once U+007F is escaped too.
    return _encode_string(text).replace("\x7f", "\\u007f")


def _shape_problem(data: dict[str, object]) -> str | None:
    """Why TOML data is not what a names file holds (only `[category.<id>]` tables), or None."""
    others = sorted(set(data) - {"category"})
    if others:
        return f"not a names file: it has {', '.join(others)} (a names file holds only [category.*] tables)"
    categories = data.get("category", {})
    if not isinstance(categories, dict) or not all(isinstance(t, dict) for t in categories.values()):
        return "not a names file: category must be a table of categories"
    return None


# A run reads each names file twice: the configuration checks it (`file_problem`), then its set
# applies it (`NamesFile.load`). The check's parse of a small file is kept here, by the file's
# text, for the load of the same text to take (and drop): each names file is parsed once. A large
# file's tables are not kept while a page is read (100 000 codes' would be tens of megabytes), and
# at most a few texts are (a caller that checks files and never loads them keeps no more).
_HANDED_OVER_CHARS = 1 << 20
_HANDED_OVER_FILES = 16
_handed_over: dict[str, dict[str, Any]] = {}


def _loads(text: str, hand_over: bool = False) -> dict[str, Any]:
    """`tomllib.loads(text)`, or the data a check of the same text handed over (taken once). The
    text errcodegen writes is read by toml_subset (several times faster); any other by tomllib."""
    data = _handed_over.pop(text, None)
    if data is None:
        data = toml_subset.loads(text)
        if data is None:
            data = tomllib.loads(text)
        if hand_over and len(text) <= _HANDED_OVER_CHARS:
            while len(_handed_over) >= _HANDED_OVER_FILES:
                del _handed_over[next(iter(_handed_over))]
            _handed_over[text] = data
    return data


def file_problem(path: Path) -> str | None:
    """Why the file at `path` is not a names file that errcodegen may replace, or None: it must
    begin with errcodegen's own header (a comment-only, empty or hand-written TOML file is a
    person's file) and hold only names-file tables."""
    try:
        text = read_text(path)
        data = _loads(text, hand_over=True)
        if not text.startswith(HEADER.splitlines()[0]) and not data.get("category"):
            return "not a names file (no header line and no [category.*] table): an empty or comment-only file is a person's, and kept"
        return _shape_problem(data)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        return f"not valid TOML: {exc}"
    except OSError as exc:  # too big, or swapped for something that is not a regular file
        return f"not readable as a names file ({exc.strerror or exc})"


def _check_type_name(name: object, where: str, types: TypeNames) -> None:
    """Refuse a category type name that is no identifier, or that would break an output."""
    rule = "must be an identifier that is not a built-in type name or a name the outputs declare"
    if not isinstance(name, str) or not re.fullmatch(r"[A-Z][A-Za-z0-9]*", name):
        raise NamesError(f"{where} {rule}, not {name!r}")
    problem = types.problem(name)
    if problem:
        raise NamesError(f"{where} {rule}: {name!r} would break it ({problem})")


def _code(key: str) -> tuple[int | str, int | None]:
    """A code key of the names file: an integer in its one spelling (`-777`), else a symbolic
    code; and the integer a key spells otherwise (`-0777`), for `apply` to refuse in an integer table."""
    try:
        number = int(key)
    except ValueError:
        return key, None  # a symbolic code (pages like the media-processing job page)
    if str(number) != key:
        return key, number
    return number, None


class NamesFile:
    """The recorded names; empty when the file does not exist yet."""

    def __init__(self, categories: tuple[PinnedCategory, ...] = (), display: str = "names.toml", types: TypeNames = NO_TYPES) -> None:
        self.categories = categories
        self.display = display
        self.types = types  # what the outputs reserve of type names (the caller's targets)

    # -- reading and writing ---------------------------------------------------------

    @classmethod
    def load(cls, path: Path, display: str | None = None, types: TypeNames = NO_TYPES) -> NamesFile:
        """Read the file; a missing file is an empty record; a broken one (or one giving a type name
        that `types` refuses) raises NamesError."""
        shown = display or str(path)
        if not path.exists():
            return cls((), shown, types)
        try:
            data = _loads(read_text(path))  # a regular file of bounded size only
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise NamesError(f"{shown}: not valid TOML: {exc}") from None
        problem = _shape_problem(data)
        if problem:
            raise NamesError(f"{shown}: {problem}")
        categories = []
        recorded = data.get("category", {})
        for cid, table in recorded.items():
            where = f"{shown}: category.{cid}"
            if not isinstance(table, dict):
                raise NamesError(f"{where} must be a table")
            if not re.fullmatch(r"[a-z0-9_]+", cid):
                raise NamesError(f"{where}: a category id is lower-case letters, digits and '_'")
            for field in ("title", "fallback"):
                if field in table and not isinstance(table[field], str):
                    raise NamesError(f"{where}.{field} must be a string")
            if not isinstance(table.get("codes", {}), dict):
                raise NamesError(f"{where}.codes must be a table of codes")
            unknown = sorted(set(table) - CATEGORY_KEYS)
            if unknown:
                raise NamesError(f"{where}.{unknown[0]}: unknown key (known: {', '.join(sorted(CATEGORY_KEYS))}); it would be lost when the file is rewritten")
            _check_type_name(table.get("name"), f"{where}.name", types)
            name = table["name"]
            codes = []
            respelled = []
            for key, value in table.get("codes", {}).items():
                code, number = _code(key)
                if number is not None:
                    respelled.append((key, number))
                if not isinstance(value, dict) or not isinstance(value.get("name"), str):
                    raise NamesError(f"{where}.codes.{key} must be a table with a string `name`")
                unknown = sorted(set(value) - CODE_KEYS)
                if unknown:
                    raise NamesError(f"{where}.codes.{key}.{unknown[0]}: unknown key (known: {', '.join(sorted(CODE_KEYS))}); it would be lost when the file is rewritten")
                for field in ("description", "action", "upstream_name"):
                    if field in value and not isinstance(value[field], str):
                        raise NamesError(f"{where}.codes.{key}.{field} must be a string")
                if not (isinstance(code, int) or (code.strip() and len(code) <= MAX_CODE_CHARS and code.isprintable())):
                    raise NamesError(f"{where}.codes.{key}: not an error code")
                pinned_name = value["name"]
                if not valid_name(pinned_name, code, types.reserved):
                    raise NamesError(f"{where}.codes.{key}.name {pinned_name!r} is not a valid UPPER_SNAKE identifier")
                codes.append(
                    (
                        code,
                        Pinned(
                            pinned_name,
                            str(value.get("description", "")),
                            value.get("action"),
                            value.get("upstream_name"),
                            bool(value.get("retired", False)),
                        ),
                    )
                )
            categories.append(
                PinnedCategory(
                    cid,
                    name,
                    str(table.get("title", cid)),
                    table.get("fallback"),
                    tuple(codes),
                    bool(table.get("retired", False)),
                    tuple(respelled),
                )
            )
        return cls(tuple(categories), shown, types)

    def dumps(self) -> str:
        """Return the file's text: categories and codes in document order."""
        return "".join(self.pieces())

    def pieces(self) -> Iterator[str]:
        """The file's text (`dumps`) a line or so at a time: a 100 000-code record is written
        without being one string."""
        yield HEADER
        for c in self.categories:
            yield f"\n[category.{c.id}]\n"
            yield f"name = {_toml_str(c.name)}\n"
            yield f"title = {_toml_str(c.title)}\n"
            if c.fallback is not None:
                yield f"fallback = {_toml_str(c.fallback)}\n"
            if c.retired:
                yield "retired = true\n"
            yield f"\n[category.{c.id}.codes]\n"
            for code, p in c.codes:
                fields = [f"name = {_toml_str(p.name)}", f"description = {_toml_str(p.description)}"]
                if p.action is not None:
                    fields.append(f"action = {_toml_str(p.action)}")
                if p.upstream_name is not None:
                    fields.append(f"upstream_name = {_toml_str(p.upstream_name)}")
                if p.retired:
                    fields.append("retired = true")
                key = code if isinstance(code, int) or re.fullmatch(r"[A-Za-z0-9_-]+", code) else _toml_str(code)
                yield f"{key} = {{ {', '.join(fields)} }}\n"

    def diff_against(self, path: Path, display: str) -> str:
        """Return a unified diff from the file on disk to this record ('' when equal)."""
        old = read_text(path) if path.exists() else ""
        new = self.dumps()
        if old == new:
            return ""
        return "".join(
            difflib.unified_diff(
                old.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{display}", f"b/{display}"
            )
        )

    @classmethod
    def from_model(cls, doc: Document, types: TypeNames = NO_TYPES) -> NamesFile:
        """Return the record of a named model (retired entries are those marked deprecated)."""
        return cls(
            tuple(
                PinnedCategory(
                    c.id,
                    c.name,
                    c.title,
                    c.fallback,
                    tuple(
                        # A symbolic code listed once per HTTP status is recorded once.
                        {
                            e.code: Pinned(e.name, e.description, e.action, e.upstream_name, e.deprecated)
                            for e in reversed(c.entries)
                        }.items()
                    )[::-1],
                    c.deprecated,
                )
                for c in doc.categories
            ),
            types=types,
        )

    def pruned(self) -> tuple[NamesFile, list[str]]:
        """Return the record without retired codes and categories, and what was removed."""
        removed: list[str] = []
        kept = []
        for c in self.categories:
            if c.retired:
                removed.append(f"category {c.id}")
                continue
            codes = tuple((code, p) for code, p in c.codes if not p.retired)
            removed += [f"{c.id} {code} {p.name}" for code, p in c.codes if p.retired]
            kept.append(replace(c, codes=codes))
        return NamesFile(tuple(kept), self.display, self.types), removed

    # -- applying ---------------------------------------------------------------------

    def _match(self, doc: Document) -> tuple[dict[int, PinnedCategory], list[Diagnostic]]:
        """Map page category index -> recorded category: by id, else by shared codes."""
        matched: dict[int, PinnedCategory] = {}
        notes: list[Diagnostic] = []
        by_id = {c.id: c for c in self.categories}
        used: set[str] = set()
        for i, c in enumerate(doc.categories):
            if c.id in by_id:
                matched[i] = by_id[c.id]
                used.add(c.id)
        index = {p.id: k for k, p in enumerate(self.categories)}
        by_codes = match(
            [[code for code, _ in p.codes] for p in self.categories],
            [[e.code for e in c.entries] for c in doc.categories],
            taken={index[cid] for cid in used},
            done=matched,
            majority=True,
        )
        for i, k in sorted(by_codes.items()):
            c, p = doc.categories[i], self.categories[k]
            matched[i] = p
            notes.append(
                Diagnostic(
                    doc.source,
                    c.line,
                    1,
                    "info",
                    f"heading '{c.title}' matched recorded category '{p.id}' by its codes",
                )
            )
        return matched, notes

    def _as_strings(self, doc: Document) -> NamesFile:
        """The record with the integer-looking codes of string tables as strings: a TOML key
        `12` reads back as the integer 12, but in a table of symbolic codes it is the code "12"."""
        string_ids = {c.id for c in doc.categories if c.kind == "string"}
        if doc.kind != "string" and not string_ids:
            return self
        categories = tuple(
            replace(p, codes=tuple((str(code), pinned) for code, pinned in p.codes))
            if doc.kind == "string" or p.id in string_ids
            else p
            for p in self.categories
        )
        return NamesFile(categories, self.display, self.types)

    def apply(self, doc: Document) -> Document:
        """Return `doc` named: recorded names first, derived ones for new codes, retired codes kept."""
        if doc.kind in ("string", "mixed"):
            converted = self._as_strings(doc)
            if converted is not self:
                return converted.apply_exact(doc)
        return self.apply_exact(doc)

    def apply_exact(self, doc: Document) -> Document:
        """`apply`, with the record's codes taken as they are."""
        string_ids = {c.id for c in doc.categories if c.kind == "string"}
        for pinned_category in self.categories:
            if doc.kind == "string" or (doc.kind == "mixed" and pinned_category.id in string_ids):
                continue
            for key, number in pinned_category.respelled:
                where = f"{self.display}: category.{pinned_category.id}.codes.{_toml_str(key)}"
                raise NamesError(f"{where}: one code has one spelling: write it as {number}")
        expected = str if doc.kind == "string" else int
        for pinned_category in self.categories:
            for code, _ in pinned_category.codes:
                if doc.kind != "mixed" and not isinstance(code, expected):  # mixed: `--kind auto`, each table its own
                    raise NamesError(
                        f"{self.display}: category.{pinned_category.id}.codes.{code}: the page's codes are {doc.kind} codes"
                    )
        matched, notes = self._match(doc)
        # Codes recorded and not yet retired, and how many of them this page retires.
        active = sum(not p.retired for c in self.categories if not c.retired for _, p in c.codes)
        retiring = 0
        categories: list[Category] = []
        pinned: dict[tuple[str, int | str], str] = {}
        pinned_types: dict[str, str] = {}
        for i, c in enumerate(doc.categories):
            record = matched.get(i)
            if record is None:
                categories.append(c)
                continue
            recorded = dict(record.codes)
            live = {e.code for e in c.entries}
            retired = tuple(
                Entry(code, p.name, p.upstream_name, p.description, p.action, (), 0, deprecated=True)
                for code, p in record.codes
                if code not in live
            )
            retiring += sum(not record.retired and not p.retired for code, p in record.codes if code not in live)
            for e in c.entries:
                if e.code in recorded:
                    pinned[(record.id, e.code)] = recorded[e.code].name
            for e in retired:
                pinned[(record.id, e.code)] = e.name
            pinned_types[record.id] = record.name
            categories.append(replace(c, id=record.id, name=record.name, entries=c.entries + retired))
        seen = {c.id for c in categories} | {record.id for record in matched.values()}
        for record in self.categories:
            if record.id in seen:
                continue
            entries = tuple(
                Entry(code, p.name, p.upstream_name, p.description, p.action, (), 0, deprecated=True)
                for code, p in record.codes
            )
            retiring += sum(not record.retired and not p.retired for _, p in record.codes)
            for e in entries:
                pinned[(record.id, e.code)] = e.name
            pinned_types[record.id] = record.name
            categories.append(
                Category(record.id, record.name, record.title, record.fallback, entries, 0, deprecated=True)
            )
        if retiring * 2 > active > 0:  # most of the page gone at once: a truncated or wrong page?
            message = f"{retiring} of the {active} codes recorded in {self.display} would be retired by this page; is it cut short?"
            notes.append(RunWarning(doc.source, 1, 1, "warning", message))
        staged = replace(doc, categories=tuple(categories), diagnostics=doc.diagnostics + tuple(notes))
        named = assign_names(staged, pinned, self.types)
        return replace(
            named,
            categories=tuple(replace(c, name=pinned_types.get(c.id, c.name)) for c in named.categories),
        )
