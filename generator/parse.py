"""Markdown page -> `Document` (names left empty), with diagnostics that cite file:line.

markdown-it-py gives the block structure and each row's line; the raw source line is
read again wherever the token stream hides something (cells beyond the header's count,
a plain line swallowed into a table, rows cut off by markdown-it's cell limit).
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from array import array
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterator, Sequence, TypeVar, cast, overload

from markdown_it import MarkdownIt
from markdown_it.token import Token

from . import gfm_table, html_table
from .printable import one_line
from .fsread import TooBig, read_regular
from .model import MAX_CODE_CHARS, Category, Diagnostic, Document, Entry, Link, Note

# Documented limits, far above real pages (the current page is 15 kB and 104 rows).
MAX_BYTES = 64 * 1024 * 1024
MAX_LINE_CHARS = 1_000_000
MAX_PIPES_PER_LINE = 1000
MAX_ROWS = 500_000
PROGRESS_EVERY = 1_000  # rows between two calls of a `progress` callback
MAX_LINES = 500_000  # markdown-it's block rules cost up to ~40 us a line: this bounds them
# markdown-it's inline parser is slow (and worse than linear on some markup) in Python: text
# that needs it (see `_Parser.inline`) is bounded per heading, cell or paragraph and per page.
MAX_INLINE_CHARS = 100_000
MAX_MARKUP_CHARS = 2_000_000

# Column headers, recognised by meaning (lower-cased, spaces folded), in both languages: first
# the exact names, then (`_MEANING`) the words a header holds, so that `Log Message`, `Reason`,
# `Possible cause` or `HTTP status` are read in whatever order the columns come.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    # `Enumerated Value`: an SDK enum whose member names are the codes (no number at all).
    "code": ("error code", "错误码", "错误代码", "code", "errno", "返回码", "errorcode", "error code value",
             "enumerated value", "enum value", "enumeration value", "枚举值"),
    "message": ("error message", "错误信息", "message", "错误消息", "log message", "日志信息", "errormessage"),
    # A symbolic name beside the code (`Key | Error Code`, `Error Code Name | Error Code Value`):
    # the code's upstream name, from which its identifier is derived.
    "name": ("key", "error code name", "error name", "错误码名称", "错误名称"),
    "description": ("description", "说明", "描述", "错误描述", "meaning", "含义", "reason", "原因"),
    "action": ("action", "处理措施", "solution", "处理方法", "suggestion", "建议"),
    "http_status": ("http status code", "http 状态码", "http status", "http状态码", "状态码"),
}
_MEANING: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("http_status", re.compile(r"\bhttp\b|\bstatus\b|状态")),
    # `Cause and Solution`, `Cause and Suggested Solution`: one text column, the description
    # (the action when the table has a description already; see `classify_columns`).
    ("cause_solution", re.compile(r"\b(?:cause|reason)s?\b.*\b(?:solutions?|suggest\w*|fix)\b|原因.*(?:解决|处理|建议)")),
    ("name", re.compile(r"\b(?:error |err |code )+name\b")),
    # Not any "code" (a region code, a country code): an error's or a result's.
    ("code", re.compile(r"\b(?:error|err|return|result|response) ?codes?\b|\berrno\b|错误码|错误代码|返回码|错误编码")),
    ("message", re.compile(r"\b(?:error|err)?message\b|\b(?:error|err)?msg\b|信息|消息")),
    ("action", re.compile(r"\b(?:solution|action|suggestion|handling|resolution|remedy|fix|measure)s?\b|处理|建议|解决|措施")),
    ("description", re.compile(r"\b(?:description|meaning|reason|cause|explanation|details?|remarks?|notes?)\b|含义|原因|描述|说明|解释|备注")),
)
# Words of an action cell that mean "no action": null in the model, not text. An empty
# (or blank) cell too: Go's Action() cannot tell "" from no action.
NO_ACTION = frozenset({"", "-", "--", "—", "n/a", "na", "none", "无", "无。", "暂无"})
# Code cells that name a category's fallback text rather than a code.
FALLBACK_WORDS = frozenset({"other", "others", "其他", "其它", "default"})
# Heading words that carry no meaning for a category's id.
HEADING_STOP_WORDS = frozenset(
    {"error", "errors", "code", "codes", "upon", "in", "for", "of", "the", "list", "during"}
)
# Bidirectional controls and zero-width characters: removed from text, with a warning.
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c]")
CODE_RE = re.compile(r"[+-]?[0-9]{1,15}")  # at most 15 digits: a number every target holds exactly (model.py)
# A hexadecimal code (`0x1000` on SDK pages): the integer it spells, the spelling kept (`Entry.spelling`).
HEX_RE = re.compile(r"0[xX][0-9A-Fa-f]{1,12}")
_PARENTHESES = re.compile(r"\([^)]*\)|（[^）]*）")
_HTML_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)((?:\s[^>]*)?)\s*/?>", re.DOTALL)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.IGNORECASE)
# Inline HTML that only styles text: dropped, its content kept (as a browser shows it).
_STYLE_TAGS = frozenset("b strong i em u s del ins span font code sup sub small big mark tt kbd samp var cite abbr".split())
_BLOCK_TAGS = frozenset("p div ul ol dl dt dd blockquote".split())
# A cell tag a browser reads but CommonMark's stricter HTML syntax would leave as text (`<a href
# = https://x?a=1&b=2 >`: an unquoted value with `=`; spaces around `=`): rewritten in a form
# that both read alike before the inline reader sees it.
_LOOSE_TAG = re.compile(r"<(a|br|li|ul|ol|p|div|b|strong|i|em|u|span|font|sup|sub)(\s[^<>]*)?/?>", re.IGNORECASE)
_LOOSE_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+))""", re.IGNORECASE)


def _canonical_tag(match: re.Match[str]) -> str:
    tag, attributes = match.group(1).lower(), match.group(2) or ""
    if tag != "a":
        return f"<{tag}>"
    found = _LOOSE_HREF.search(attributes)
    if found is None:
        return "<a>"
    url = html.unescape(next(g for g in found.groups() if g is not None))  # as a browser reads it
    return '<a href="' + url.replace("&", "&amp;").replace('"', "&quot;") + '">'


_HTML_TABLE_START = re.compile(r"<table\b", re.IGNORECASE)
_HTML_TABLE_END = re.compile(r"</table\s*>", re.IGNORECASE)
STATUS_RE = re.compile(r"([1-5][0-9][0-9])(?:\s+(.*))?")
_BOLD_LINE = re.compile(r"\*\*([^*]+)\*\*|__([^_]+)__")
_SPACES = re.compile(r"[ \t]+")


