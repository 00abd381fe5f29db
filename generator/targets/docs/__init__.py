"""A reference for people: `docs/<set>.html` (one self-contained page: CSS and JavaScript
inline, nothing fetched, a Content-Security-Policy that runs only its own script) and
`docs/<set>.md` (for reading on a code host), from pages of either kind.

Every row of the page (a code in a category; a variant of a symbolic code) is laid out
here once, with its texts in every locale, the identifier each generated language uses for
it (each target's `identifiers`), its see-also links and its links; the templates print
them through the HTML and markdown filters of `escape.py`. The page's script reads no
upstream text from the page: its search index and the values its copy buttons copy are
JSON in a `<script type="application/json">` block, parsed with `JSON.parse`.
"""

from __future__ import annotations

import base64
import re
import hashlib
from functools import cache, partial
from os.path import commonprefix
from pathlib import Path
from typing import Any, Callable, ClassVar, Iterator, Mapping, NamedTuple

from ...content import Content, Emit, Lazy, deliver, emit, later, text
from ...escape import Escaped, href, html_json, md, qualified_ident, web_url
from ...model import LOCALE_TAG, Category, Entry, Link, Note
from ...render import Renderer
from ...view import View
from ...filenames import HEADER_MARK
from ..base import SET_KEY, Option, Target

# Each locale's name in the language switch (others: the tag itself).
LOCALE_NAMES = {"en": "English", "zh": "中文"}
# The page's own words, in English and Chinese (another locale gets the English ones).
UI = {
    "en": {
        "heading": "Error codes",
        "search": "Search codes, identifiers and texts",
        "category": "Category",
        "all": "All categories",
        "language": "Language",
        "shown": "codes match",
        "none": "No code matches.",
        "retired": "retired",
        "retired_title": "Retired: no longer on the upstream page, kept until pruned",
        "action": "Action",
        "fallback": "Any other code",
        "see_also": "See also",
        "links": "Links",
        "notes": "Notes",
        "source": "Source",
        "upstream": "Upstream",
        "identifiers": "Identifiers",
        "code": "Code",
        "description": "Description",
        "http": "HTTP status",
        "hint": "Press / to search, Escape to clear.",
        "more": "Show every match (this many rows can be slow to draw)",
        "drawn": "shown: the first",
        "noscript": "This page draws its rows with its script. Without scripts, read",
        "index_title": "Error codes of every set",
        "index_search": "Search every set: codes, names, statuses and texts",
        "sets": "Sets",
        "rows": "rows",
        "matches": "rows match",
        "first": "shown: the first",
        "all_matches": "Show every match",
    },
    "zh": {
        "heading": "错误码",
        "search": "搜索错误码、标识符和说明",
        "category": "分类",
        "all": "全部分类",
        "language": "语言",
        "shown": "个错误码匹配",
        "none": "没有匹配的错误码。",
        "retired": "已停用",
        "retired_title": "已停用：上游页面已不再列出，保留至清理",
        "action": "处理措施",
        "fallback": "其他错误码",
        "see_also": "另见",
        "links": "链接",
        "notes": "说明",
        "source": "来源",
        "upstream": "上游",
        "identifiers": "标识符",
        "code": "错误码",
        "description": "说明",
        "http": "HTTP 状态码",
        "hint": "按 / 搜索，按 Esc 清除。",
        "more": "显示全部匹配（行数很多时显示会变慢）",
        "drawn": "当前显示前",
        "noscript": "本页的行由其脚本显示。不运行脚本时请阅读",
    },
}


# The set's name is the pages' file name (a see-also link of another set names it): any name
# a file can have on every system (a set named after a page `错误码.md` is `错误码`).
SET_FILE = Option(r"[^\x00-\x1f\x7f/\\:*?\"<>|.\s-][^\x00-\x1f\x7f/\\:*?\"<>|]*(?<![.\s])")
# The name of a model rendered outside a configuration (no set): the configuration's defaults.
DEFAULT_NAMES = {"int": "ci-error-codes", "string": "ci-media-processing-error-codes"}


