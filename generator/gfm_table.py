"""A GFM table block rule for markdown-it-py that keeps rows as strings, not tokens.

It decides where a table starts and ends exactly as markdown-it-py 4.3.0's own rule
(`markdown_it/rules_block/table.py`, MIT licence, which it follows line by line), but
instead of five tokens per cell it pushes one `table_open` token whose `meta` holds the
header cells and, per body row, its 0-based line and its text (`row_cells` splits it when
the row is read, so that a page's cells are never all held at once). On a 100 000-row page
that is the difference between 1.1 million tokens and one, in time and in memory.
Cell texts are what markdown-it would give its inline tokens (trimmed; `\\|` unescaped);
cells beyond the header's count are dropped, as markdown-it drops them (the parser
re-reads the raw line to report them).
"""

from __future__ import annotations

import re
from typing import Any

from markdown_it.common.utils import isStrSpace, mdTrim
from markdown_it.rules_block.state_block import StateBlock

_HEADER_LINE = re.compile(r"^:?-+:?$")
MAX_AUTOCOMPLETED_CELLS = 0x10000


def _line(state: StateBlock, line: int) -> str:
    return state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]]


def escaped_split(string: str) -> list[str]:
    """Split on `|` not preceded by a backslash, dropping that backslash (markdown-it's rule)."""
    if "\\" not in string:
        return string.split("|")
    result: list[str] = []
    current = ""
    last = 0
    escaped = False
    for pos, ch in enumerate(string):
        if ch == "|":
            if not escaped:
                result.append(current + string[last:pos])
                current = ""
                last = pos + 1
            else:
                current += string[last : pos - 1]
                last = pos
        escaped = ch == "\\"
    result.append(current + string[last:])
    return result


def _cells(text: str) -> list[str]:
    columns = escaped_split(text)
    if columns and columns[0] == "":
        columns.pop(0)
    if columns and columns[-1] == "":
        columns.pop()
    return columns


def row_cells(text: str, count: int) -> list[str]:
    """The `count` cells of a body row whose text `meta["rows"]` holds, as markdown-it gives
    them: trimmed, the missing ones empty, those beyond the header's count dropped."""
    columns = _cells(text)
    return [mdTrim(columns[i]) if i < len(columns) else "" for i in range(count)]


def table(state: StateBlock, startLine: int, endLine: int, silent: bool) -> bool:
    """The block rule: one `table_open`/`table_close` pair per table, rows in `meta`."""
    if startLine + 2 > endLine:
        return False
    nextLine = startLine + 1
    if state.sCount[nextLine] < state.blkIndent:
        return False
    if state.is_code_block(nextLine):
        return False
    pos = state.bMarks[nextLine] + state.tShift[nextLine]
    if pos >= state.eMarks[nextLine]:
        return False
    first_ch = state.src[pos]
    pos += 1
    if first_ch not in ("|", "-", ":"):
        return False
    if pos >= state.eMarks[nextLine]:
        return False
    second_ch = state.src[pos]
    pos += 1
    if second_ch not in ("|", "-", ":") and not isStrSpace(second_ch):
        return False
    if first_ch == "-" and isStrSpace(second_ch):
        return False
    while pos < state.eMarks[nextLine]:
        ch = state.src[pos]
        if ch not in ("|", "-", ":") and not isStrSpace(ch):
            return False
        pos += 1

    columns = _line(state, startLine + 1).split("|")
    aligns: list[str] = []
    for i in range(len(columns)):
        t = mdTrim(columns[i])
        if not t:
            if i == 0 or i == len(columns) - 1:
                continue
            return False
        if not _HEADER_LINE.search(t):
            return False
        aligns.append("center" if t.startswith(":") and t.endswith(":") else "right" if t.endswith(":") else "left" if t.startswith(":") else "")

    lineText = mdTrim(_line(state, startLine))
    if "|" not in lineText:
        return False
    if state.is_code_block(startLine):
        return False
    header = _cells(lineText)
    columnCount = len(header)
    # A delimiter row with more cells than the header (`| --- | --- | --- | --- |` under three
    # headings) is still a table as Tencent's renderer shows it (markdown-it's rule refuses it):
    # the extra delimiter cells are dropped and the parser warns (`meta["delimiter_cells"]`).
    if columnCount == 0 or columnCount > len(aligns):
        return False
    delimiter_cells = len(aligns)
    aligns = aligns[:columnCount]
    if silent:
        return True

    terminatorRules = state.md.block.ruler.getRules("blockquote")
    rows: list[tuple[int, str]] = []
    autocompleted = 0
    cut: int | None = None  # the line where markdown-it's cell limit ended the table
    nextLine = startLine + 2
    while nextLine < endLine:
        if state.sCount[nextLine] < state.blkIndent:
            break
        # A line that starts with `|` cannot start a fence, quote, rule, list, HTML block or
        # heading, so the terminator rules (costly, and called for every row) can be skipped.
        first = state.bMarks[nextLine] + state.tShift[nextLine]
        starts_with_pipe = first < state.eMarks[nextLine] and state.src[first] == "|"
        if not starts_with_pipe and any(rule(state, nextLine, endLine, True) for rule in terminatorRules):
            break
        lineText = mdTrim(_line(state, nextLine))
        if not lineText:
            break
        if state.is_code_block(nextLine):
            break
        columns = _cells(lineText)
        autocompleted += columnCount - len(columns)
        if autocompleted > MAX_AUTOCOMPLETED_CELLS:
            cut = nextLine
            break
        rows.append((nextLine, lineText))
        nextLine += 1

    token = state.push("table_open", "table", 1)
    token.map = [startLine, nextLine]
    meta: dict[str, Any] = {"header": [mdTrim(c) for c in header], "aligns": aligns, "rows": rows, "cut": cut, "delimiter_cells": delimiter_cells}
    token.meta = meta
    state.push("table_close", "table", -1)
    state.line = nextLine
    return True
