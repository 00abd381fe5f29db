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
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Mapping

from ..content import Content, text
from ..escape import Escaped, href, qualified_ident, web_url
from ..model import LOCALE_TAG, Category, Entry, Link, Note
from ..render import render_template
from ..view import View
from ..write import HEADER_MARK
from .base import REGISTRY, SET_KEY, Option, Target, register

# How the page names each language whose target gives identifiers (others: the target's name).
LANGUAGES = {"python": "Python", "typescript": "TypeScript", "go": "Go", "java": "Java", "rust": "Rust"}
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
        "more": "Show every match (this many rows can be slow to filter)",
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
        "more": "显示全部匹配（行数很多时筛选会变慢）",
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


@dataclass(frozen=True)
class Said:
    """One text as shown in one locale of the page: `locale` the page's, `lang` the text's own
    (the default locale's where that locale has none)."""

    locale: str
    lang: str
    text: str


@dataclass(frozen=True)
class PageLink:
    """A link of a row or note: `href` set only for an http(s) URL (anything else stays text)."""

    text: str
    url: str
    href: str | None


@dataclass(frozen=True)
class Row:
    """One row of a category: an entry with everything the page shows about it."""

    index: int
    category: Category
    entry: Entry
    anchor: str  # `code--46618`: the first row of a code has it as its id
    first: bool
    fragment: str  # the anchor, percent-encoded for `#...`
    code_parts: tuple[str, ...]  # the code cut where a long one may wrap (see `code_parts`)
    descriptions: tuple[Said, ...]
    actions: tuple[Said, ...]
    identifiers: tuple[tuple[str, Escaped], ...]  # (language, identifier)
    see_also: tuple[tuple[str, str, str], ...]  # (link to the HTML page, to the markdown page, label)
    links: tuple[PageLink, ...]


@dataclass(frozen=True)
class Section:
    """One category: its titles and fallbacks per locale, and its rows."""

    index: int
    category: Category
    titles: tuple[Said, ...]
    fallbacks: tuple[Said, ...]
    rows: tuple[Row, ...]


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


def identifiers(view: View) -> list[tuple[str, dict[tuple[str, int | str], str]]]:
    """(language, identifiers) of every registered target that names constants, in registry order.

    A target that cannot name this page's constants (it would refuse the page) is left out.
    """
    out = []
    for target in REGISTRY.values():
        try:
            names = target.identifiers(view)
        except ValueError:
            continue
        if names:
            out.append((LANGUAGES.get(target.name, target.name), names))
    return out


def sections(view: View, set_name: str, named: list[tuple[str, dict[tuple[str, int | str], str]]] | None = None) -> list[Section]:
    """Every category with its rows, laid out for the page (`named`: `identifiers(view)`, when made already)."""
    languages = identifiers(view) if named is None else named
    seen: set[int | str] = set()
    out: list[Section] = []
    index = 0
    for number, c in enumerate(view.categories):
        rows = []
        for e in c.entries:
            key = (c.id, e.code)
            texts = {view.locale: e.description, **{t.locale: t.description for t in view.translations(e)}}
            actions = {view.locale: e.action, **{t.locale: t.action for t in view.translations(e)}}
            rows.append(
                Row(
                    index=index,
                    category=c,
                    entry=e,
                    anchor=anchor(e.code),
                    first=e.code not in seen,
                    fragment=href("", anchor(e.code)),
                    code_parts=code_parts(e.code),
                    descriptions=_said(view.locales, view.locale, texts),
                    actions=_said(view.locales, view.locale, actions),
                    identifiers=tuple((lang, qualified_ident(names[key])) for lang, names in languages if key in names),
                    see_also=tuple(
                        (href(f"{file_stem(other)}.html", anchor(code)), href(f"{file_stem(other)}.md", anchor(code)), f"{other} {code}")
                        for other, _, code in e.see_also
                    ),
                    links=_links(e.links),
                )
            )
            seen.add(e.code)
            index += 1
        titles = {view.locale: c.title, **{t.locale: t.description for t in view.translations(c)}}
        fallbacks = {view.locale: c.fallback, **{t.locale: t.action for t in view.translations(c)}}
        out.append(Section(number, c, _said(view.locales, view.locale, titles), _said(view.locales, view.locale, fallbacks), tuple(rows)))
    return out


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