# `[label](https://host/path)` with nothing in label, URL or the text around that markdown
# would treat specially: markdown-it gives exactly the label as text and the URL unchanged
# (tests/test_parse.py checks this against markdown-it), so big pages skip its inline parser.
_SIMPLE_LINK = re.compile(r"\[([^\\`*_\[\]!<&~\n]+)\]\((https?://[a-z0-9.-]+(?:/[A-Za-z0-9._~/?#=+,;:-]*)?)\)")


def _simple_links(content: str, field_name: str) -> tuple[str, list[Link]] | None:
    """Return (text, links) for text whose only markup is simple links; None otherwise."""
    matches = list(_SIMPLE_LINK.finditer(content))
    if not matches or _INLINE_SPECIAL.search(_SIMPLE_LINK.sub("", content)):
        return None
    parts: list[str] = []
    links: list[Link] = []
    position = 0
    for match in matches:
        parts.append(_SPACES.sub(" ", content[position : match.start()]))
        label = _SPACES.sub(" ", match.group(1))
        parts.append(label)
        links.append(Link(label.strip(), match.group(2), field_name))
        position = match.end()
    parts.append(_SPACES.sub(" ", content[position:]))
    return "".join(parts), links


class InputError(Exception):
    """Input the parser cannot read at all: one line, with its location."""

    def __init__(self, file: str, line: int, column: int, message: str) -> None:
        super().__init__(f"{file}:{line}:{column}: error: {message}")
        self.file, self.line, self.column, self.message = file, line, column, message


def _markdown(block: bool) -> MarkdownIt:
    md = MarkdownIt("commonmark").enable("table")
    # Keep entity/escape text apart from source text, so that only source padding is folded.
    md.disable("text_join")
    if block:
        # Rows as strings, not five tokens a cell (see gfm_table.py); inline markup is
        # parsed lazily, only for the text that has any (see `_Parser.inline`).
        md.block.ruler.at("table", gfm_table.table)
        md.disable("inline")
    return md


_MD = _markdown(block=True)
_INLINE_MD = _markdown(block=False)
# Characters that can start inline markup in CommonMark (escapes, code, emphasis, links,
# images, autolinks and HTML, entities, breaks). Text without any is its own plain text.
_INLINE_SPECIAL = re.compile(r"[\\`*_\[\]!<&~\n]")


