"""Markdown page -> `Document` (names left empty), with diagnostics that cite file:line.

markdown-it-py gives the block structure and each row's line; the raw source line is
read again wherever the token stream hides something (cells beyond the header's count,
a plain line swallowed into a table, rows cut off by markdown-it's cell limit).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from . import gfm_table
from .fsread import TooBig, read_regular
from .model import Category, Diagnostic, Document, Entry, Link, Note

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

# Column headers, recognised by meaning (lower-cased, spaces folded), in both languages.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "code": ("error code", "错误码", "错误代码", "code", "errno", "返回码"),
    "message": ("error message", "错误信息", "message", "错误消息"),
    "description": ("description", "说明", "描述", "错误描述", "meaning", "含义"),
    "action": ("action", "处理措施", "solution", "处理方法", "suggestion", "建议"),
    "http_status": ("http status code", "http 状态码", "http status", "http状态码", "状态码"),
}
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
CODE_RE = re.compile(r"[+-]?[0-9]{1,15}")  # exact in every target, JavaScript numbers included
SYMBOL_RE = re.compile(r"[A-Za-z][A-Za-z0-9_.]{0,99}")  # codes of pages like the job page's <Code>
STATUS_RE = re.compile(r"([1-5][0-9][0-9])(?:\s+(.*))?")
_BOLD_LINE = re.compile(r"\*\*([^*]+)\*\*|__([^_]+)__")
_SPACES = re.compile(r"[ \t]+")
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)


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
    return require_error_table(parse_bytes(data, name, kind, progress))


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
    """Map column roles (code, description, ...) to indexes, by header meaning."""
    roles: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = fold(header)
        for role, aliases in COLUMN_ALIASES.items():
            if key in aliases and role not in roles:
                roles[role] = index
                break
    return roles


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


@dataclass
class _Cell:
    text: str
    links: list[Link]


@dataclass
class _Section:
    title: str
    line: int
    entries: list[Entry] = field(default_factory=list)
    fallback: str | None = None


class _Parser:
    def __init__(self, text: str, file: str, kind: str = "int", progress: Callable[[int], None] | None = None) -> None:
        self.file = file
        self.progress = progress
        self.kind = kind
        self.lines = text.split("\n")
        self.diagnostics: list[Diagnostic] = []
        self.sections: list[_Section] = []
        self.notes: list[Note] = []
        self.covered: set[int] = set()
        self.env: dict[str, object] = {}
        self.rows = 0
        self.markup_chars = 0

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
        text = text.strip(" \t")
        if INVISIBLE.search(text):
            text = INVISIBLE.sub("", text)
            self.diag(line, 1, "warning", "removed bidirectional or zero-width control characters")
        return _Cell(text, links)

    def _markup(self, content: str, field_name: str, links: list[Link]) -> str:
        """Return the plain text of inline markdown, adding its links to `links`."""
        parts: list[str] = []
        link_stack: list[tuple[str, int]] = []
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
                if _BR.fullmatch(child.content):
                    parts.append("\n")
                else:
                    parts.append(child.content)
        return "".join(parts)

    # -- blocks ------------------------------------------------------------------

    def run(self, tokens: list[Token]) -> None:
        pending_group: tuple[str, int] | None = None
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok.type == "heading_open":
                title = self.inline(tokens[i + 1].content, self._line(tok), "title").text
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
                self.covered.update(range(*tok.map))  # code is not a table, whatever it looks like
            if tok.type == "html_block" and tok.map and re.search(r"<table\b", tok.content, re.IGNORECASE):
                start, end = tok.map
                self.covered.update(range(start, end))
                self.diag(start + 1, 1, "warning", f"HTML table at lines {start + 1}-{end} is not read; only markdown tables are")
            if tok.type == "blockquote_open":
                end = self._matching(tokens, i, "blockquote_close")
                self.note(tokens[i : end + 1], "quote")
                for nested in tokens[i : end + 1]:
                    if nested.type == "table_open":
                        self.nested_table(nested)
                i = end + 1
                continue
            if tok.type == "paragraph_open":
                inline = tokens[i + 1]
                bold = _BOLD_LINE.fullmatch(inline.content.strip())
                if bold:
                    # A bold line alone: a group title, as the job page writes them.
                    title = bold.group(1) or bold.group(2)
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

    def nested_table(self, tok: Token) -> None:
        start, end = tok.map or (0, 0)
        self.covered.update(range(start, end))
        self.diag(start + 1, 1, "warning", f"table at lines {start + 1}-{end} is inside a list or quote; not read")

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

    def table(self, token: Token, group: tuple[str, int] | None) -> None:
        start, end = token.map or (0, 0)
        self.covered.update(range(start, end))
        headers = [self.inline(cell, start + 1, "header").text for cell in token.meta["header"]]
        roles = classify_columns(headers)
        if "code" not in roles:
            self.diag(
                start + 1,
                1,
                "info",
                f"table at lines {start + 1}-{end} is not an error table "
                f"(columns: {', '.join(headers)}); skipped",
            )
            return
        if "description" not in roles and "message" not in roles:
            self.diag(
                start + 1,
                1,
                "error",
                f"error table at lines {start + 1}-{end} has no Description column "
                f"(columns: {', '.join(headers)}); its {end - start - 2} row(s) are not read",
            )
            return
        if group is None:
            self.diag(start + 1, 1, "warning", "error table has no heading; grouped as 'Errors'")
            group = ("Errors", start + 1)
        section = self._section(group)
        ncols = len(headers)
        for index, cells in token.meta["rows"]:
            self.row(section, roles, ncols, index, cells)
        cut = token.meta.get("cut")
        if cut is not None:  # not a silent truncation: what follows would be read as a paragraph
            self.diag(
                cut + 1,
                1,
                "error",
                f"the table that starts at line {start + 1} ends here: its rows lack more than "
                f"{gfm_table.MAX_AUTOCOMPLETED_CELLS} cells in all (markdown-it's limit); fill in the cells",
            )

    def _section(self, group: tuple[str, int]) -> _Section:
        title, line = group
        for s in self.sections:
            if s.line == line and s.title == title:
                return s
        section = _Section(title, line)
        self.sections.append(section)
        return section

    def row(self, section: _Section, roles: dict[str, int], ncols: int, index: int, texts: list[str]) -> None:
        line = index + 1
        self.rows += 1
        if self.rows > MAX_ROWS:
            raise InputError(self.file, line, 1, f"more than {MAX_ROWS} table rows")
        if self.progress is not None and self.rows % PROGRESS_EVERY == 0:
            self.progress(self.rows)
        raw = self.lines[index]
        if "|" not in raw:
            self.diag(line, 1, "warning", "line after the table has no '|'; not an entry")
            return
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
        cells = [self.inline(t, line, "cell") for t in texts]

        def cell(role: str, name: str) -> _Cell | None:
            col = roles.get(role)
            if col is None or col >= len(cells):
                return None
            return _Cell(cells[col].text, [Link(k.text, k.url, name) for k in cells[col].links])

        code_cell = cells[roles["code"]]
        code_text = code_cell.text.replace("\u2212", "-").replace(" ", "")
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
        if self.kind == "string":
            if not SYMBOL_RE.fullmatch(code_text):
                self.diag(line, 1, "error", f"error code '{code_cell.text}' is not a symbolic code; row skipped")
                return
        elif not CODE_RE.fullmatch(code_text):
            self.diag(line, 1, "error", f"error code '{code_cell.text}' is not an integer; row skipped")
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
        action_text = None if action is None or is_none_word(action.text) else action.text
        links = tuple(desc.links) + (tuple(action.links) if action and action_text else ())
        upstream = message.text if message and message.text and not is_none_word(message.text) else None
        section.entries.append(
            Entry(
                code=code_text if self.kind == "string" else int(code_text),
                name="",
                upstream_name=upstream,
                description=desc.text,
                action=action_text,
                links=links,
                line=line,
                http_status=http_status,
                http_reason=http_reason,
            )
        )

    def sweep(self) -> None:
        """Report lines that look like table rows but are outside any table."""
        for index, raw in enumerate(self.lines):
            if index not in self.covered and raw.lstrip().startswith("|") and raw.count("|") >= 2:
                self.diag(index + 1, 1, "warning", "line looks like a table row but is not part of a table")

    def document(self, sha: str) -> Document:
        categories: list[Category] = []
        seen: dict[str, int] = {}
        for ordinal, s in enumerate(self.sections, 1):
            cid = category_id(s.title, ordinal)
            if cid in seen:
                self.diag(s.line, 1, "warning", f"category id '{cid}' repeats line {seen[cid]}; renamed {cid}_{ordinal}")
                cid = f"{cid}_{ordinal}"
            seen[cid] = s.line
            by_code: dict[object, int] = {}
            for e in s.entries:
                # On a page of symbolic codes one code may stand once per HTTP status.
                key = (e.code, e.http_status) if self.kind == "string" else e.code
                if key in by_code:
                    self.diag(e.line, 1, "error", f"code {e.code} appears twice in '{s.title}' (lines {by_code[key]} and {e.line})")
                else:
                    by_code[key] = e.line
            categories.append(Category(cid, "", s.title, s.fallback, tuple(s.entries), s.line))
        diags = sorted(self.diagnostics, key=lambda d: (d.line, d.column))
        return Document(self.file, sha, tuple(categories), tuple(self.notes), tuple(diags), kind=self.kind)


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
