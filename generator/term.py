"""What the command line shows on a terminal: coloured severities and a progress line.

Neither ever reaches a file or a pipe unasked: colour is used with `--color=always`, or with
`--color=auto` (the default) when stderr is a terminal, NO_COLOR is unset or empty
(https://no-color.org) and TERM is not `dumb`; the progress line only when stderr is a
terminal, for pages past PROGRESS_MIN_ROWS table rows, and it is erased before anything else
is printed.
"""

from __future__ import annotations

import re
from typing import Mapping, TextIO

from .printable import one_line

COLOR_MODES = ("auto", "always", "never")
RESET = "\x1b[0m"
SEVERITY_STYLES = {"error": "\x1b[1;31m", "warning": "\x1b[1;33m"}  # bold red, bold yellow
PROGRESS_MIN_ROWS = 5_000  # a page with fewer rows parses in well under a second


def is_terminal(stream: TextIO) -> bool:
    """True when `stream` is a terminal (False for anything that has no `isatty`)."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):  # a replaced stream, a closed one
        return False


def use_color(mode: str, stream: TextIO, environ: Mapping[str, str]) -> bool:
    """Whether to colour what goes to `stream`: `always` and `never` are the user's word (they win
    over NO_COLOR, as no-color.org asks of command-line flags); `auto` colours a terminal only,
    unless NO_COLOR is set to anything non-empty or TERM is `dumb`."""
    if mode == "always":
        return True
    if mode == "never":
        return False
    if environ.get("NO_COLOR", ""):
        return False
    if environ.get("TERM", "") == "dumb":
        return False
    return is_terminal(stream)


_SEVERITY = re.compile(r": (error|warning): ")


def paint(line: str, color: bool) -> str:
    """`line` (`file:line:col: severity: message`, or `errcodegen: ...` holding one) with its first
    severity word coloured: error red, warning yellow. Unchanged without `color`."""
    if not color:
        return line
    match = _SEVERITY.search(line)
    if match is None:
        return line
    word = match.group(1)
    start, end = match.span(1)
    return f"{line[:start]}{SEVERITY_STYLES[word]}{word}{RESET}{line[end:]}"


def group_thousands(n: int) -> str:
    """12000 -> '12 000' (a space between groups of three, readable in every locale)."""
    return f"{n:,}".replace(",", " ")


class ProgressLine:
    """`errcodegen: parsing page.md ... 12 000 rows` on one terminal line, rewritten with `\\r`.

    Call it with (page, rows) as rows are read (pipeline.Progress); nothing is shown below
    `min_rows` or when disabled (stderr no terminal). `clear()` erases the line; use the object
    as a context manager to clear it however the block ends.
    """

    def __init__(self, stream: TextIO, enabled: bool, min_rows: int = PROGRESS_MIN_ROWS) -> None:
        self.stream = stream
        self.enabled = enabled
        self.min_rows = min_rows
        self.width = 0

    def __call__(self, page: str, rows: int) -> None:
        if not self.enabled or rows < self.min_rows:
            return
        text = f"errcodegen: parsing {one_line(page)} ... {group_thousands(rows)} rows"
        pad = " " * max(0, self.width - len(text))  # a shorter line must not leave the old tail
        self.stream.write(f"\r{text}{pad}")
        self.stream.flush()
        self.width = len(text)

    def clear(self) -> None:
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0

    def __enter__(self) -> ProgressLine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.clear()
