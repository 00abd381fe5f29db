"""The intermediate model: frozen dataclasses, one root object (`Document`).

The parser builds it, naming fills in identifiers, every target renders from it.
Order is the document's order wherever the document's order means something.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from .printable import one_line

# A locale tag as a set's `pages` table keys it (`en`, `zh`, `zh-Hant`): the one rule, used
# by the configuration and by every output that spells a locale as a name or property.
# A code of a string table is whatever its cell holds, up to this many characters (an integer
# code has at most 15 digits: parse.CODE_RE).
MAX_CODE_CHARS = 100
LOCALE_TAG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")


@dataclass(frozen=True, slots=True)
class Product:
    """The product a set's codes belong to, in the words its outputs use (configuration's
    `product = { name = "...", short = "..." }`; derived from the set's name when absent).

    `name` reads in prose ("Cloud Object Storage"), `short` in identifiers and titles ("COS"):
    the root error type of each output is named after it (`COSException`, `CosError`)."""

    name: str
    short: str


@dataclass(frozen=True, slots=True)
class Link:
    """A markdown link found in a cell or note: its visible text and its target."""

    text: str
    url: str
    field: str = "description"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """Something worth telling about the input, with its 1-based location."""

    file: str
    line: int
    column: int
    severity: str
    message: str

    def format(self, severity: str | None = None) -> str:
        """Return the diagnostic as one line `file:line:col: severity: message` (controls escaped)."""
        text = f"{self.file}:{self.line}:{self.column}: {severity or self.severity}: {self.message}"
        return one_line(text)  # upstream text in a message must not break the line


@dataclass(frozen=True, slots=True)
class Text:
    """One entry's or category's texts in one locale (the non-default ones)."""

    locale: str
    description: str
    action: str | None = None


def _in_locale(translations: tuple[Text, ...], locale: str) -> Text | None:
    return next((t for t in translations if t.locale == locale), None)


@dataclass(frozen=True, slots=True)
class Entry:
    """One coded row of an error table (`code` is a string on pages of symbolic codes)."""

    code: int | str
    name: str
    upstream_name: str | None
    description: str
    action: str | None
    links: tuple[Link, ...]
    line: int
    deprecated: bool = False
    translations: tuple[Text, ...] = ()
    http_status: int | None = None
    http_reason: str | None = None
    # Where another page names the same symbol: (set name, category id, code).
    see_also: tuple[tuple[str, str, int | str], ...] = ()
    # When the code is on several rows of its table: (the header of the column that tells the
    # rows apart, this row's value there), e.g. ("HTTP Status Code", "409 Conflict").
    variant: tuple[str, str] | None = None
    # Set by the view on an integer page's first row of a code with several rows in one
    # category (every row, this one first); () otherwise. The model keeps each row an entry.
    variants: tuple[Entry, ...] = ()
    # How the page spells an integer code when not in decimal (`0x1000` for 4096); None otherwise.
    spelling: str | None = None

    @property
    def parent(self) -> str | None:
        """The code one level up a dotted symbolic code (`InvalidInput` for `InvalidInput.TaskDuplicated`)."""
        return parent_code(self.code)

    def text(self, locale: str) -> Text | None:
        """Return this entry's text in `locale`, or None when it has none there."""
        return _in_locale(self.translations, locale)


@dataclass(frozen=True, slots=True)
class Category:
    """One section of the page: a heading and the table under it."""

    id: str
    name: str
    title: str
    fallback: str | None
    entries: tuple[Entry, ...]
    line: int
    deprecated: bool = False
    translations: tuple[Text, ...] = ()
    # The titles of the headings above this one (`("Error Codes", "Data processing errors")`
    # for `#### Image download errors`), outermost first.
    path: tuple[str, ...] = ()
    kind: str = ""  # what its table holds: "int" or "string" ("" when unknown, e.g. a retired category)
    tables: tuple[tuple[int, int], ...] = ()  # the lines (first, last; 1-based) of its tables

    def text(self, locale: str) -> Text | None:
        """Return the title (as description) and fallback (as action) in `locale`."""
        return _in_locale(self.translations, locale)