# A stem that a link to the file spells as it is, or with its letters beyond ASCII and its spaces
# percent-encoded (`md_href`): no `#` (a fragment), `%` (read as an escape), `&`, `[`, ... .
_LINKABLE = re.compile(r"(?:[A-Za-z0-9._~!$'()*+,;=@ -]|[^\x00-\x7f])+")


def file_stem(set_name: str) -> str:
    """The file name (without suffix) of a set's pages: the set's name, or, where that cannot be a
    file name or a link (a set named after a page file called `x -*- coding: latin-1 -*-.md`, or
    `a#b.md`), its letters,
    digits, `_`, `.` and `-` with every other run made one `-`, and `-codes` after them."""
    if SET_FILE.problem(set_name) is None and _LINKABLE.fullmatch(set_name):
        return set_name
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", set_name).strip("-.")
    stem = f"{stem}-codes" if stem else "error-codes"
    return stem if SET_FILE.problem(stem) is None else "error-codes"


class Said(NamedTuple):
    """One text as shown in one locale of the page: `locale` the page's, `lang` the text's own
    (the default locale's where that locale has none)."""

    locale: str
    lang: str
    text: str


class PageLink(NamedTuple):
    """A link of a row or note: `href` set only for an http(s) URL (anything else stays text)."""

    text: str
    url: str
    href: str | None


class Row:
    """One row of a category: an entry with everything the page shows about it. (Row and Section
    are plain classes: a dataclass costs every run about half a millisecond to create at import.)"""

    __slots__ = ("index", "category", "entry", "anchor", "first", "fragment", "code_parts", "descriptions", "actions", "identifiers", "see_also", "links")

    def __init__(
        self,
        *,
        index: int,
        category: Category,
        entry: Entry,
        anchor: str,  # `code--46618`: the first row of a code has it as its id
        first: bool,
        fragment: str,  # the anchor, percent-encoded for `#...`
        code_parts: tuple[str, ...],  # the code cut where a long one may wrap (see `code_parts`)
        descriptions: tuple[Said, ...],
        actions: tuple[Said, ...],
        identifiers: tuple[tuple[str, Escaped], ...],  # (language, identifier)
        see_also: tuple[tuple[str, str, str], ...],  # (link to the HTML page, to the markdown page, label)
        links: tuple[PageLink, ...],
    ) -> None:
        self.index = index
        self.category = category
        self.entry = entry
        self.anchor = anchor
        self.first = first
        self.fragment = fragment
        self.code_parts = code_parts
        self.descriptions = descriptions
        self.actions = actions
        self.identifiers = identifiers
        self.see_also = see_also
        self.links = links


class Rows:
    """A category's rows. With `keep` (a page of at most COMPACT_ROWS rows, which holds them all
    as HTML anyway) they are laid out once, when first walked, and kept: the HTML page, the
    markdown page, the page's data and the index of every set each walk them. Otherwise they are
    laid out each time they are walked, one at a time: a 100 000-row page never holds them all."""

    __slots__ = ("make", "count", "keep", "kept")

    def __init__(self, make: Callable[[], Iterator[Row]], count: int, keep: bool = False) -> None:
        self.make = make
        self.count = count
        self.keep = keep
        self.kept: tuple[Row, ...] | None = None

    def __iter__(self) -> Iterator[Row]:
        if not self.keep:
            return self.make()
        if self.kept is None:
            self.kept = tuple(self.make())
        return iter(self.kept)

    def __len__(self) -> int:
        return self.count


class Section:
    """One category: its titles and fallbacks per locale, and its rows."""

    __slots__ = ("index", "category", "titles", "fallbacks", "rows")

    def __init__(self, index: int, category: Category, titles: tuple[Said, ...], fallbacks: tuple[Said, ...], rows: Rows) -> None:
        self.index = index
        self.category = category
        self.titles = titles
        self.fallbacks = fallbacks
        self.rows = rows


# Where a long symbolic code may wrap on the page: before an upper-case letter that follows a
# lower-case one or a digit (`ActionAccelerate|NotSupported`), and after `.`, `_`, `:` or `-`.
_WRAP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[._:-])(?=.)")


