"""Property: a table written in any form (markdown, or HTML one line per row or per cell, with or
without <thead>/<th>/closing tags/attributes), with its columns in any order and named by any
of their names, reads back the same rows: codes, texts, links and lines.

The rules are general, not those of one page: Hypothesis writes the tables. The expected text of
a cell follows the documented rule: markup gives its text (a link its label, `<b>` its content,
an entity its character), `<br>` and list items break the line (`- ` before each item), no
spaces around a break, no empty lines, and spaces are folded.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from errcodegen.model import Link
from errcodegen.parse import parse_text

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25")) * 2

WORDS = st.sampled_from(["alpha", "Bravo", "x1", "délai", "文件", "rate-limit", "(retry)", "a/b", "50%", "q=1", "it's", '"q"', "end.", "1,000"])


@dataclass(frozen=True)
class Piece:
    source: str  # as written in a cell
    text: str  # what it reads as ("\x00": a line break)
    link: tuple[str, str] | None = None  # (label, url)


@st.composite
def pieces(draw: st.DrawFn, markup: bool) -> Piece:
    word = draw(WORDS)
    if not markup:
        return Piece(word, word)
    choice = draw(st.integers(0, 8))
    if choice == 0:
        tag = draw(st.sampled_from(["b", "strong", "i", "span", "font"]))
        attrs = draw(st.sampled_from(["", ' class="c"', " style='x'"]))
        return Piece(f"<{tag}{attrs}>{word}</{tag}>", word)
    if choice == 1:
        return Piece(draw(st.sampled_from(["<br>", "<br/>", "<BR />", "<br >"])), "\x00")
    if choice == 2:
        n = draw(st.integers(0, 99))
        url = f"https://x.test/p{n}?a=1&b=2"
        quoted = draw(st.sampled_from(['"{}"', "'{}'", "{}"]))
        href = quoted.format(url.replace("&", "&amp;") if quoted != "{}" else url)
        return Piece(f"<a href={href}>{word} here</a>", f"{word} here", (f"{word} here", url))
    if choice == 3:
        n = draw(st.integers(0, 99))
        url = f"https://x.test/m{n}"
        return Piece(f"[{word}]({url})", word, (word, url))
    if choice == 4:
        items = draw(st.lists(WORDS, min_size=1, max_size=3))
        return Piece("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>", "".join(f"\x00- {i}" for i in items) + "\x00")
    if choice == 5:
        entity, char = draw(st.sampled_from([("&amp;", "&"), ("&lt;b&gt;", "<b>"), ("&#233;", "é"), ("&quot;", '"'), ("&#x6587;", "文")]))
        return Piece(entity, char)
    return Piece(word, word)


def expected_text(parts: list[Piece]) -> str:
    text = " ".join(p.text for p in parts)
    text = re.sub(r"[ \t]*\x00[\x00 \t]*", "\n", text).strip("\n")
    return text.strip(" ")


@dataclass(frozen=True)
class Row:
    code: str
    description: list[Piece]
    action: list[Piece] | None  # None: written as "-"


ROLES = {
    "code": ["Error Code", "错误码", "Code", "Return Code"],
    "description": ["Description", "Meaning", "含义", "Reason", "说明"],
    "action": ["Solution", "Action", "处理措施", "Suggestion"],
}


@st.composite
def tables(draw: st.DrawFn) -> tuple[str, str, list[Row], list[int], str]:
    """(page text, form, rows, each row's expected line, kind)."""
    kind = draw(st.sampled_from(["int", "string"]))
    n = draw(st.integers(1, 6))
    if kind == "int":
        codes = [str(c) for c in draw(st.lists(st.integers(-99999, 99999), min_size=n, max_size=n, unique=True))]
    else:
        part = st.from_regex(r"[A-Z][a-z]{1,5}(?:[A-Z][a-z]{1,5}){0,2}", fullmatch=True)
        symbols = draw(st.lists(st.lists(part, min_size=1, max_size=3).map(".".join), min_size=n, max_size=n, unique=True))
        codes = symbols
    form = draw(st.sampled_from(["markdown", "html-row", "html-cell"]))
    markup = form != "markdown" or draw(st.booleans())
    rows = []
    for code in codes:
        # A text holds at least one word (a cell of markup alone is an empty description).
        description = draw(st.lists(pieces(markup), max_size=3)) + [Piece(w, w) for w in [draw(WORDS)]]
        description = draw(st.permutations(description))
        action = draw(st.none() | st.lists(pieces(markup), max_size=2).map(lambda a: a + [Piece("ok", "ok")]))
        rows.append(Row(code, description, action))
    order = draw(st.permutations(["code", "description", "action"]))
    headers = [draw(st.sampled_from(ROLES[role])) for role in order]

    def cell(row: Row, role: str) -> str:
        if role == "code":
            return row.code
        parts = row.description if role == "description" else row.action
        return "-" if parts is None else " ".join(p.source for p in parts)

    lines = ["## Errors", "", "### Some errors", ""]
    row_lines: list[int] = []
    if form == "markdown":
        pad = draw(st.sampled_from(["", " ", "  "]))
        lines.append("|" + "|".join(f"{pad}{h}{pad}" for h in headers) + "|")
        lines.append("|" + "|".join(draw(st.sampled_from(["---", ":--", "--:", ":-:", " -- "])) for _ in headers) + "|")
        for row in rows:
            row_lines.append(len(lines) + 1)
            lines.append("|" + "|".join(f"{pad}{cell(row, r)}{pad}" for r in order) + "|")
    else:
        attrs = draw(st.sampled_from(["", ' class="t"', " border=1", ' style="width: 100%"']))
        th = draw(st.booleans())
        thead = th and draw(st.booleans())
        close_cells = draw(st.booleans())
        close_rows = draw(st.booleans())
        tbody = draw(st.booleans())
        lines.append(draw(st.sampled_from(["<table", "<TABLE"])) + attrs + ">")
        cell_tag = "th" if th else "td"

        def write_row(cells: list[str], tag: str) -> None:
            end_cell = f"</{tag}>" if close_cells else ""
            end_row = "</tr>" if close_rows else ""
            td_attrs = draw(st.sampled_from(["", ' align="left"', " width=30%"]))
            if form == "html-row":
                lines.append("<tr>" + "".join(f"<{tag}{td_attrs}>{c}{end_cell}" for c in cells) + end_row)
            else:
                lines.append("   <tr>")
                for c in cells:
                    words = c.split(" ")
                    if len(words) > 2 and draw(st.booleans()):  # a cell over two lines
                        half = len(words) // 2
                        lines.append(f"      <{tag}{td_attrs}>{' '.join(words[:half])}")
                        lines.append(f"      {' '.join(words[half:])}{end_cell}")
                    else:
                        lines.append(f"      <{tag}{td_attrs}>{c}{end_cell}")
                if end_row:
                    lines.append("   " + end_row)

        if thead:
            lines.append("<thead>")
        write_row(headers, cell_tag)
        if thead:
            lines.append("</thead>")
        if tbody:
            lines.append("<tbody>")
        for row in rows:
            row_lines.append(len(lines) + 1)
            write_row([cell(row, r) for r in order], "td")
        if tbody and draw(st.booleans()):
            lines.append("</tbody>")
        lines.append("</table>")
    lines += ["", "After the table."]
    return "\n".join(lines) + "\n", form, rows, row_lines, kind


@settings(max_examples=EXAMPLES, deadline=None)
@given(tables())
def test_every_form_reads_back_the_same_rows(table: tuple[str, str, list[Row], list[int], str]) -> None:
    text, form, rows, row_lines, kind = table
    doc = parse_text(text, "t.md", kind="auto")
    assert [(d.line, d.severity, d.message) for d in doc.diagnostics] == [], text
    assert doc.kind == kind
    assert [c.title for c in doc.categories] == ["Some errors"]
    assert doc.categories[0].path == ("Errors",)
    got = [(e.code, e.description, e.action, e.links, e.line) for _, e in doc.entries()]
    want = []
    for row, line in zip(rows, row_lines):
        code: int | str = int(row.code) if kind == "int" else row.code
        action = None if row.action is None else expected_text(row.action)
        links = tuple(Link(p.link[0], p.link[1], "description") for p in row.description if p.link)
        if row.action is not None:
            links += tuple(Link(p.link[0], p.link[1], "action") for p in row.action if p.link)
        want.append((code, expected_text(row.description), action, links, line))
    assert got == want, text
    assert [n.text for n in doc.notes] == ["After the table."]
