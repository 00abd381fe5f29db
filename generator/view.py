"""The view of a document that every target lays out: built once per document, no language in it.

What the targets share is decided here, once: the header line, the other locales and each
item's texts in them (as their pages give them, and with the default locale's text where a
locale has none), the retired entries and those that refer to another page, and, for a page of
symbolic codes, the rows grouped by code (`Code`, one per distinct code, with every `Variant`).
Targets turn this into source through their templates; what a language spells differently
(literals, comments, formatter decisions) stays in its target and its escaping filters.

The default locale's texts are the model's own fields (`description`, `action`, `title`,
`fallback`); each other locale's are the `Text` its page gave. Asked for a text in a locale,
every output falls back to the default locale's text where that locale has none, each text
on its own (as gettext does per message): a code the locale's page does not list gives the
default description and action; a row without an action (or a section without a fallback
row) gives the default action (or fallback).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import Any, Callable, Mapping, Protocol, TypeVar

from .escape import ident
from .model import Category, Document, Entry, Text
from .naming import pascal
from .filenames import HEADER_MARK  # the words by which the writer knows a generated file


def header_line(doc: Document) -> str:
    """Return the words every generated file starts with (no timestamp, no version)."""
    name = Path(doc.source).name
    # The upstream commit only where `errcodegen update` recorded this very page (upstream.lock.toml).
    upstream = f", upstream {doc.upstream}" if doc.upstream else ""
    return f"{HEADER_MARK} from {name} (sha256 {doc.sha256}){upstream}. DO NOT EDIT."


def other_locales(doc: Document) -> tuple[str, ...]:
    """Return the document's locales but the default, in the configured order."""
    return tuple(locale for locale in doc.locales if locale != doc.locale)


def translations(item: Entry | Category, doc: Document) -> tuple[Text, ...]:
    """Return the item's texts in the document's other locales, in the document's locale order."""
    found = {t.locale: t for t in item.translations}
    return tuple(found[locale] for locale in other_locales(doc) if locale in found)


def entry_texts(doc: Document, locale: str) -> list[tuple[Category, Entry, Text]]:
    """Return every entry that has a text in `locale`, with that text, in document order."""
    out = []
    for c, e in doc.entries():
        text = e.text(locale)
        if text is not None:
            out.append((c, e, text))
    return out


def category_texts(doc: Document, locale: str) -> list[tuple[Category, Text]]:
    """Return every category that has a title in `locale`, with that text, in document order."""
    out = []
    for c in doc.categories:
        text = c.text(locale)
        if text is not None:
            out.append((c, text))
    return out


def localized(item: Entry, doc: Document, locale: str) -> tuple[str, str | None]:
    """Return an entry's (description, action) in `locale`: each the default locale's where it has none."""
    text = item.text(locale) if locale != doc.locale else None
    if text is None:
        return item.description, item.action
    return text.description, item.action if text.action is None else text.action


@dataclass(frozen=True)
class Variant:
    """One row of a page of symbolic codes: a code with one HTTP status and text, in one category."""

    category: Category
    entry: Entry

    @property
    def summary(self) -> str:
        """The row in one line of plain text: `HTTP 401 Unauthorized: No permission.`"""
        e = self.entry
        if e.http_status is None:
            return e.description
        status = f"HTTP {e.http_status} {e.http_reason}" if e.http_reason else f"HTTP {e.http_status}"
        return f"{status}: {e.description}" if e.description else status


@dataclass(frozen=True)
class Code:
    """One distinct code of the page and every row that gives it, in the page's order."""

    code: str
    name: str
    pascal: str  # the name in PascalCase (`naming.pascal`), as a top-level constant spells it
    variants: tuple[Variant, ...]

    @property
    def deprecated(self) -> bool:
        """True when every row of the code was retired from the page."""
        return all(v.entry.deprecated for v in self.variants)

    @property
    def description(self) -> str:
        """The first row's text."""
        return self.variants[0].entry.description

    @property
    def summary(self) -> str:
        """Every row in one line of plain text, e.g. for a doc comment."""
        return " / ".join(v.summary for v in self.variants if v.summary)

    @property
    def see_also(self) -> tuple[tuple[str, str, int | str], ...]:
        """Every cross-reference of every row, once each, in order."""
        return tuple(dict.fromkeys(r for v in self.variants for r in v.entry.see_also))


