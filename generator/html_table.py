"""HTML `<table>`s written inside a markdown page, read with the standard library's `html.parser`.

Tencent Cloud's pages write many tables in HTML: one line per row or one line per cell, with or
without `<thead>`, `<th>`, `</tbody>`, `</tr>` or `</td>`, with attributes. This module finds the
structure only (tables, rows, cells, their lines and their spans); each cell is handed back as its
raw inner markup, which the page parser reads with the same inline reader as a markdown cell (so
`<a href>`, `<br>`, `<li>`, `<b>` and entities give the same text and links in both).

Unclosed elements are closed as an HTML parser in a browser closes them: a `<td>`/`<th>` by the
next cell, row or row group or the table's end; a `<tr>` by the next row or row group or the
table's end; a cell met outside any row opens one. A `<table>` inside a cell stays part of that
cell's markup (reported by the caller); one without `</table>` ends where its block ends.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from html.parser import HTMLParser

# The spans a browser reads: larger values are read as these (HTML's own limits, which browsers apply).
MAX_COLSPAN = 1000
MAX_ROWSPAN = 65534
# The cells a table's rows may lay out in all (spans included): a page of 64 MiB of
# `<td colspan=1000>` would otherwise ask for billions. Far above real tables.
MAX_GRID_CELLS = 4_000_000
# The characters of cell markup the tables of a page may lay out in all, a `rowspan` cell counting
# once for every row it covers: at most this many times the page's own size (plus LAYOUT_FLOOR for
# small pages). A cell is copied into every row it spans, and each copy into every output, so
# without it a 222 kB page of one long cell spanning many rows wrote gigabytes. Real tables lay out
# about their own size (a short status cell spanning a few rows).
LAYOUT_FACTOR = 8
LAYOUT_FLOOR = 1 << 20


class TooManyCells(ValueError):
    """A table whose spans lay out more than MAX_GRID_CELLS cells; `line` is the row's."""

    def __init__(self, line: int) -> None:
        super().__init__(f"an HTML table lays out more than {MAX_GRID_CELLS} cells (colspan/rowspan)")
        self.line = line


class TooMuchText(ValueError):
    """Tables whose `rowspan` cells, copied into every row they cover, lay out more text than the
    page's budget; `line` is the spanning cell's."""

    def __init__(self, cell: HtmlCell, budget: int) -> None:
        super().__init__(
            f"a cell of {len(cell.source)} characters with rowspan={cell.rowspan} makes the page's HTML tables lay out "
            f"more than {budget} characters of cells ({LAYOUT_FACTOR} times the page); shorten the cell or its rowspan"
        )
        self.line = cell.line
        self.column = cell.column


def layout_budget(page_chars: int) -> int:
    """The characters of cells the HTML tables of a page of `page_chars` characters may lay out."""
    return LAYOUT_FACTOR * page_chars + LAYOUT_FLOOR


# Plain classes, not dataclasses (which cost every run about half a millisecond each to create
# at import): the reader's records are never compared, hashed or printed.


class HtmlCell:
    """One `<td>` or `<th>`: its inner markup, where that markup starts (1-based), and its spans."""

    __slots__ = ("source", "line", "column", "header", "colspan", "rowspan")

    def __init__(self, source: str, line: int, column: int, header: bool, colspan: int = 1, rowspan: int = 1) -> None:
        self.source = source
        self.line = line
        self.column = column
        self.header = header
        self.colspan = colspan
        self.rowspan = rowspan


class HtmlRow:
    """One `<tr>` (or the row a browser opens for a stray cell), at the line of its start tag."""

    __slots__ = ("line", "cells")

    def __init__(self, line: int) -> None:
        self.line = line
        self.cells: list[HtmlCell] = []


class HtmlTable:
    """One top-level table: its lines (1-based, inclusive), rows, and what was irregular."""

    __slots__ = ("start", "end", "rows", "closed", "nested")

    def __init__(self, start: int, end: int, rows: list[HtmlRow], closed: bool) -> None:
        self.start = start
        self.end = end
        self.rows = rows
        self.closed = closed
        self.nested: list[int] = []  # lines of tables inside a cell


def _span(value: str | None, limit: int) -> int:
    try:
        number = int((value or "1").strip())
    except ValueError:
        return 1
    return min(max(number, 1), limit)


