"""Other Tencent Cloud error-code pages (tests/upstream_pages, byte-exact copies): every row is
an entry or a diagnostic, and `parse`/`lint --kind auto` report no error."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from errcodegen import cli
from errcodegen.parse import read_page

PAGES = Path(__file__).resolve().parent / "upstream_pages"
OTHER = [
    "api-gateway-legacy-api-error-codes.en.md",
    "vod-processing-error-codes.en.md",
    "cos-error-codes.en.md",
    # issue 23: `Key` before hexadecimal codes; `Enumerated Value` (the names are the codes);
    # `HTTP  StatusCode | ErrorCode | ErrorMessage`.
    "trtc-web-error-codes.en.md",
    "whiteboard-web-error-codes.en.md",
    "cls-api-error-codes.en.md",
]
COUNTS = {"api": 22, "vod": 14, "cos": 209, "trt": 11 + 61, "whi": 6 + 8, "cls": 40}
SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def body_rows(text: str) -> set[int]:
    """The lines of the page's table body rows, found without the parser: markdown lines with a
    `|` below a separator line, and each `<tr>` of an HTML table after its first."""
    lines = text.split("\n")
    rows: set[int] = set()
    in_table = False
    for i, line in enumerate(lines):
        if SEPARATOR.match(line) and "-" in line and i > 0 and "|" in lines[i - 1]:
            in_table = True
            continue
        if in_table and "|" in line:
            rows.add(i + 1)
        else:
            in_table = False
    trs = [i + 1 for i, line in enumerate(lines) if re.search(r"<tr\b", line, re.IGNORECASE)]
    return rows | set(trs[1:])


@pytest.mark.parametrize("name", OTHER)
def test_every_row_is_an_entry_or_a_diagnostic(name: str) -> None:
    path = PAGES / name
    doc = read_page(path, name, kind="auto")
    assert not doc.has_errors, [d.format() for d in doc.diagnostics if d.severity == "error"]
    entries = {e.line for _, e in doc.entries()}
    told = {d.line for d in doc.diagnostics}
    for c in doc.categories:  # a whole table told by one diagnostic at its first line
        told |= {line for first, last in c.tables for line in range(first, last + 1) if first in told}
    skipped = {line for d in doc.diagnostics if "not an error table" in d.message
               for line in range(d.line, int(re.search(r"lines \d+-(\d+)", d.message).group(1)) + 1)}  # type: ignore[union-attr]
    fallback = {i + 1 for i, line in enumerate(path.read_text(encoding="utf-8").split("\n")) if re.match(r"\|\s*(Other|其他)\s*\|", line)}
    missing = body_rows(path.read_text(encoding="utf-8")) - entries - told - skipped - fallback
    assert missing == set()
    assert len(entries) == COUNTS[name[:3]]


@pytest.mark.parametrize("name", OTHER)
def test_parse_and_lint_kind_auto_exit_0(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(PAGES / name)
    assert cli.main(["parse", path, "--kind", "auto"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["categories"] and all(c["entries"] for c in data["categories"])
    assert cli.main(["lint", path, "--kind", "auto"]) == 0
    assert ": error:" not in capsys.readouterr().err


def test_the_new_shapes_are_read_as_the_page_means() -> None:
    trtc = read_page(PAGES / "trtc-web-error-codes.en.md", "trtc.md", kind="auto")
    first = trtc.categories[0].entries
    assert [(e.code, e.spelling, e.upstream_name) for e in first[:2]] == [(0x1000, "0x1000", "INVALID_PARAMETER"), (0x1001, "0x1001", "INVALID_OPERATION")]
    assert first[-1].code == 0xFFFF and trtc.kind == "int"
    board = read_page(PAGES / "whiteboard-web-error-codes.en.md", "board.md", kind="auto")
    assert board.kind == "string" and board.categories[0].entries[0].code == "TEDU_BOARD_ERROR_INIT"
    cls = read_page(PAGES / "cls-api-error-codes.en.md", "cls.md", kind="auto")
    e = cls.categories[0].entries[0]
    assert (e.code, e.http_status, e.description) == ("InvalidAuthorization", 400, "Invalid signature string format")