@dataclass(frozen=True, slots=True)
class Note:
    """A paragraph or callout of the page that is not part of a table."""

    kind: str
    text: str
    links: tuple[Link, ...]
    line: int
    translations: tuple[Text, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """The whole page: categories in document order, notes, and diagnostics."""

    source: str
    sha256: str
    categories: tuple[Category, ...]
    notes: tuple[Note, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    locale: str = "en"
    locales: tuple[str, ...] = ("en",)
    sources: tuple[tuple[str, str], ...] = field(default=())
    kind: str = "int"
    upstream: str = ""  # "<repo> <path> commit <commit12>" when the lock file vouches for the default page
    set_name: str = ""  # the configured set's name (what other sets' see-also name it), once known
    product: Product = Product("Tencent Cloud", "Tencent")  # whose codes these are (see Product)

    @property
    def has_errors(self) -> bool:
        """True when any diagnostic is an error."""
        return any(d.severity == "error" for d in self.diagnostics)

    def entries(self) -> list[tuple[Category, Entry]]:
        """Return every (category, entry) pair in document order."""
        return [(c, e) for c in self.categories for e in c.entries]


def parent_code(code: int | str) -> str | None:
    """The parent of a dotted symbolic code: all but its last `.` part; None for a top-level code."""
    if not isinstance(code, str) or "." not in code.strip("."):
        return None
    return code.rsplit(".", 1)[0]


def hierarchy(doc: Document) -> dict[str, tuple[str, ...]]:
    """Each symbolic code's sub-codes on the page (codes whose parent it is), in page order,
    for every code that has some, whether or not the parent is itself a row of the page."""
    children: dict[str, dict[str, None]] = {}
    for _, e in doc.entries():
        parent = parent_code(e.code)
        if parent is not None and isinstance(e.code, str):
            children.setdefault(parent, {})[e.code] = None
    return {k: tuple(v) for k, v in children.items()}


def _link(link: Link) -> dict[str, Any]:
    return {"text": link.text, "url": link.url, "field": link.field}


def _texts(texts: tuple[Text, ...], first: str, second: str) -> dict[str, Any]:
    return {t.locale: {first: t.description, second: t.action} for t in texts}


def see_also_json(refs: Iterable[tuple[str, str, int | str]]) -> list[dict[str, Any]]:
    """Cross-references as JSON-ready data: `{set, category, code}` each (the model, the schema)."""
    return [{"set": s, "category": c, "code": k} for s, c, k in refs]


def entry_json(e: Entry) -> dict[str, Any]:
    """Return one entry as JSON-ready data."""
    return {
        "code": e.code,
        "name": e.name,
        "upstream_name": e.upstream_name,
        "description": e.description,
        "action": e.action,
        "links": [_link(k) for k in e.links],
        "line": e.line,
        "deprecated": e.deprecated,
        "translations": _texts(e.translations, "description", "action"),
        **({"http_status": e.http_status, "http_reason": e.http_reason} if e.http_status is not None else {}),
        **({"see_also": see_also_json(e.see_also)} if e.see_also else {}),
        **({"parent": parent_code(e.code)} if parent_code(e.code) else {}),
        **({"variant": {"column": e.variant[0], "value": e.variant[1]}} if e.variant else {}),
        **({"spelling": e.spelling} if e.spelling else {}),
    }


def to_json(doc: Document, entry: Callable[[Entry], Any] = entry_json, each: Callable[[tuple[Entry, ...]], Any] | None = None) -> dict[str, Any]:
    """Return the model as JSON-ready data (keys in a fixed order); `entry` renders each entry,
    or `each` a category's entries at once (escape.DeferredEach: each made when printed)."""
    return {
        "source": doc.source,
        "sha256": doc.sha256,
        "sources": [{"path": p, "sha256": h} for p, h in doc.sources],
        "kind": doc.kind,
        "locale": doc.locale,
        "locales": list(doc.locales),
        "categories": [
            {
                "id": c.id,
                "name": c.name,
                "title": c.title,
                "fallback": c.fallback,
                "line": c.line,
                "deprecated": c.deprecated,
                "translations": _texts(c.translations, "title", "fallback"),
                **({"path": list(c.path)} if c.path else {}),
                **({"kind": c.kind} if c.kind and c.kind != doc.kind else {}),
                "entries": [entry(e) for e in c.entries] if each is None else each(c.entries),
            }
            for c in doc.categories
        ],
        **({"subcodes": hierarchy(doc)} if hierarchy(doc) else {}),
        "notes": [
            {
                "kind": n.kind,
                "text": n.text,
                "links": [_link(k) for k in n.links],
                "line": n.line,
                "translations": {t.locale: t.description for t in n.translations},
            }
            for n in doc.notes
        ],
        "diagnostics": [
            {
                "file": d.file,
                "line": d.line,
                "column": d.column,
                "severity": d.severity,
                "message": d.message,
            }
            for d in doc.diagnostics
        ],
    }