def code_parts(code: int | str) -> tuple[str, ...]:
    """The code as the page shows it, in the pieces between which a line may break (`<wbr>`)."""
    text = str(code)
    return tuple(p for p in _WRAP.split(text) if p) if isinstance(code, str) else (text,)


def anchor(code: int | str) -> str:
    """The id of a code's first row: `code--46618`, `code-AccessDenied`."""
    return f"code-{code}"


def _links(links: tuple[Link, ...]) -> tuple[PageLink, ...]:
    return tuple(PageLink(k.text, k.url, web_url(k.url)) for k in links)


def _said(locales: tuple[str, ...], default: str, texts: Mapping[str, str | None]) -> tuple[Said, ...]:
    """Per locale of the page, its text (the default locale's where it has none); () when none has any."""
    out = []
    for locale in locales:
        own = texts.get(locale)
        lang = locale if own is not None else default
        value = own if own is not None else texts.get(default)
        if value is not None:
            out.append(Said(locale, lang, value))
    return tuple(out)


class Named:
    """The identifiers of every target the view names (`View.namers`: those with a label, in
    registry order) that names this page's constants: `index` numbers the rows' keys (category
    id, code), `columns` holds per language its label and a list, by that number, of its
    identifier (None where it names none).

    Held while the pages are written: one index shared by every language instead of a dict per
    language, and one string where two languages spell an identifier alike, are half the
    memory (at 100 000 rows and six languages, about 130 MB as a dict each).
    """

    __slots__ = ("index", "columns")

    def __init__(self, index: dict[tuple[str, int | str], int], columns: list[tuple[str, list[str | None]]]) -> None:
        self.index = index
        self.columns = columns

    @property
    def languages(self) -> list[str]:
        return [lang for lang, _ in self.columns]

    def of(self, key: tuple[str, int | str]) -> list[str | None]:
        """Per language, the identifier of the row `key` (None where it names none)."""
        i = self.index.get(key)
        return [None] * len(self.columns) if i is None else [column[i] for _, column in self.columns]


def identifiers(view: View) -> Named:
    """The identifiers of every target the view names that names this page's constants (`Named`).

    A target that cannot name this page's constants (it would refuse the page) is left out.
    """
    index: dict[tuple[str, int | str], int] = {}
    columns: list[tuple[str, list[str | None]]] = []
    for target in view.namers:
        try:
            names = target.identifiers(view)
        except ValueError:
            continue
        if not (names and target.label):
            continue
        column: list[str | None] = [None] * len(index)
        for key, name in names.items():
            i = index.setdefault(key, len(index))
            for _, other in columns:  # the same text as another language's: that one string
                same = other[i] if i < len(other) else None
                if same is not None and same == name:
                    name = same
                    break
            if i == len(column):
                column.append(name)
            else:
                column[i] = name
        columns.append((target.label, column))
    for _, column in columns:
        column.extend([None] * (len(index) - len(column)))
    return Named(index, columns)


def sections(view: View, set_name: str, languages: Named | None = None) -> list[Section]:
    """Every category with its rows (laid out when they are walked), for the page; `languages`:
    `identifiers(view)` when the caller has them already (they take a while on a large page)."""
    named = identifiers(view) if languages is None else languages
    index, columns = named.index, named.columns
    first: dict[int | str, tuple[int, int]] = {}  # code -> (category, position) of its first row
    for number, c in enumerate(view.categories):
        for position, e in enumerate(c.entries):
            first.setdefault(e.code, (number, position))

    def rows(number: int, c: Category, start: int) -> Iterator[Row]:
        for position, e in enumerate(c.entries):
            key = (c.id, e.code)
            translations = view.translations(e)
            texts = {view.locale: e.description, **{t.locale: t.description for t in translations}}
            actions = {view.locale: e.action, **{t.locale: t.action for t in translations}}
            yield Row(
                index=start + position,
                category=c,
                entry=e,
                anchor=anchor(e.code),
                first=first[e.code] == (number, position),
                fragment=href("", anchor(e.code)),
                code_parts=code_parts(e.code),
                descriptions=_said(view.locales, view.locale, texts),
                actions=_said(view.locales, view.locale, actions),
                identifiers=_identifiers_of(columns, index.get(key)),
                see_also=tuple(
                    (href(f"{file_stem(other)}.html", anchor(code)), href(f"{file_stem(other)}.md", anchor(code)), f"{other} {code}")
                    for other, _, code in e.see_also
                ),
                links=_links(e.links),
            )

    out: list[Section] = []
    start = 0
    keep = sum(len(c.entries) for c in view.categories) <= COMPACT_ROWS
    for number, c in enumerate(view.categories):
        titles = {view.locale: c.title, **{t.locale: t.description for t in view.translations(c)}}
        fallbacks = {view.locale: c.fallback, **{t.locale: t.action for t in view.translations(c)}}
        laid = Rows(partial(rows, number, c, start), len(c.entries), keep)
        out.append(Section(number, c, _said(view.locales, view.locale, titles), _said(view.locales, view.locale, fallbacks), laid))
        start += len(c.entries)
    return out