def index_data(views: list[View]) -> dict[str, Any]:
    """What the index page's script reads: every set (its product, name, page and row count) and
    every row of every set, [set index, link to the row on its set's page, code, name,
    description in the set's default locale, lower-cased text to search]."""
    sets = []
    rows = []
    for number, view in enumerate(views):
        set_name = view.doc.set_name or DEFAULT_NAMES[view.kind]
        stem = file_stem(set_name)
        laid_out = sections(view, set_name)
        count = 0
        for s in laid_out:
            for r in s.rows:
                e = r.entry
                words = [*row_words(r), set_name, view.product.name, *(t.text for t in s.titles)]
                rows.append([number, href(f"{stem}.html", r.anchor), str(e.code), e.name, e.description, "\n".join(words).lower()])
                count += 1
        sets.append({"name": set_name, "product": view.product.name, "page": f"{stem}.html", "rows": count, "kind": view.kind})
    return {"sets": sets, "rows": rows}


def csp_hash(source: str) -> Escaped:
    """The Content-Security-Policy source that allows exactly this inline script or style."""
    digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
    return Escaped(f"'sha256-{digest}'")


class Docs(Target):
    """`docs/<set>.html` and `docs/<set>.md` (the set's name; a model of no set: its page's)."""

    name = "docs"
    options: ClassVar[Mapping[str, Option]] = {}
    defaults: ClassVar[Mapping[str, Mapping[str, str]]] = {"int": {}, "string": {}}
    declared = {"int": frozenset[str](), "string": frozenset[str]()}

    def render(self, view: View, options: Mapping[str, Any]) -> dict[str, Content]:
        given = set(options) - {SET_KEY}
        if given:
            raise ValueError(f"has no options, not {', '.join(sorted(given))}")
        for locale in view.locales:  # a locale is an attribute value and a CSS selector's
            if not LOCALE_TAG.fullmatch(locale):
                raise ValueError(f"{locale!r} is not a locale tag such as en or zh")
        set_name = view.doc.set_name or DEFAULT_NAMES[view.kind]
        stem = file_stem(set_name)
        named = identifiers(view)  # every other output's names of the rows, made once (go's, rust's, ... whole models)
        laid_out = sections(view, set_name, named)
        languages = [lang for lang, _ in named]
        del named
        context = dict(
            view=view,
            set_name=set_name,
            stem=stem,
            sections=laid_out,
            notes=notes(view),
            languages=languages,
            ui={locale: UI.get(locale, UI["en"]) for locale in view.locales},
            locale_names={locale: LOCALE_NAMES.get(locale, locale) for locale in view.locales},
            count=sum(len(s.rows) for s in laid_out),
        )
        style = text(render_template("docs/style.css.j2", view=view))
        script = text(render_template("docs/app.js.j2", view=view))
        page = render_template(
            "docs/page.html.j2",
            **context,
            data=search_index(view, laid_out),
            style=Escaped(style),
            script=Escaped(script),
            csp=Escaped(
                f"default-src 'none'; script-src {csp_hash(script)}; style-src {csp_hash(style)}; "
                "img-src 'none'; base-uri 'none'; form-action 'none'"
            ),
        )
        markdown = render_template("docs/page.md.j2", **context)
        return {f"docs/{stem}.html": page, f"docs/{stem}.md": markdown}

    def render_across(self, views: list[View]) -> dict[str, Content]:
        """`docs/index.html`, where a project has two sets or more with docs: a link to every set's
        page and one search across all of them (a support engineer need not know which set a
        code belongs to). Self-contained like the pages, under the same policy."""
        if len(views) < 2:
            return {}
        data = index_data(views)
        style = text(render_template("docs/index.css.j2"))
        script = text(render_template("docs/index.js.j2"))
        sources = ", ".join(f"{Path(v.doc.source).name} (sha256 {v.doc.sha256})" for v in views)
        header = f"{HEADER_MARK} from {sources}. DO NOT EDIT."
        page = render_template(
            "docs/index.html.j2",
            header=header,
            sets=data["sets"],
            count=len(data["rows"]),
            ui=UI["en"],
            data=data,
            style=Escaped(style),
            script=Escaped(script),
            csp=Escaped(
                f"default-src 'none'; script-src {csp_hash(script)}; style-src {csp_hash(style)}; "
                "img-src 'none'; base-uri 'none'; form-action 'none'"
            ),
        )
        return {"docs/index.html": page}


TARGET = register(Docs())


def render(doc: Any, options: Mapping[str, Any]) -> dict[str, Content]:
    """The target applied to a document (or its view)."""
    return TARGET(doc, options)