class _Reader(HTMLParser):
    def __init__(self, text: str, first_line: int) -> None:
        super().__init__(convert_charrefs=True)
        self.text = text
        self.first_line = first_line  # the 1-based page line of the text's first line
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.tables: list[HtmlTable] = []
        self.depth = 0  # table nesting; 1 inside a top-level table
        self.row: HtmlRow | None = None
        self.cell: tuple[int, HtmlCell] | None = None  # (offset where its markup starts, cell)

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.starts[line - 1] + column

    def _close_cell(self, end: int) -> None:
        if self.cell is not None:
            start, cell = self.cell
            cell.source = self.text[start:end]
            self.cell = None

    def _close_row(self, end: int) -> None:
        self._close_cell(end)
        if self.row is not None:
            self.tables[-1].rows.append(self.row)
            self.row = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.depth += 1
            if self.depth == 1:
                line = self.getpos()[0] + self.first_line - 1
                self.tables.append(HtmlTable(line, line, [], False))
            elif self.cell is not None:
                self.tables[-1].nested.append(self.getpos()[0] + self.first_line - 1)
            return
        if self.depth != 1:
            return
        here = self._offset()
        if tag in ("tr", "thead", "tbody", "tfoot"):
            self._close_row(here)
            if tag == "tr":
                self.row = HtmlRow(self.getpos()[0] + self.first_line - 1)
        elif tag in ("td", "th"):
            self._close_cell(here)
            if self.row is None:
                self.row = HtmlRow(self.getpos()[0] + self.first_line - 1)
            inner = here + len(self.get_starttag_text() or "")
            line = bisect_right(self.starts, inner) - 1
            column = inner - self.starts[line] + 1
            values = dict(attrs)
            cell = HtmlCell("", line + self.first_line, column, tag == "th", _span(values.get("colspan"), MAX_COLSPAN), _span(values.get("rowspan"), MAX_ROWSPAN))
            self.row.cells.append(cell)
            self.cell = (inner, cell)

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            if self.depth == 1:
                self._close_row(self._offset())
                table = self.tables[-1]
                table.end = self.getpos()[0] + self.first_line - 1
                table.closed = True
            self.depth = max(self.depth - 1, 0)
            return
        if self.depth != 1:
            return
        if tag in ("td", "th"):
            self._close_cell(self._offset())
        elif tag in ("tr", "thead", "tbody", "tfoot"):
            self._close_row(self._offset())

    def finish(self, last_line: int) -> None:
        self.close()
        if self.depth >= 1 and self.tables:
            self._close_row(len(self.text))
            self.tables[-1].end = last_line


def read_tables(text: str, first_line: int) -> list[HtmlTable]:
    """Return the top-level tables of an HTML block whose first line is page line `first_line`."""
    reader = _Reader(text, first_line)
    reader.feed(text)
    reader.finish(first_line + text.count("\n"))
    return reader.tables


class Budget:
    """What is left of a page's `layout_budget`, shared by its tables."""

    def __init__(self, chars: int) -> None:
        self.total = chars
        self.left = chars


def grid(rows: list[HtmlRow], budget: Budget | None = None) -> list[tuple[HtmlRow, list[HtmlCell | None]]]:
    """Lay the rows out as a browser does: a `colspan` cell fills its columns (None after it), a
    `rowspan` cell reappears in the rows below. Every cell laid out (each copy of a `rowspan` cell)
    takes its markup's characters from `budget`: TooMuchText when it runs out."""
    carried: dict[int, tuple[HtmlCell, int]] = {}  # column -> (cell, rows still to fill)
    out: list[tuple[HtmlRow, list[HtmlCell | None]]] = []
    total = 0
    for row in rows:
        cells: list[HtmlCell | None] = []
        pending = list(row.cells)

        def take_carried() -> None:
            while len(cells) in carried:
                cell, left = carried.pop(len(cells))
                if left > 1:
                    carried[len(cells)] = (cell, left - 1)
                cells.append(cell)

        take_carried()
        for cell in pending:
            column = len(cells)
            cells.append(cell)
            if cell.rowspan > 1:
                carried[column] = (cell, cell.rowspan - 1)
            if total + len(cells) + cell.colspan > MAX_GRID_CELLS:
                raise TooManyCells(row.line)
            for _ in range(cell.colspan - 1):
                cells.append(None)
            take_carried()
        for column in sorted(carried):  # spans past the row's own cells
            while len(cells) < column:
                cells.append(None)
            if len(cells) == column:
                take_carried()
        total += len(cells)
        if total > MAX_GRID_CELLS:
            raise TooManyCells(row.line)
        if budget is not None:
            budget.left -= sum(len(c.source) for c in cells if c is not None)
            if budget.left < 0:
                worst = max((c for c in cells if c is not None), key=lambda c: (c.rowspan > 1, len(c.source)))
                raise TooMuchText(worst, budget.total)
        out.append((row, cells))
    return out