def laid_out(view: View) -> tuple[Named, list[Section]]:
    """The view's `identifiers` and `sections`: on a page of at most COMPACT_ROWS rows, made once
    per view (the set's page and the index of every set both show them); on a larger page, made
    for each caller, as kept with the view they would be held for the whole run (tens of
    megabytes at 100 000 rows)."""
    if sum(len(c.entries) for c in view.categories) > COMPACT_ROWS:
        return _lay_out(view)
    return view.once(_lay_out)


def _lay_out(view: View) -> tuple[Named, list[Section]]:
    named = identifiers(view)
    return named, sections(view, view.doc.set_name or DEFAULT_NAMES[view.kind], named)


def _identifiers_of(columns: list[tuple[str, list[str | None]]], i: int | None) -> tuple[tuple[str, Escaped], ...]:
    """(language, identifier) of the row numbered `i` in `Named.index`, for each language that names it."""
    if i is None:
        return ()
    return tuple((lang, qualified_ident(name)) for lang, column in columns if (name := column[i]) is not None)


def md_said(texts: tuple[Said, ...], locale: str) -> Escaped:
    """A markdown cell's texts (page.md.j2): the page's locale's, then each other locale's where
    it differs from the first, each through `md`, `<br>` between. A filter, not a loop of the
    template: a 100 000-row page has three such cells a row, and Jinja's loop with `loop.first`
    was most of the page's time."""
    first = texts[0].text if texts else None
    return Escaped("<br>".join(" " + md(t.text) for t in texts if t.locale == locale or t.text != first))


def md_idents(identifiers: tuple[tuple[str, Escaped], ...]) -> Escaped:
    """A markdown cell's identifiers (page.md.j2): ``Python: `Category.NAME` `` per language, `<br>` between."""
    return Escaped("<br>".join(f" {md(lang)}: `{ident}`" for lang, ident in identifiers))


def notes(view: View) -> list[tuple[Note, tuple[Said, ...], tuple[PageLink, ...]]]:
    """Every note of the page with its text per locale and its links."""
    return [
        (n, _said(view.locales, view.locale, {view.locale: n.text, **{t.locale: t.description for t in n.translations}}), _links(n.links))
        for n in view.doc.notes
    ]


def row_words(r: Row) -> list[str]:
    """What a search finds a row by: its code, name, identifiers, texts in every locale, and its
    HTTP status and reason (a set's page and the index of every set both search these)."""
    e = r.entry
    words = [str(e.code), e.name, *(i for _, i in r.identifiers), *(x.text for x in r.descriptions + r.actions)]
    if e.http_status is not None:
        words += [str(e.http_status), e.http_reason or ""]
    return words


def search_index(view: View, laid_out: list[Section]) -> dict[str, Any]:
    """The data the page's script reads (JSON.parse): per row, in page order, [anchor, category
    index, lower-cased text to search, values its copy buttons copy]."""
    rows = []
    for s in laid_out:
        for r in s.rows:
            e = r.entry
            rows.append([r.anchor, s.index, "\n".join(row_words(r)).lower(), [e.name, *(i for _, i in r.identifiers)]])
    # The category filter's options, per locale: an `<option>` holds text only, so the script sets it.
    options = {
        locale: [UI.get(locale, UI["en"])["all"], *(next(t.text for t in s.titles if t.locale == locale) for s in laid_out)]
        for locale in view.locales
    }
    return {"locales": list(view.locales), "default": view.locale, "options": options, "rows": rows}