def codes(doc: Document, taken: Mapping[str, str] | None = None) -> list[Code]:
    """Group the rows by code (first appearance first); refuse what the outputs could not hold.

    `taken` maps the PascalCase names that an output declares at top level (where its code
    constants live too) to what declares them: a code spelled like one is refused.
    """
    grouped: dict[str, list[Variant]] = {}
    for c, e in doc.entries():
        if not isinstance(e.code, str):
            raise ValueError(f"code {e.code!r} of {c.id!r} is not a symbolic code")
        grouped.setdefault(e.code, []).append(Variant(c, e))
    out: list[Code] = []
    by_name: dict[str, str] = {}
    by_pascal: dict[str, str] = dict(taken or {})
    for code, variants in grouped.items():
        name = variants[0].entry.name
        ident(name)
        if name in by_name:
            raise ValueError(f"codes {by_name[name]!r} and {code!r} are both named {name}: rename one in the names file")
        by_name[name] = code
        spelled = pascal(name)
        ident(spelled)
        if spelled in by_pascal:
            raise ValueError(f"code {code!r} ({spelled}) clashes with {by_pascal[spelled]}: rename it in the names file")
        by_pascal[spelled] = f"code {code!r}"
        out.append(Code(code, name, spelled, tuple(variants)))
    return out


def grouped(doc: Document) -> Document:
    """An integer page with one entry per code in each category: a code's first row, carrying
    every row of it in `variants` (the model keeps a code that a table lists on several rows
    as several entries, told apart by `variant`). A page of symbolic codes is left as it is
    (`codes` groups its rows)."""
    if doc.kind == "string":
        return doc
    categories = []
    for c in doc.categories:
        rows: dict[int | str, list[Entry]] = {}
        for e in c.entries:
            rows.setdefault(e.code, []).append(e)
        if all(len(r) == 1 for r in rows.values()):
            categories.append(c)
            continue
        entries = tuple(r[0] if len(r) == 1 else replace(r[0], variants=tuple(r)) for r in rows.values())
        categories.append(replace(c, entries=entries))
    return replace(doc, categories=tuple(categories))


# HTTP statuses of a throttled or transiently failed request: an answer with one of these may
# succeed when retried (as AWS's SDKs decide "retryable"); so may a code the page lists with
# 429 or 503 (COS's SlowDown), or whose name says it is throttling.
RETRYABLE_STATUSES = (429, 500, 502, 503, 504)
THROTTLING_STATUSES = (429, 503)
THROTTLING_WORDS = ("slowdown", "throttl", "ratelimit", "toomanyrequests", "requestlimitexceeded")