def decode(data: bytes, file: str) -> str:
    """Return the page's text: UTF-8 (BOM dropped), line endings as `\\n`; or raise InputError."""
    if len(data) > MAX_BYTES:
        raise InputError(file, 1, 1, f"input is {len(data)} bytes; the limit is {MAX_BYTES}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise InputError(file, line, column, f"invalid UTF-8 (byte 0x{data[exc.start]:02x})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_page(
    path: str | Path, display: str | None = None, kind: str = "int", progress: Callable[[int], None] | None = None
) -> Document:
    """Read and parse one page from disk; raise InputError when it cannot be read.

    `progress`, when given, is called with the number of table rows read so far, every
    PROGRESS_EVERY rows (the command line shows it on a terminal for big pages)."""
    name = display if display is not None else str(path)
    try:
        # A regular file only, read up to the limit: never a FIFO, a device or gigabytes.
        data = read_regular(path, MAX_BYTES)
    except TooBig as exc:
        raise InputError(name, 1, 1, exc.strerror or str(exc)) from None
    except OSError as exc:
        raise InputError(name, 1, 1, f"cannot read file: {exc.strerror or exc}") from None
    text, sha256 = decode(data, name), hashlib.sha256(data).hexdigest()
    del data  # the page's bytes are not kept while its text is parsed (parse_bytes, without the copy)
    return require_error_table(parse_text(text, name, sha256, kind, progress))


def require_error_table(doc: Document) -> Document:
    """Return `doc`, with an error at 1:1 when no error table gave it any code.

    A page file without one (empty, an HTML error page saved by a broken download, prose,
    tables without an error-code column) would retire every recorded code: it is unusable.
    Pages with errors already say why; fragments parsed with `parse_text` are not checked.
    """
    if any(c.entries or c.fallback is not None for c in doc.categories) or doc.has_errors:
        return doc
    message = (
        "no error table found (a table with an error-code column and at least one row): "
        "is it an empty page, an HTML page or prose only? It cannot be used"
    )
    return replace(doc, diagnostics=(Diagnostic(doc.source, 1, 1, "error", message),) + doc.diagnostics)


def parse_bytes(data: bytes, file: str, kind: str = "int", progress: Callable[[int], None] | None = None) -> Document:
    """Parse a page given as bytes; the model's sha256 is that of these bytes."""
    return parse_text(decode(data, file), file, hashlib.sha256(data).hexdigest(), kind, progress)


def _split_row(line: str) -> list[tuple[str, int]]:
    """Split a raw table line into (cell text, 1-based column), as markdown-it does."""
    stripped = line.strip()
    offset = len(line) - len(line.lstrip())
    cells: list[tuple[str, int]] = []
    if "\\" not in stripped:
        start = 0
        for part in stripped.split("|"):
            cells.append((part, offset + start + 1))
            start += len(part) + 1
    else:
        start = 0
        escaped = False
        for i, ch in enumerate(stripped):
            if ch == "|" and not escaped:
                cells.append((stripped[start:i], offset + start + 1))
                start = i + 1
            escaped = ch == "\\"
        cells.append((stripped[start:], offset + start + 1))
    if cells and cells[0][0] == "":
        cells.pop(0)
    if cells and cells[-1][0] == "":
        cells.pop()
    return cells


def is_none_word(text: str) -> bool:
    """True for a cell that means "nothing here": `-`, `N/A`, `无`, ..."""
    return len(text) <= 8 and fold(text) in NO_ACTION


def fold(text: str) -> str:
    """Return header text reduced for matching: NFKC, lower case, spaces folded."""
    return " ".join(unicodedata.normalize("NFKC", text).lower().replace("*", " ").split())


def classify_columns(headers: Sequence[str]) -> dict[str, int]:
    """Map column roles (code, description, ...) to indexes, by header meaning, in any order.

    An exact name (COLUMN_ALIASES) wins; otherwise the words of the header decide (`_MEANING`,
    the HTTP status before the code, so `HTTP Status Code` is a status). The first column of a
    role keeps it."""
    roles: dict[str, int] = {}
    keys = [_PARENTHESES.sub(" ", fold(h)).strip() for h in headers]
    for index, key in enumerate(keys):
        for role, aliases in COLUMN_ALIASES.items():
            if key in aliases and role not in roles:
                roles[role] = index
                break
    exact = set(roles.values())
    texts: list[int] = []
    for index, key in enumerate(keys):
        if index in exact or not key:
            continue
        for role, pattern in _MEANING:
            if pattern.search(key):
                if role == "cause_solution":
                    texts.append(index)
                elif role not in roles:
                    roles[role] = index
                break
    for index in texts:  # a `Cause and Solution` column: the description, else the action
        free = next((r for r in ("description", "action") if r not in roles), None)
        if free is not None:
            roles[free] = index
    return roles


def table_roles(headers: Sequence[str]) -> dict[str, int]:
    """`classify_columns`, and in a table of HTTP statuses with texts but no code column, the
    status as the code (pages that list a status once per log message); in a table of error
    names (`Error Code Name`) and texts but no code column, the names as the codes."""
    roles = classify_columns(headers)
    name = roles.get("name")
    if "code" not in roles and name is not None and "error" in fold(headers[name]) and ("description" in roles or "message" in roles):
        roles["code"] = roles.pop("name")
    status = roles.get("http_status")
    if "code" not in roles and status is not None and ("description" in roles or "message" in roles):
        header = fold(headers[status])
        if "http" in header or header in COLUMN_ALIASES["http_status"]:  # not any `Status` (a task's state)
            roles["code"] = status
    return roles


def int_code(text: str) -> int | None:
    """The integer a code cell spells (`-103`, `+5`, `0x1000`), or None."""
    if CODE_RE.fullmatch(text):
        return int(text)
    if HEX_RE.fullmatch(text):
        return int(text, 16)
    return None


def table_kind(codes: Sequence[str], default: str) -> str:
    """The kind of a table's codes: `int` only when every code is an integer (a table that mixes
    `DELIVRD` and `12` is a string table, `12` one of its codes); `default` when it has none."""
    present = [c for c in codes if c]
    if not present:
        return default
    return "int" if all(int_code(c) is not None for c in present) else "string"


def category_id(title: str, ordinal: int) -> str:
    """Return a stable snake_case id for a heading ("Download errors" -> "download")."""
    words = re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKC", title).lower())
    kept = [w for w in words if w not in HEADING_STOP_WORDS]
    slug = "_".join(kept)
    if not slug:
        return f"category_{ordinal}"
    if re.fullmatch(r"[1-5]xx", slug):
        return f"http_{slug}"  # "**4xx errors**": the HTTP status class
    return f"n_{slug}" if slug[0].isdigit() else slug


def _code_text(text: str, status: bool = False) -> str:
    """A code cell's code: `- 103` and `−103` are -103; a status cell (`400 Bad Request`) gives 400."""
    text = text.replace("\u2212", "-")
    if status:
        match = STATUS_RE.fullmatch(text)
        if match:
            return match.group(1)
    joined = "".join(text.split())
    if CODE_RE.fullmatch(joined) or HEX_RE.fullmatch(joined):
        return joined
    return " ".join(text.split())  # any other code as written (`TD: 0004`, `MOBILE BLACK`), spaces folded


def _html_text(source: str) -> str:
    """An HTML cell's markup as inline text: whitespace (line breaks included) is one space, as in HTML."""
    return " ".join(source.split())


# Which column tells apart the rows of one code, in order of preference (then any other column).
VARIANT_ROLES = ("http_status", "message", "description", "action")


# The reader's own records are plain classes: a dataclass costs a run about half a millisecond
# to create at import, and these are never compared, hashed or printed.


class _Cell:
    """One cell's text and links."""

    __slots__ = ("text", "links")

    def __init__(self, text: str, links: list[Link]) -> None:
        self.text = text
        self.links = links


class _Section:
    """The entries read under one heading (of one kind), with the tables they came from."""

    __slots__ = ("title", "line", "path", "kind", "entries", "fallback", "tables", "rows")

    def __init__(self, title: str, line: int, path: tuple[str, ...] = (), kind: str = "int") -> None:
        self.title = title
        self.line = line
        self.path = path
        self.kind = kind
        self.entries: list[Entry] = []
        self.fallback: str | None = None
        self.tables: list[tuple[int, int]] = []  # (first line, last line), 1-based
        # Each entry's headers and cell texts, (headers, text, text, ...), as many texts as
        # headers (the headers tuple shared by the rows of a table).
        self.rows: list[tuple[object, ...]] = []


class _Row:
    """One body row of a table, markdown or HTML: its line and its cells (header count)."""

    __slots__ = ("line", "cells")

    def __init__(self, line: int, cells: list[_Cell]) -> None:
        self.line = line
        self.cells = cells


_T = TypeVar("_T")


class _Lines(Sequence[str]):
    """The page's lines (`text.split("\\n")`), each cut from the text when it is read: a page's
    100 000 lines are not held as 100 000 strings beside the text while it is parsed."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = array("q", [0])  # where each line starts; the text's end is one past the last
        find, at = text.find, text.find("\n")
        while at != -1:
            self.starts.append(at + 1)
            at = find("\n", at + 1)

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self.starts)))]
        if index < 0:
            index += len(self.starts)
        if not 0 <= index < len(self.starts):
            raise IndexError("line index out of range")
        end = self.starts[index + 1] - 1 if index + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[index] : end]

    def __iter__(self) -> Iterator[str]:
        return (self[i] for i in range(len(self.starts)))


class _Parser:
    def __init__(self, text: str, file: str, kind: str = "int", progress: Callable[[int], None] | None = None) -> None:
        self.file = file
        self.progress = progress
        self.kind = kind
        self.lines = _Lines(text)
        self.diagnostics: list[Diagnostic] = []
        self.sections: list[_Section] = []
        self.notes: list[Note] = []
        self.covered = bytearray(len(self.lines))  # 1 for each line that a table, code or HTML block covers
        self.env: dict[str, object] = {}
        self.rows = 0
        self.markup_chars = 0
        self.header_tuples: dict[tuple[str, ...], tuple[str, ...]] = {}  # one tuple per table's headers (section.rows)
        # One object for each action, link and list of links that rows repeat (pages repeat
        # "Check the parameters." and the same ticket link thousands of times).
        self.shared: dict[object, object] = {}
        self.layout = html_table.Budget(html_table.layout_budget(len(text)))  # cells HTML tables may lay out
        self.link_budget = html_table.Budget(html_table.layout_budget(len(text)))  # URLs links may repeat
        self.path: tuple[str, ...] = ()  # the titles of the headings above the current group

    def cover(self, start: int, end: int) -> None:
        """Mark the lines start..end-1 (0-based) as covered."""
        start, end = max(start, 0), min(end, len(self.covered))
        if start < end:
            self.covered[start:end] = b"\x01" * (end - start)

    def diag(self, line: int, column: int, severity: str, message: str) -> None:
        self.diagnostics.append(Diagnostic(self.file, line, column, severity, message))

    # -- inline text -------------------------------------------------------------

    def inline(self, content: str, line: int, field_name: str) -> _Cell:
        links: list[Link] = []
        if _INLINE_SPECIAL.search(content) is None:
            text = _SPACES.sub(" ", content)  # no markup at all: the fast path of big pages
        else:
            simple = _simple_links(content, field_name)
            if simple is not None:
                text, found = simple
                links.extend(found)
            else:
                if len(content) > MAX_INLINE_CHARS:
                    raise InputError(self.file, line, 1, f"text with markup is {len(content)} characters; the limit is {MAX_INLINE_CHARS}")
                self.markup_chars += len(content)
                if self.markup_chars > MAX_MARKUP_CHARS:
                    raise InputError(self.file, line, 1, f"the page has more than {MAX_MARKUP_CHARS} characters of text with markup")
                text = self._markup(content, field_name, links)
                # A reference link (`[text][ref]`) repeats its definition's URL wherever it is used:
                # bounded as the cells a rowspan repeats are (a 262 kB page gave 400 MB of URLs).
                self.link_budget.left -= sum(len(link.url) for link in links)
                if self.link_budget.left < 0:
                    raise InputError(
                        self.file, line, 1, f"the page's links lay out more than {self.link_budget.total} characters of URLs "
                        f"({html_table.LAYOUT_FACTOR} times the page): a link by reference ([text][ref]) to a long URL, used again and again?"
                    )
        text = text.strip(" \t")
        if INVISIBLE.search(text):
            text = INVISIBLE.sub("", text)
            self.diag(line, 1, "warning", "removed bidirectional or zero-width control characters")
        return _Cell(text, links)

    def _markup(self, content: str, field_name: str, links: list[Link]) -> str:
        """Return the plain text of inline markdown, adding its links to `links`."""
        parts: list[str] = []
        link_stack: list[tuple[str, int]] = []
        if "<" in content:
            content = _LOOSE_TAG.sub(_canonical_tag, content)
        for child in _INLINE_MD.parseInline(content, self.env)[0].children or []:
            kind = child.type
            if kind == "text":
                parts.append(_SPACES.sub(" ", child.content))
            elif kind in ("text_special", "code_inline"):
                parts.append(child.content)
            elif kind in ("softbreak", "hardbreak"):
                parts.append("\n" if kind == "hardbreak" else " ")
            elif kind == "link_open":
                link_stack.append((str(child.attrs.get("href", "")), len(parts)))
            elif kind == "link_close" and link_stack:
                href, start = link_stack.pop()
                label = "".join(parts[start:]).strip()
                links.append(Link(label, href, field_name))
            elif kind == "image":
                alt = "".join(c.content for c in child.children or [])
                parts.append(alt)
                links.append(Link(alt, str(child.attrs.get("src", "")), field_name))
            elif kind == "html_inline":
                self._html_inline(child.content, parts, link_stack, links, field_name)
        text = "".join(parts)
        if "\x00" in text:  # a line break made by a tag: no spaces around it, no empty lines
            text = re.sub(r"[ \t]*\x00[\x00 \t]*", "\n", text).strip("\n")
        return text

    @staticmethod
    def _html_inline(
        content: str, parts: list[str], link_stack: list[tuple[str, int]], links: list[Link], field_name: str
    ) -> None:
        """One inline HTML tag of a cell: the text and links a browser shows for it.

        `<br>` breaks the line, `<li>` starts a `- ` line, block tags (`<p>`, `<ul>`, ...) end
        one; `<a href>` is a link; styling tags (`<b>`, `<span>`, ...) are dropped, their content
        kept; any other tag stays as text (an upstream `<Key>` is no markup of ours)."""
        match = _HTML_TAG.fullmatch(content)
        if match is None:
            parts.append(content)
            return
        closing, tag = match.group(1) == "/", match.group(2).lower()
        if tag == "br":
            parts.append("\x00")  # turned into "\n" once the cell is read (see `_markup`)
        elif tag == "li":
            if not closing:
                parts.append("\x00- ")
        elif tag in _BLOCK_TAGS:
            parts.append("\x00")
        elif tag == "a":
            if closing:
                if link_stack:
                    href, start = link_stack.pop()
                    label = _SPACES.sub(" ", "".join(parts[start:]).replace("\x00", " ")).strip()
                    if href:
                        links.append(Link(label, href, field_name))
            else:
                found = _HREF.search(match.group(3))
                if found is None:
                    link_stack.append(("", len(parts)))  # an anchor without a target: text only
                else:
                    url = html.unescape(next(g for g in found.groups() if g is not None))
                    link_stack.append((url, len(parts)))
        elif tag not in _STYLE_TAGS:
            parts.append(content)

    # -- blocks ------------------------------------------------------------------

    def run(self, tokens: list[Token]) -> None:
        pending_group: tuple[str, int] | None = None
        headings: list[tuple[int, str]] = []  # (level, title) of the headings above this point
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok.type == "heading_open":
                title = self.inline(tokens[i + 1].content, self._line(tok), "title").text
                level = int(tok.tag[1:]) if tok.tag[1:].isdigit() else 1
                while headings and headings[-1][0] >= level:
                    headings.pop()
                self.path = tuple(t for _, t in headings)
                headings.append((level, title))
                pending_group = (title, self._line(tok))
                i += 3
                continue
            if tok.type == "table_open" and tok.level == 0:
                self.table(tok, pending_group)
                i += 2
                continue
            if tok.type == "table_open":
                self.nested_table(tok)
            if tok.type in ("fence", "code_block") and tok.map:
                self.cover(*tok.map)  # code is not a table, whatever it looks like
            if tok.type == "html_block" and tok.level == 0 and tok.map and _HTML_TABLE_START.search(tok.content):
                i = self.html_block(tokens, i, pending_group)
                continue
            if tok.type == "html_block" and tok.map and _HTML_TABLE_START.search(tok.content):
                i = self.nested_html(tokens, i, pending_group)  # in a list item: read as a browser shows it
                continue
            if tok.type == "blockquote_open":
                end = self._matching(tokens, i, "blockquote_close")
                self.note(tokens[i : end + 1], "quote")
                k = i
                while k <= end:
                    nested = tokens[k]
                    if nested.type == "html_block" and nested.map and _HTML_TABLE_START.search(nested.content):
                        k = self.nested_html(tokens, k, pending_group, end + 1)
                        continue
                    if nested.type == "table_open":
                        self.nested_table(nested)
                    elif nested.type == "paragraph_open" and self._starts_table(tokens, k) is not None:
                        self.nested_table(nested, "HTML table")
                    k += 1
                i = end + 1
                continue
            before = self._starts_table(tokens, i) if tok.type == "paragraph_open" else None
            if before is not None:
                if tok.level == 0:
                    # `Codes: <table>` (the table after text on its line): a browser shows the
                    # table, so it is read, and the text before it kept as a note.
                    self.note([tok, Token("inline", "", 0, content=before)], "paragraph")
                    i = self.html_block(tokens, i, pending_group, before)
                else:
                    self.nested_table(tok, "HTML table")
                    i += 3
                continue
            if tok.type == "paragraph_open":
                inline = tokens[i + 1]
                bold = _BOLD_LINE.fullmatch(inline.content.strip())
                if bold:
                    # A bold line alone: a group title, as the job page writes them (under the
                    # headings above it, which make its path).
                    title = bold.group(1) or bold.group(2)
                    self.path = tuple(t for _, t in headings)
                    pending_group = (self.inline(title, self._line(tok), "title").text, self._line(tok))
                else:
                    self.note(tokens[i : i + 3], "paragraph")
                i += 3
                continue
            i += 1

    def _line(self, tok: Token) -> int:
        return (tok.map[0] + 1) if tok.map else 1

    @staticmethod
    def _matching(tokens: list[Token], start: int, close: str) -> int:
        depth = 0
        for j in range(start, len(tokens)):
            if tokens[j].type == tokens[start].type:
                depth += 1
            elif tokens[j].type == close:
                depth -= 1
                if depth == 0:
                    return j
        return len(tokens) - 1

    def nested_table(self, tok: Token, what: str = "table") -> None:
        start, end = tok.map or (0, 0)
        self.cover(start, end)
        self.diag(start + 1, 1, "warning", f"{what} at lines {start + 1}-{end} is inside a list or quote; not read")

    def nested_html(self, tokens: list[Token], i: int, group: tuple[str, int] | None, stop: int | None = None) -> int:
        """Read the HTML tables of the block `tokens[i]` inside a list item or a quote (a browser
        shows them); return the next token's index. The blocks' contents (without the quote's `>`
        or the item's indent) stand at their source lines, so rows keep their line numbers."""
        first = tokens[i]
        level = first.level
        start, end = first.map or (0, 0)
        blocks = [first]
        depth = len(_HTML_TABLE_START.findall(first.content)) - len(_HTML_TABLE_END.findall(first.content))
        j = i + 1
        limit = len(tokens) if stop is None else stop
        while depth > 0 and j < limit:
            tok = tokens[j]
            if tok.type == "html_block" and tok.level == level and tok.map:
                depth += len(_HTML_TABLE_START.findall(tok.content)) - len(_HTML_TABLE_END.findall(tok.content))
                blocks.append(tok)
                end = tok.map[1]
                j += 1
            elif tok.type in ("paragraph_open", "list_item_close", "bullet_list_close", "ordered_list_close", "blockquote_close"):
                break
            else:
                j += 1
        self.cover(start, end)
        lines = [""] * (end - start)
        for tok in blocks:
            assert tok.map is not None
            for offset, line in enumerate(tok.content.split("\n")[: tok.map[1] - tok.map[0]]):
                lines[tok.map[0] - start + offset] = line
        text = "\n".join(lines).replace("\x00", "\ufffd")
        for table in html_table.read_tables(text, start + 1):
            self.html_table(table, group)
        return max(j, i + 1)

    def _starts_table(self, tokens: list[Token], i: int) -> str | None:
        """For the paragraph opening at `tokens[i]` that holds an HTML `<table>` tag (one markdown
        reads as HTML, not one in a code span), the paragraph's source before that tag; else None."""
        inline = tokens[i + 1] if i + 1 < len(tokens) else None
        if inline is None or inline.type != "inline" or _HTML_TABLE_START.search(inline.content) is None:
            return None
        content = inline.content
        if len(content) > MAX_INLINE_CHARS:  # too long to parse as text: any tag there counts
            return content[: _HTML_TABLE_START.search(content).start()]  # type: ignore[union-attr]
        position = 0
        for child in _INLINE_MD.parseInline(content, self.env)[0].children or []:
            if child.type == "html_inline" and _HTML_TABLE_START.match(child.content):
                found = content.find(child.content, position)
                return content[: max(found, 0)]
            if child.content:
                found = content.find(child.content, position)
                position = found if found >= 0 else position
        return None

    def note(self, tokens: list[Token], kind: str) -> None:
        texts: list[str] = []
        links: list[Link] = []
        line = self._line(tokens[0])
        for tok in tokens:
            if tok.type == "inline":
                cell = self.inline(tok.content, line, "text")
                texts.append(cell.text)
                links.extend(cell.links)
        text = "\n".join(t for t in texts if t)
        if kind == "quote" and text[:1] in ("?", "!"):
            # Tencent's docs write callouts as `>?` (tip) and `>!` (warning).
            kind = "tip" if text[0] == "?" else "warning"
            text = text[1:].lstrip()
        if text:
            self.notes.append(Note(kind, text, tuple(links), line))

    def html_block(self, tokens: list[Token], i: int, group: tuple[str, int] | None, before: str | None = None) -> int:
        """Read the HTML tables that start in the block `tokens[i]`; return the next token's index.

        A table runs to its `</table>`, over the blocks that blank lines split it into (markdown
        ends an HTML block at a blank line); without `</table>` it ends with the last of them.
        `tokens[i]` can be a paragraph whose source before its `<table>` tag is `before` (text, in
        which a `<table>` in a code span is no table)."""
        start, end = tokens[i].map or (0, 0)
        first = tokens[i].content
        j = i + 1
        if tokens[i].type == "paragraph_open":  # a paragraph whose text holds the table's start
            first, j = tokens[i + 1].content, i + 3
        depth = len(_HTML_TABLE_START.findall(first)) - len(_HTML_TABLE_END.findall(first))
        while depth > 0 and j < len(tokens) and tokens[j].type == "html_block" and tokens[j].level == 0 and tokens[j].map:
            content = tokens[j].content
            depth += len(_HTML_TABLE_START.findall(content)) - len(_HTML_TABLE_END.findall(content))
            end = (tokens[j].map or (0, end))[1]
            j += 1
        self.cover(start, end)
        lines = self.lines[start:end]
        if before is not None:  # the paragraph's text before the tag, blanked (lines and columns kept)
            *whole, last = before.split("\n")
            indent = len(lines[0]) - len(lines[0].lstrip()) if not whole else 0
            lines = [" " * len(line) for line in lines[: len(whole)]] + lines[len(whole) :]
            cut = indent + len(last)
            lines[len(whole)] = " " * cut + lines[len(whole)][cut:]
        text = "\n".join(lines).replace("\x00", "\ufffd")
        for table in html_table.read_tables(text, start + 1):
            self.html_table(table, group)
        self._after_tables(text, start + 1)
        return j

    def _after_tables(self, text: str, first_line: int) -> None:
        """Text after the last `</table>` of an HTML block (`...</table> and more | -2 |`) is no
        table row and is not read: a warning at its line, never silence."""
        ends = list(_HTML_TABLE_END.finditer(text))
        if not ends:
            return
        rest = text[ends[-1].end() :]
        shown = _HTML_TAG.sub(" ", rest).strip()
        if shown:
            offset = ends[-1].end() + (len(rest) - len(rest.lstrip()))
            line = first_line + text.count("\n", 0, offset)
            column = offset - (text.rfind("\n", 0, offset) + 1) + 1
            self.diag(line, column, "warning", f"text after </table> is not read (no table holds it): {one_line(shown)[:60]!r}")

    def html_table(self, table: html_table.HtmlTable, group: tuple[str, int] | None) -> None:
        where = f"HTML table at lines {table.start}-{table.end}"
        if not table.closed:
            self.diag(table.end, 1, "warning", f"{where} has no </table>; it ends with its HTML block")
        for line in table.nested:
            self.diag(line, 1, "warning", f"table inside a cell of the {where}; read as that cell's text")
        try:
            laid = html_table.grid(table.rows, self.layout)
        except (html_table.TooManyCells, html_table.TooMuchText) as exc:
            raise InputError(self.file, exc.line, getattr(exc, "column", 1), str(exc)) from None
        if not laid:
            self.diag(table.start, 1, "info", f"{where} has no rows; skipped")
            return
        header_row, header_cells = laid[0]
        texts = [self.inline(_html_text(c.source), c.line, "header").text if c else "" for c in header_cells]
        all_th = all(c is None or c.header for c in header_cells)
        if not all_th and "code" not in table_roles(texts):
            self.diag(table.start, 1, "info", f"{where} is not an error table (no header row of column names: {', '.join(texts)}); skipped")
            return
        ncols = len(texts)
        rows: list[_Row] = []
        for row, cells in laid[1:]:
            if self._count_row(row.line):
                continue
            if all(c is not None and c.header for c in cells):
                self.diag(row.line, 1, "warning", "a second header row (all <th>); not an entry")
                continue
            if len(cells) > ncols:
                extra = [c for c in cells[ncols:] if c is not None]
                content = [self.inline(_html_text(c.source), c.line, "cell").text for c in extra]
                real = [c for c in content if c and not is_none_word(c)]
                shown = " | ".join(content)
                first = extra[0] if extra else None
                column = first.column if first else 1
                if real:
                    self.diag(row.line, column, "error", f"row has {len(cells)} cells, the header {ncols}; extra content '{shown}'")
                else:
                    self.diag(row.line, column, "warning", f"row has {len(cells)} cells, the header {ncols}; extra cell '{shown}' ignored")
            elif len(cells) < ncols:
                self.diag(row.line, 1, "warning", f"row has {len(cells)} cells, the header {ncols}")
            read = [self.inline(_html_text(c.source), c.line, "cell") if c is not None else _Cell("", []) for c in cells[:ncols]]
            read += [_Cell("", []) for _ in range(ncols - len(read))]
            rows.append(_Row(row.line, read))
        self.table_rows(texts, rows, table.start, table.end, group, header_row.line)

    def table(self, token: Token, group: tuple[str, int] | None) -> None:
        start, end = token.map or (0, 0)
        self.cover(start, end)
        headers = [self.inline(cell, start + 1, "header").text for cell in token.meta["header"]]
        ncols = len(headers)
        delimiter_cells = token.meta.get("delimiter_cells", ncols)
        if delimiter_cells > ncols:
            self.diag(start + 2, 1, "warning", f"the delimiter row has {delimiter_cells} cells, the header {ncols}; read as a table of {ncols} columns")
        rows: list[_Row] = []
        error_table = "code" in table_roles(headers)
        for index, text in token.meta.pop("rows"):  # each table's rows dropped once read, not at the page's end
            if error_table:
                row = self.md_row(ncols, index, gfm_table.row_cells(text, ncols))
                if row is not None:
                    rows.append(row)
        self.table_rows(headers, rows, start + 1, end, group, start + 1)
        cut = token.meta.get("cut")
        if cut is not None:  # not a silent truncation: what follows would be read as a paragraph
            self.diag(
                cut + 1,
                1,
                "error",
                f"the table that starts at line {start + 1} ends here: its rows lack more than "
                f"{gfm_table.MAX_AUTOCOMPLETED_CELLS} cells in all (markdown-it's limit); fill in the cells",
            )

    def _count_row(self, line: int) -> bool:
        """Count a row against MAX_ROWS and report progress; True when it is no row at all."""
        self.rows += 1
        if self.rows > MAX_ROWS:
            raise InputError(self.file, line, 1, f"more than {MAX_ROWS} table rows")
        if self.progress is not None and self.rows % PROGRESS_EVERY == 0:
            self.progress(self.rows)
        return False

    def md_row(self, ncols: int, index: int, texts: list[str]) -> _Row | None:
        """One markdown row: its cells read, and what its raw line holds beyond them reported."""
        line = index + 1
        self._count_row(line)
        raw = self.lines[index]
        if "|" not in raw:
            self.diag(line, 1, "warning", "line after the table has no '|'; not an entry")
            return None
        raw_cells = _split_row(raw)
        if len(raw_cells) > ncols:
            extra = raw_cells[ncols:]
            content = [c.strip() for c, _ in extra]
            real = [c for c in content if c and not is_none_word(c)]
            where = extra[0][1]
            shown = " | ".join(content)
            if real:
                self.diag(line, where, "error", f"row has {len(raw_cells)} cells, the header {ncols}; extra content '{shown}'")
            else:
                self.diag(line, where, "warning", f"row has {len(raw_cells)} cells, the header {ncols}; extra cell '{shown}' ignored")
        elif len(raw_cells) < ncols:
            self.diag(line, len(raw) + 1, "warning", f"row has {len(raw_cells)} cells, the header {ncols}")
        return _Row(line, [self.inline(t, line, "cell") for t in texts])

    def table_rows(
        self, headers: list[str], rows: list[_Row], start: int, end: int, group: tuple[str, int] | None, header_line: int
    ) -> None:
        """A table's header and rows, markdown or HTML alike: entries of one section, or diagnostics."""
        roles = table_roles(headers)
        if "code" not in roles:
            self.diag(
                start,
                1,
                "info",
                f"table at lines {start}-{end} is not an error table (columns: {', '.join(headers)}); skipped",
            )
            return
        if "description" not in roles and "message" not in roles:
            self.diag(
                start,
                1,
                "error",
                f"error table at lines {start}-{end} has no Description column "
                f"(columns: {', '.join(headers)}); its {len(rows)} row(s) are not read",
            )
            return
        if group is None:
            self.diag(header_line, 1, "warning", "error table has no heading; grouped as 'Errors'")
            group = ("Errors", header_line)
        codes = [_code_text(r.cells[roles["code"]].text, roles["code"] == roles.get("http_status")) for r in rows]
        # A body row that repeats the header (its code cell a column name) is no code.
        header_word = {fold(headers[roles["code"]])} | set(COLUMN_ALIASES["code"])
        kept: list[tuple[_Row, str]] = []
        for row, code in zip(rows, codes):
            if code and len(code) <= 40 and _PARENTHESES.sub(" ", fold(code)).strip() in header_word:
                self.diag(row.line, 1, "warning", f"row repeats the header ('{code}' in the code column); not an entry")
            else:
                kept.append((row, code))
        kind = self.kind if self.kind in ("int", "string") else table_kind(
            [c for _, c in kept if not (len(c) <= 16 and fold(c) in FALLBACK_WORDS)], "int"
        )
        section = self._section(group, kind)
        section.tables.append((start, end))
        if kind == "string":
            spaced = [(row.line, c) for row, c in kept if " " in c and not (len(c) <= 16 and fold(c) in FALLBACK_WORDS)]
            if spaced:  # once per table, not once per row
                shown = ", ".join(f"'{c}' (line {line})" for line, c in spaced[:3]) + (f" and {len(spaced) - 3} more" if len(spaced) > 3 else "")
                self.diag(
                    spaced[0][0], 1, "warning",
                    f"{len(spaced)} error code(s) of the table at lines {start}-{end} hold spaces, kept as written: {shown}",
                )
        for row, code_text in kept:
            self.entry(section, roles, headers, row, code_text)

    def _section(self, group: tuple[str, int], kind: str) -> _Section:
        title, line = group
        for s in self.sections:
            if s.line == line and s.title == title and s.kind == kind:
                return s
        section = _Section(title, line, self.path, kind)
        self.sections.append(section)
        return section

    def entry(self, section: _Section, roles: dict[str, int], headers: list[str], row: _Row, code_text: str) -> None:
        line, cells = row.line, row.cells

        def cell(role: str, name: str) -> _Cell | None:
            col = roles.get(role)
            if col is None or col >= len(cells):
                return None
            return _Cell(cells[col].text, [self._share(Link(k.text, k.url, name)) for k in cells[col].links])

        code_cell = cells[roles["code"]]
        message = cell("message", "message")
        if "description" in roles:
            desc = cell("description", "description") or _Cell("", [])
        else:
            desc = message or _Cell("", [])
            message = None
        action = cell("action", "action")
        if len(code_text) <= 16 and fold(code_text) in FALLBACK_WORDS:
            if section.fallback is not None:
                self.diag(line, 1, "warning", "second fallback row; the first is kept")
                return
            section.fallback = desc.text
            if action and not is_none_word(action.text):
                self.diag(line, 1, "warning", f"fallback row's action '{action.text}' is not kept")
            return
        if not code_text:
            self.diag(line, 1, "error", "empty error code cell; row skipped")
            return
        number = None
        if section.kind == "string":
            # Whatever the code column holds is the code (`MK:0017`, `12`, `TD: 0004`).
            if len(code_text) > MAX_CODE_CHARS:
                self.diag(line, 1, "error", f"error code '{code_text[:40]}...' is {len(code_text)} characters; the limit is {MAX_CODE_CHARS}; row skipped")
                return
        else:
            number = int_code(code_text)
            if number is None:
                self.diag(line, 1, "error", f"error code '{code_cell.text}' is not an integer (read the page with --kind string or auto); row skipped")
                return
        status = cell("http_status", "http_status")
        http_status = http_reason = None
        if status is not None and status.text:
            match = STATUS_RE.fullmatch(status.text)
            if match is None:
                self.diag(line, 1, "warning", f"HTTP status '{status.text}' is not a status code; not kept")
            else:
                http_status, http_reason = int(match.group(1)), (match.group(2) or None)
        if len(desc.text) <= 8 and fold(desc.text) in ("", "-", "--", "n/a"):
            self.diag(line, 1, "warning", "empty description")
        action_text = None if action is None or is_none_word(action.text) else self._share(action.text)
        links = self._share(tuple(desc.links) + (tuple(action.links) if action and action_text else ()))
        upstream = message.text if message and message.text and not is_none_word(message.text) else None
        symbol = cell("name", "name")
        if symbol is not None and symbol.text and not is_none_word(symbol.text):
            upstream = symbol.text  # `Key`, `Error Code Name`: the code's own symbol
        section.entries.append(
            Entry(
                code=code_text if number is None else number,
                name="",
                upstream_name=upstream,
                description=desc.text,
                action=action_text,
                links=links,
                line=line,
                http_status=http_status,
                http_reason=http_reason,
                spelling=code_text if number is not None and HEX_RE.fullmatch(code_text) else None,
            )
        )
        n = min(len(headers), len(cells))
        heads = tuple(headers[:n])
        shared = self.shared.get  # the row's texts as the entries hold them (one object per repeated action)
        section.rows.append((self.header_tuples.setdefault(heads, heads), *(shared(c.text, c.text) for c in cells[:n])))

    def _share(self, value: _T) -> _T:
        """`value`, or the equal one an earlier row holds (values are immutable: nothing tells them apart)."""
        return cast(_T, self.shared.setdefault(value, value))

    def sweep(self) -> None:
        """Report lines that look like table rows but are outside any table."""
        for index, raw in enumerate(self.lines):
            if not self.covered[index] and raw.lstrip().startswith("|") and raw.count("|") >= 2:
                self.diag(index + 1, 1, "warning", "line looks like a table row but is not part of a table")

    def variants(self, s: _Section) -> list[Entry]:
        """The section's entries, each code's rows told apart when it has several.

        A code on several rows of one table is one code with several variants (pages list an
        HTTP status or a code once per message): a warning, and each row keeps the value of
        the column that tells it apart (`variant`). A row that repeats another exactly adds
        nothing: a warning, and it is dropped."""
        by_code: dict[object, list[int]] = {}
        for index, e in enumerate(s.entries):
            by_code.setdefault(e.code, []).append(index)
        entries = list(s.entries)
        dropped: set[int] = set()
        for code, indexes in by_code.items():
            if len(indexes) < 2:
                continue
            seen: dict[tuple[object, ...], int] = {}
            for index in indexes:
                row = s.rows[index]
                if row in seen:
                    first = s.entries[seen[row]].line
                    self.diag(s.entries[index].line, 1, "warning", f"row repeats line {first} (code {code}) exactly; not kept twice")
                    dropped.add(index)
                else:
                    seen[row] = index
            kept = [i for i in indexes if i not in dropped]
            if len(kept) < 2:
                continue
            headers = list(cast(tuple[str, ...], s.rows[kept[0]][0]))
            roles = table_roles(headers)
            order = [roles[r] for r in VARIANT_ROLES if r in roles and roles[r] != roles["code"]]
            order += [c for c in range(len(headers)) if c not in order and c != roles.get("code")]
            column = next((c for c in order if len({s.rows[i][1 + c] for i in kept}) > 1), order[0] if order else 0)
            lines = ", ".join(str(s.entries[i].line) for i in kept)
            header = headers[column] if column < len(headers) else ""
            self.diag(
                s.entries[kept[0]].line,
                1,
                "warning",
                f"code {code} is on {len(kept)} rows of '{s.title}' (lines {lines}): one code with {len(kept)} variants, told apart by '{header}'",
            )
            for i in kept:
                entries[i] = replace(entries[i], variant=(header, str(s.rows[i][1 + column]) if 1 + column < len(s.rows[i]) else ""))
        return [e for i, e in enumerate(entries) if i not in dropped]

    def document(self, sha: str) -> Document:
        categories: list[Category] = []
        seen: dict[str, int] = {}
        for ordinal, s in enumerate(self.sections, 1):
            cid = category_id(s.title, ordinal)
            if cid in seen:
                self.diag(s.line, 1, "warning", f"category id '{cid}' repeats line {seen[cid]}; renamed {cid}_{ordinal}")
                cid = f"{cid}_{ordinal}"
            seen[cid] = s.line
            tables = tuple(s.tables)
            categories.append(Category(cid, "", s.title, s.fallback, tuple(self.variants(s)), s.line, path=s.path, kind=s.kind, tables=tables))
        diags = sorted(self.diagnostics, key=lambda d: (d.line, d.column))
        kinds = {c.kind for c in categories}
        kind = self.kind if self.kind in ("int", "string") else (kinds.pop() if len(kinds) == 1 else "mixed" if kinds else "int")
        return Document(self.file, sha, tuple(categories), tuple(self.notes), tuple(diags), kind=kind)


def parse_text(
    text: str, file: str = "<string>", sha256: str = "", kind: str = "int", progress: Callable[[int], None] | None = None
) -> Document:
    """Parse page text (already decoded) into a Document whose names are still empty."""
    if not sha256:
        sha256 = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    parser = _Parser(text, file, kind, progress)
    if len(parser.lines) > MAX_LINES:
        raise InputError(file, MAX_LINES + 1, 1, f"the page has {len(parser.lines)} lines; the limit is {MAX_LINES}")
    for index, raw in enumerate(parser.lines):
        if len(raw) > MAX_LINE_CHARS:
            raise InputError(file, index + 1, 1, f"line is {len(raw)} characters; the limit is {MAX_LINE_CHARS}")
        if raw.count("|") > MAX_PIPES_PER_LINE:
            raise InputError(file, index + 1, 1, f"line has more than {MAX_PIPES_PER_LINE} '|' characters")
    parser.run(_MD.parse(text, parser.env))
    parser.sweep()
    return parser.document(sha256)


def _names_category(selector: str, category: Category) -> bool:
    """True when `selector` is the category's id, or the text of its heading or of one above it."""
    wanted = fold(selector)
    return selector == category.id or any(fold(title) == wanted for title in (*category.path, category.title))


KIND_WORDS = {"int": "integer codes", "string": "symbolic codes"}


def select_sections(doc: Document, include: Sequence[str], exclude: Sequence[str], kind: str, where: str = "sections") -> Document:
    """The part of a page (read with kind `auto`) that a set chooses, read as `kind`.

    Categories named by `include` (every one when it is empty), less those named by `exclude`
    (see `_names_category`); the diagnostics of the tables left out go with them. A selector
    that names nothing is a warning; chosen tables of two kinds, or of another kind than the
    set's, are an error that names both tables."""
    chosen: list[Category] = []
    dropped: list[Category] = []
    for c in doc.categories:
        keep = (not include or any(_names_category(s, c) for s in include)) and not any(_names_category(s, c) for s in exclude)
        (chosen if keep else dropped).append(c)
    diagnostics = [
        d for d in doc.diagnostics if not any(first <= d.line <= last for c in dropped for first, last in c.tables)
    ]
    for key, selectors in (("include", include), ("exclude", exclude)):
        for selector in selectors:
            if not any(_names_category(selector, c) for c in doc.categories):
                message = f"{where}.{key} '{selector}' names no error table's heading or category id of this page"
                diagnostics.append(Diagnostic(doc.source, 1, 1, "warning", message))

    def table(c: Category) -> str:
        first, last = c.tables[0] if c.tables else (c.line, c.line)
        return f"'{c.title}' (table at lines {first}-{last})"

    first_of: dict[str, Category] = {}
    for c in chosen:
        first_of.setdefault(c.kind, c)
    if len(first_of) > 1:
        a, b = list(first_of.values())[:2]
        message = (
            f"the chosen tables mix kinds: {table(a)} holds {KIND_WORDS.get(a.kind, a.kind)}, {table(b)} "
            f"{KIND_WORDS.get(b.kind, b.kind)}; choose one kind with {where}"
        )
        diagnostics.append(Diagnostic(doc.source, b.tables[0][0] if b.tables else b.line, 1, "error", message))
    elif first_of and kind in KIND_WORDS and kind not in first_of:
        c = next(iter(first_of.values()))
        message = f"the chosen table {table(c)} holds {KIND_WORDS.get(c.kind, c.kind)}, but the set's kind is {kind}"
        diagnostics.append(Diagnostic(doc.source, c.tables[0][0] if c.tables else c.line, 1, "error", message))
    diagnostics.sort(key=lambda d: (d.line, d.column))
    return replace(doc, categories=tuple(chosen), diagnostics=tuple(diagnostics), kind=kind)