# Above this many rows a page carries its rows as compact data (`compact_data`) that its script
# draws, the first matches at a time, instead of as HTML: at 100 000 rows the HTML rows would be
# about 200 MB, a page no browser opens usefully. Pages of this many rows or fewer (the real
# sets' pages) hold every row as HTML, readable without the script.
COMPACT_ROWS = 1000
# How many rows of compact data make one piece of the streamed JSON.
_BATCH = 512
# Where the large page's data goes in the page's text: the template prints it as it prints the
# small page's data (`{{ data }}`), and `with_data` writes the data there, piece by piece, as
# the page is written (a template's text is written in batches of many fragments: the data,
# tens of megabytes, must not be one of them). No escaped text holds a `<` (nor a NUL).
DATA_MARK = "<\x00errcodegen-docs-data\x00>"


def with_data(page: Content, data: Callable[[], Iterator[str]]) -> Content:
    """`page` with `data()`'s pieces written in place of each DATA_MARK, as the page is written."""

    def produce(write: Emit) -> None:
        def out(piece: str) -> None:
            while DATA_MARK in piece:
                before, piece = piece.split(DATA_MARK, 1)
                write(before)
                for part in data():
                    write(part)
            write(piece)

        emit(page, out)

    return deliver(Lazy(produce))


def _texts(locales: tuple[str, ...], texts: Mapping[str, str | None], intern: Callable[[str], int] | None = None) -> Any:
    """A text per locale of the page, compactly: the text (or null) on a page of one locale, else a
    list of one text or null (none of its own: the default locale's is shown) per locale. With
    `intern`, each text is the index of the string in the page's table of repeated strings."""
    values: list[str | int | None] = [texts.get(locale) for locale in locales]
    if intern is not None:
        values = [None if v is None else intern(str(v)) for v in values]
    if len(locales) == 1:
        return values[0]
    return None if all(v is None for v in values) else values