def status_class(category: Category) -> int | None:
    """The class (4 for 4xx, 5 for 5xx) that every HTTP status of the category's rows lies in,
    when its rows give statuses and all lie in one class; else None. An error response whose
    status matches no row of its code falls to the category of its status class (a 503 answer
    is the 5xx category's error, whatever the page lists for that code)."""
    classes = {e.http_status // 100 for e in category.entries if e.http_status is not None}
    return classes.pop() if len(classes) == 1 and all(e.http_status is not None for e in category.entries) else None


def retryable_code(rows: list[Entry]) -> bool:
    """True when the code's rows say it is throttling: a row with status 429 or 503, or a name
    that says so (`SlowDown`, `RequestLimitExceeded`, `Throttling...`)."""
    squashed = "".join(ch for ch in str(rows[0].code).lower() if ch.isalnum()) if rows else ""
    return any(e.http_status in THROTTLING_STATUSES for e in rows) or any(w in squashed for w in THROTTLING_WORDS)


def product_label(name: str, short: str) -> str:
    """How prose names the product: "Tencent Cloud Infinite (CI)", or the name alone when the
    short form adds nothing ("COS" for both, or a name that already holds it)."""
    return name if short.lower() in name.lower() else f"{name} ({short})"


T = TypeVar("T")


class Namer(Protocol):
    """An output that names each row's constant: how a reference names the language, and the names."""

    @property
    def label(self) -> str | None: ...

    def identifiers(self, view: View) -> dict[tuple[str, int | str], str]: ...


class View:
    """A document as the templates lay it out; every list is made once, when first asked for.

    `doc` is the document as the templates lay it out (on an integer page, one entry per code
    of a category, see `grouped`); `model` is the model itself, every row an entry."""

    def __init__(self, doc: Document, taken: Mapping[str, str] | None = None, namers: tuple[Namer, ...] = ()) -> None:
        self.model = doc
        # The outputs whose identifiers a reference for people shows (the docs target), in order.
        self.namers = namers
        doc = grouped(doc)
        self.doc = doc
        self.kind = doc.kind
        self.categories = doc.categories
        self.locale = doc.locale  # the default locale: the model's own texts
        self.locales = doc.locales  # every locale, the default first
        self.header = header_line(doc)
        self.other_locales = other_locales(doc)
        self._taken = dict(taken or {})
        # Whose codes these are (configuration's `product`): the words of docstrings, package
        # descriptions and titles, and the prefix of the root error types (see model.Product).
        self.product = doc.product
        self.product_label = product_label(doc.product.name, doc.product.short)
        self.type_prefix = doc.product.short  # `COSException`, `CIError` (a target may spell it otherwise)
        self._made: dict[Callable[[View], Any], Any] = {}

    def once(self, make: Callable[[View], T]) -> T:
        """`make(self)`, made the first time it is asked for and kept with the view: what two
        outputs of a run lay out alike (the docs target's rows: the set's page and the index of
        every set)."""
        if make not in self._made:
            self._made[make] = make(self)
        made: T = self._made[make]
        return made

    @cached_property
    def status_classes(self) -> dict[str, int]:
        """Each category (by id) whose rows all lie in one HTTP status class: that class (4, 5)."""
        return {c.id: k for c in self.categories if (k := status_class(c)) is not None}

    @cached_property
    def retryable_codes(self) -> tuple[int | str, ...]:
        """The codes the page marks as throttling (see `retryable_code`), in page order: an
        error with one of them may succeed when retried, whatever its status."""
        rows: dict[int | str, list[Entry]] = {}
        for _, e in self.model.entries():
            rows.setdefault(e.code, []).append(e)
        return tuple(code for code, r in rows.items() if retryable_code(r))

    @cached_property
    def entries(self) -> list[tuple[Category, Entry]]:
        """Every (category, entry) pair in document order."""
        return self.doc.entries()

    @cached_property
    def varied(self) -> list[tuple[Category, Entry]]:
        """On an integer page, the entries whose code has several rows (`Entry.variants`)."""
        return [(c, e) for c, e in self.entries if e.variants]

    @cached_property
    def retired(self) -> list[tuple[Category, Entry]]:
        """The entries retired from the page (kept, marked deprecated), in document order."""
        return [(c, e) for c, e in self.entries if e.deprecated]

    @cached_property
    def referring(self) -> list[tuple[Category, Entry]]:
        """The entries with a counterpart on another page (`see_also`), in document order."""
        return [(c, e) for c, e in self.entries if e.see_also]

    @cached_property
    def codes(self) -> list[Code]:
        """A page of symbolic codes, grouped by code (see `codes`)."""
        return codes(self.doc, self._taken)

    @cached_property
    def retired_codes(self) -> list[Code]:
        """The codes all of whose rows were retired from the page."""
        return [k for k in self.codes if k.deprecated]

    def translations(self, item: Entry | Category) -> tuple[Text, ...]:
        """The item's texts in the other locales, as their pages give them (see `translations`)."""
        return translations(item, self.doc)

    def entry_texts(self, locale: str) -> list[tuple[Category, Entry, Text]]:
        """Every entry that has a text in `locale`, with that text."""
        return entry_texts(self.doc, locale)

    def category_texts(self, locale: str) -> list[tuple[Category, Text]]:
        """Every category that has a title in `locale`, with that text."""
        return category_texts(self.doc, locale)

    def localized(self, item: Entry, locale: str) -> tuple[str, str | None]:
        """An entry's (description, action) in `locale`, with the default locale's where it has none."""
        return localized(item, self.doc, locale)