def compact_data(view: View, laid_out: list[Section], languages: Named) -> Iterator[Escaped]:
    """The page's data for a page of more than COMPACT_ROWS rows, as pieces of one JSON object
    (each through `html_json`): what the page's script searches, copies and draws.

    `rows` holds per row `[code, name, descriptions, actions, identifiers, flags, HTTP status,
    HTTP reason, see-also, links, fragment]`, its empty ends left out. The code is its text, or
    the list of its pieces where a long one may wrap (`code_parts`). Texts per locale as in
    `_texts`; actions and HTTP reasons are indexes into `strings` and links into `links`
    (`[text, URL, href or null]`): both repeat across rows. The identifiers are one per language
    of `languages`: null where it names none, else what follows the category's prefix for that
    language (`cats`: `[row count, [prefix per language]]`), spelled as the index of an earlier
    value of the row (0: the name, k: the k-th language's) or as the text. The flags are 1 for a
    retired row, 2 for a row whose code an earlier row has (it has no id). `fragment` is there
    only where the link to the row is not `#` and its anchor. `languages`: `identifiers(view)`."""
    locales = view.locales
    strings: dict[str, int] = {}
    links: dict[tuple[str, str, str | None], int] = {}

    def intern(value: str) -> int:
        return strings.setdefault(value, len(strings))

    cats: list[tuple[int, list[str]]] = []
    for s in laid_out:
        c = s.category
        prefixes = []
        numbers = [i for i in (languages.index.get((c.id, e.code)) for e in c.entries) if i is not None]
        for _, column in languages.columns:
            present = [name for name in (column[i] for i in numbers) if name is not None]
            prefixes.append(commonprefix(present) if present else "")
        cats.append((len(s.rows), prefixes))
    options = {
        locale: [UI.get(locale, UI["en"])["all"], *(next(t.text for t in s.titles if t.locale == locale) for s in laid_out)]
        for locale in locales
    }
    head = {
        "compact": 1,
        "locales": list(locales),
        "default": view.locale,
        "options": options,
        "languages": languages.languages,
        "cats": cats,
    }
    yield Escaped(html_json(head)[:-1] + ',"rows":[')
    seen: set[int | str] = set()
    batch: list[list[Any]] = []
    count = 0
    for s, (_, prefixes) in zip(laid_out, cats):
        c = s.category
        for e in c.entries:
            translations = view.translations(e)
            parts: list[str | None] = [e.name]
            idents: list[Any] = []
            for name, prefix in zip(languages.of((c.id, e.code)), prefixes):
                if name is None:
                    idents.append(None)
                    parts.append(None)
                    continue
                rest = str(qualified_ident(name))[len(prefix):]
                idents.append(parts.index(rest) if rest in parts else rest)
                parts.append(rest)
            pieces = code_parts(e.code)
            fragment = href("", anchor(e.code))
            row: list[Any] = [
                pieces[0] if len(pieces) == 1 else list(pieces),
                e.name,
                _texts(locales, {view.locale: e.description, **{t.locale: t.description for t in translations}}),
                _texts(locales, {view.locale: e.action, **{t.locale: t.action for t in translations}}, intern),
                idents if any(i is not None for i in idents) else [],
                (1 if e.deprecated else 0) | (2 if e.code in seen else 0),
                e.http_status,
                intern(e.http_reason) if e.http_status is not None and e.http_reason else None,
                [[href(f"{file_stem(other)}.html", anchor(code)), f"{other} {code}"] for other, _, code in e.see_also],
                [links.setdefault((k.text, k.url, k.href), len(links)) for k in _links(e.links)],
                fragment if fragment != "#" + anchor(e.code) else None,
            ]
            seen.add(e.code)
            while len(row) > 2 and (row[-1] is None or row[-1] == [] or (len(row) == 6 and row[-1] == 0)):
                row.pop()
            batch.append(row)
            if len(batch) >= _BATCH:
                yield Escaped(("," if count else "") + html_json(batch)[1:-1])
                count += len(batch)
                batch.clear()
    if batch:
        yield Escaped(("," if count else "") + html_json(batch)[1:-1])
    yield Escaped('],"strings":' + html_json(list(strings)) + ',"links":' + html_json([list(k) for k in links]) + "}")


def index_sets(views: list[View]) -> list[dict[str, Any]]:
    """The sets the index page lists: each one's product, name, page, row count and kind."""
    sets = []
    for view in views:
        set_name = view.doc.set_name or DEFAULT_NAMES[view.kind]
        count = sum(len(c.entries) for c in view.categories)
        sets.append({"name": set_name, "product": view.product.name, "page": f"{file_stem(set_name)}.html", "rows": count, "kind": view.kind})
    return sets


def index_data(views: list[View]) -> Iterator[Escaped]:
    """What the index page's script reads, as pieces of one JSON object (each through
    `html_json`, written as the page is, see `with_data`): every set (`index_sets`) and every
    row of every set, [set index, link to the row on its set's page, code, name, description in
    the set's default locale, lower-cased text to search]."""
    yield Escaped('{"sets":' + html_json(index_sets(views)) + ',"rows":[')
    batch: list[list[Any]] = []
    count = 0
    for number, view in enumerate(views):
        set_name = view.doc.set_name or DEFAULT_NAMES[view.kind]
        stem = file_stem(set_name)
        for s in laid_out(view)[1]:
            for r in s.rows:
                e = r.entry
                words = [*row_words(r), set_name, view.product.name, *(t.text for t in s.titles)]
                batch.append([number, href(f"{stem}.html", r.anchor), str(e.code), e.name, e.description, "\n".join(words).lower()])
                if len(batch) >= _BATCH:
                    yield Escaped(("," if count else "") + html_json(batch)[1:-1])
                    count += len(batch)
                    batch.clear()
    if batch:
        yield Escaped(("," if count else "") + html_json(batch)[1:-1])
    yield Escaped("]}")


def csp_hash(source: str) -> Escaped:
    """The Content-Security-Policy source that allows exactly this inline script or style."""
    digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
    return Escaped(f"'sha256-{digest}'")


class Docs(Target):
    """`docs/<set>.html` and `docs/<set>.md` (the set's name; a model of no set: its page's)."""

    name = "docs"
    filters: ClassVar[Mapping[str, Callable[..., Escaped]]] = {"md_said": md_said, "md_idents": md_idents}
    summary = "a searchable reference"
    shared_filters = {"css": frozenset({"html"}), "html": frozenset({"html", "html_comment"}), "md": frozenset({"html", "html_comment", "md", "md_href"})}
    options: ClassVar[Mapping[str, Option]] = {}
    defaults: ClassVar[Mapping[str, Mapping[str, str]]] = {"int": {}, "string": {}}
    declared = {"int": frozenset[str](), "string": frozenset[str]()}

    def render(self, view: View, options: Mapping[str, Any], renderer: Renderer) -> dict[str, Content]:
        given = set(options) - {SET_KEY}
        if given:
            raise ValueError(f"has no options, not {', '.join(sorted(given))}")
        for locale in view.locales:  # a locale is an attribute value and a CSS selector's
            if not LOCALE_TAG.fullmatch(locale):
                raise ValueError(f"{locale!r} is not a locale tag such as en or zh")
        set_name = view.doc.set_name or DEFAULT_NAMES[view.kind]
        stem = file_stem(set_name)

        @cache
        def context() -> tuple[Named, dict[str, Any]]:  # made once, when the first page is written
            named, laid = laid_out(view)
            count = sum(len(s.rows) for s in laid)
            return named, dict(
                view=view,
                set_name=set_name,
                stem=stem,
                sections=laid,
                notes=notes(view),
                languages=named.languages,
                ui={locale: UI.get(locale, UI["en"]) for locale in view.locales},
                locale_names={locale: LOCALE_NAMES.get(locale, locale) for locale in view.locales},
                count=count,
                compact=count > COMPACT_ROWS,
                md_page=href(f"{stem}.md"),
            )

        def html_page() -> Content:
            named, shared = context()
            rows, compact = shared["sections"], shared["compact"]
            style = text(renderer.render("docs/style.css.j2", view=view))
            script = text(renderer.render("docs/app.js.j2", view=view))
            page = renderer.render(
                "docs/page.html.j2",
                **shared,
                data=Escaped(DATA_MARK) if compact else html_json(search_index(view, rows)),
                style=Escaped(style),
                script=Escaped(script),
                csp=Escaped(
                    f"default-src 'none'; script-src {csp_hash(script)}; style-src {csp_hash(style)}; "
                    "img-src 'none'; base-uri 'none'; form-action 'none'"
                ),
            )
            if compact:
                page = with_data(page, lambda: compact_data(view, rows, named))
            return page

        def md_page() -> Content:
            return renderer.render("docs/page.md.j2", **context()[1])

        return {f"docs/{stem}.html": later(html_page), f"docs/{stem}.md": later(md_page)}

    def render_across(self, views: list[View], renderer: Renderer) -> dict[str, Content]:
        """`docs/index.html`, where a project has two sets or more with docs: a link to every set's
        page and one search across all of them (a support engineer need not know which set a
        code belongs to). Self-contained like the pages, under the same policy."""
        if len(views) < 2:
            return {}
        sets = index_sets(views)
        style = text(renderer.render("docs/index.css.j2"))
        script = text(renderer.render("docs/index.js.j2"))
        sources = ", ".join(f"{Path(v.doc.source).name} (sha256 {v.doc.sha256})" for v in views)
        header = f"{HEADER_MARK} from {sources}. DO NOT EDIT."
        page = renderer.render(
            "docs/index.html.j2",
            header=header,
            sets=sets,
            count=sum(s["rows"] for s in sets),
            ui=UI["en"],
            data=Escaped(DATA_MARK),
            style=Escaped(style),
            script=Escaped(script),
            csp=Escaped(
                f"default-src 'none'; script-src {csp_hash(script)}; style-src {csp_hash(style)}; "
                "img-src 'none'; base-uri 'none'; form-action 'none'"
            ),
        )
        return {"docs/index.html": with_data(page, lambda: index_data(views))}


TARGET = Docs()
