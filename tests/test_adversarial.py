"""Hostile and malformed input: one test (or group) per numbered line of ADVERSARIAL.md.

Read side by side with ADVERSARIAL.md: `test_NN_...` checks line NN. Where an older test
covers a line (its docstring names it), the test here reuses that test's helpers on inputs
of its own, so that every line is visibly checked in this file. Lines 11 to 24 share one
run of every real toolchain (tests/roundtrip.py: Python import + black, tsc --strict + Node,
gofmt + go vet + go test) over two pages written to break generators (`HOSTILE_PAGE`,
`NAMES_PAGE`), through the real parser, naming, renderers and validation.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import time
import tokenize
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from errcodegen import cli, parse
from errcodegen import naming
from errcodegen.model import Document, to_json
from errcodegen.names import NamesError, NamesFile
from errcodegen.naming import assign_names, collision_key, sanitize
from errcodegen.parse import InputError, parse_bytes, parse_text
from errcodegen.content import text
from errcodegen.pipeline import render_all
from errcodegen.targets.registry import by_name

TARGETS = by_name()
from errcodegen.targets import json_model, schema
from errcodegen.validate import validate
from errcodegen.write import WriteError, write_tree
from errcodegen.targets.registry import type_names

TYPES = type_names()  # what the outputs reserve of type names, as generate names

from . import roundtrip
from .conftest import ROOT, render
from .test_cli import project, run, snapshot
from .test_go import DIRECTIVE, go_consts
from .test_property import check_parse, markdownish
from .test_write import temporaries

HEADER_ROWS = "| Error Code | Description | Action |\n| --- | --- | --- |\n"
TABLE = "### Download errors\n\n" + HEADER_ROWS


def parsed(text: str) -> Document:
    return parse_text(text, "t.md")


def found(doc: Document) -> list[tuple[int, int, str]]:
    """(line, column, severity) of every diagnostic."""
    return [(d.line, d.column, d.severity) for d in doc.diagnostics]


def folder(parent: Path, name: str) -> Path:
    (parent / name).mkdir()
    return parent / name


def names_file(tmp: Path, text: str) -> Path:
    """A names file holding `text`."""
    path = tmp / "names.toml"
    path.write_text(text, encoding="utf-8")
    return path


def cell(text: str) -> str:
    """Markdown source of a table cell holding `text` literally."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "&#13;").replace("\n", "&#10;")


def accounted_for(doc: Document, text: str) -> None:
    """Every table-row line of `text` is an entry or has a diagnostic at its line: nothing dropped silently."""
    entry_lines = {e.line for _, e in doc.entries()}
    diag_lines = {d.line for d in doc.diagnostics}
    for number, line in enumerate(text.split("\n"), 1):
        if line.startswith("|") and not re.fullmatch(r"\|[ \-:|]*", line) and "Error Code" not in line:
            assert number in entry_lines | diag_lines, f"line {number} {line!r} vanished"


# =======================================================================================
# Parser


@pytest.mark.parametrize(
    "body",
    [
        TABLE + "| -1 | a | b |\n| -2 | c | - |\n",
        "| Error Code | Description | Action |\n| --- | --- | --- |\n| -1 | a | b |\n",  # the table first
        "\u200b" + TABLE + "| -1 | a | b |\n",  # a zero-width space after the BOM
    ],
)
def test_01_bom_gives_the_same_rows(body: str) -> None:
    plain = parse_bytes(body.encode(), "t.md")
    with_bom = parse_bytes(b"\xef\xbb\xbf" + body.encode(), "t.md")
    assert plain.entries() and with_bom.categories == plain.categories
    assert with_bom.diagnostics == plain.diagnostics
    # Why it matters: markdown-it alone sees no table behind a BOM.
    tokens = MarkdownIt("commonmark").enable("table").parse("\ufeff| a | b |\n|-|-|\n| 1 | 2 |\n")
    assert "table_open" not in [t.type for t in tokens]


@pytest.mark.parametrize("ending", ["\r\n", "\r", "mixed"])
def test_02_crlf_and_bare_cr_give_the_same_model(ending: str) -> None:
    body = ">? A tip,\n> on two lines.\n\n" + TABLE + "| -1 | a<br>b | b |\n| -2 | c | - |\n| x | bad | - |\n\n### Other\n\n" + HEADER_ROWS + "| -3 | d | - |\n"
    lf = parse_bytes(body.encode(), "t.md")
    lines = body.split("\n")
    if ending == "mixed":
        # (a bare CR before an empty line would read as one CRLF: those get a LF)
        other = "".join(line + ("\r\n" if i % 2 else "\r" if lines[i + 1] else "\n") for i, line in enumerate(lines[:-1]))
    else:
        other = ending.join(lines)
    doc = parse_bytes(other.encode(), "t.md")
    assert doc.categories == lf.categories and doc.notes == lf.notes and doc.diagnostics == lf.diagnostics
    assert [e.line for _, e in doc.entries()] == [8, 9, 16]
    assert all("\r" not in e.description for _, e in doc.entries())


def test_03_extra_cells_are_reported_with_their_line_never_dropped() -> None:
    text = TABLE + "| -1 | a | b | EXTRA |\n| -2 | a `x|y` | b |\n| -3 | escaped \\| pipe | b |\n| -4 | a | b | - |\n"
    doc = parsed(text)
    assert [(line, severity) for line, _, severity in found(doc)] == [(5, "error"), (6, "error"), (8, "warning")]
    assert "EXTRA" in doc.diagnostics[0].message and "row has 4 cells" in doc.diagnostics[1].message
    assert doc.diagnostics[0].format() == "t.md:5:15: error: row has 4 cells, the header 3; extra content 'EXTRA'"
    entries = {e.code: e for _, e in doc.entries()}
    assert sorted(entries) == [-4, -3, -2, -1]  # every row is kept (or reported), none dropped
    assert entries[-3].description == "escaped | pipe"  # `\|` is text, not a cell
    accounted_for(doc, text)
    # The report is one printable line, whatever the extra content holds.
    doc = parsed(TABLE + "| -1 | a | b | EX\x1bT\u2028RA\u202e |\n")
    assert doc.diagnostics[0].format() == "t.md:5:15: error: row has 4 cells, the header 3; extra content 'EX\\x1bT\\u2028RA\\u202e'"


@pytest.mark.parametrize(
    "row, message",
    [
        ("| -1 | only a description |", "row has 2 cells, the header 3"),
        ("|  | empty code | - |", "empty error code cell"),
        *[(f"| {bad} | not an integer | - |", f"error code '{bad}' is not an integer")
          for bad in ["x1", "1.5", "1e3", "0x", "0x1000000000000", "--1", "+-1", "１２３", "١٢٣", "9999999999999999", "-", "N/A"]],
    ],
)  # fmt: skip
def test_04_fewer_cells_empty_and_non_integer_codes_are_located(row: str, message: str) -> None:
    text = TABLE + row + "\n"
    doc = parsed(text)
    located = [d for d in doc.diagnostics if message in d.message]
    assert len(located) == 1 and located[0].line == 5, doc.diagnostics
    assert located[0].format().startswith(f"t.md:5:{located[0].column}: ")
    severity = "warning" if "cells" in message else "error"
    assert located[0].severity == severity
    if severity == "error":
        assert doc.entries() == [] and doc.has_errors
    accounted_for(doc, text)


@pytest.mark.parametrize("plain", ["Just a sentence.", "404", "-1", "Other"])
def test_05_a_plain_line_after_a_table_is_not_an_entry(plain: str) -> None:
    doc = parsed(TABLE + "| -7 | a | b |\n" + plain + "\n")
    assert [e.code for _, e in doc.entries()] == [-7]
    assert found(doc) == [(6, 1, "warning")]
    assert "not an entry" in doc.diagnostics[0].message
    # With a pipe, the line is a row: read and reported, never an entry made of nothing.
    doc = parsed(TABLE + "| -7 | a | b |\nNote: a | b\n")
    assert [e.code for _, e in doc.entries()] == [-7] and (6, 1, "error") in found(doc)


def test_06_entities_decode_before_any_escaping(built: roundtrip.Run) -> None:
    doc = parsed(TABLE + "| -1 | &#42;&#47; &#10;x &quot;q&quot; &amp;amp; &#x1F600; &#0; | &lt;b&gt; |\n")
    entry = doc.categories[0].entries[0]
    assert (entry.description, entry.action) == ('*/ \nx "q" &amp; \U0001f600 \ufffd', "<b>")
    # In the hostile page's outputs the decoded text arrives exactly, escaped once per language.
    hostile = next(ex for ex in built.examples if ex.key == "hostile")
    texts = {e.code: e.description for _, e in hostile.doc.entries()}
    assert texts[-7] == '*/ then \na newline entity and "quoted" and &'
    assert "&#42;" not in hostile.python + hostile.typescript + hostile.go
    assert '"*/ then \\na newline entity and \\"quoted\\" and &"' in hostile.typescript
    assert roundtrip.python_report(built) == ""


@pytest.mark.parametrize(
    "header, row, expected",
    [
        ("| Action | Description | Error Code |", "| do | says | -7 |", (-7, None, "says", "do")),
        ("| 错误码 | 说明 | 处理措施 |", "| -7 | 说明文字 | 处理 |", (-7, None, "说明文字", "处理")),
        ("| **Error Code** | HTTP Status Code | Error Message | Description | Solution |",
         "| -7 | 400 | InvalidArg | says | do |", (-7, "InvalidArg", "says", "do")),
        ("| Errno | Error Message |", "| 7 | only a message |", (7, None, "only a message", None)),
        ("| Code | Meaning | Suggestion |", "| 7 | m | s |", (7, None, "m", "s")),
    ],
)  # fmt: skip
def test_07_columns_are_found_by_meaning(header: str, row: str, expected: tuple[object, ...]) -> None:
    width = header.count("|") - 1
    doc = parsed(f"### X\n\n{header}\n{'|-' * width}|\n{row}\n")
    assert not doc.has_errors, doc.diagnostics
    e = doc.categories[0].entries[0]
    assert (e.code, e.upstream_name, e.description, e.action) == expected


def test_07_a_missing_column_is_a_clear_error() -> None:
    doc = parsed("### X\n\n| Error Code | Action |\n|-|-|\n| -7 | do |\n")
    assert found(doc) == [(3, 1, "error")] and "no Description column" in doc.diagnostics[0].message
    assert "(columns: Error Code, Action)" in doc.diagnostics[0].message
    doc = parsed("### X\n\n| Description | Action |\n|-|-|\n| says | do |\n")  # no code column: not an error table
    assert found(doc) == [(3, 1, "info")] and "not an error table (columns: Description, Action)" in doc.diagnostics[0].message


@pytest.mark.parametrize("first, second", [("-1", "-1"), ("-1", "\u22121"), ("+2", "2"), ("007", "7")])
def test_08_the_same_code_twice_is_one_code_of_two_variants(first: str, second: str, tmp_path: Path) -> None:
    doc = parsed(TABLE + f"| {first} | a | b |\n| {second} | c | d |\n")
    code = int(first)
    told = f"t.md:5:1: warning: code {code} is on 2 rows of 'Download errors' (lines 5, 6): one code with 2 variants, told apart by 'Description'"
    assert [d.format() for d in doc.diagnostics] == [told]
    assert [(e.code, e.variant) for e in doc.categories[0].entries] == [(code, ("Description", "a")), (code, ("Description", "c"))]
    # In two categories the same code is fine (-3006 is both a download and a preview code).
    assert not parsed(TABLE + f"| {first} | a | b |\n\n### Other errors\n\n" + HEADER_ROWS + f"| {second} | c | d |\n").has_errors
    if first == "-1":  # one member (IntEnum would make a second one an alias), its two rows its variants
        proj = project(tmp_path, TABLE + f"| {first} | a | b |\n| {second} | c | d |\n", single=True)
        result = run(proj, "generate")
        assert result.returncode == 0 and "2 variants" in result.stderr
        module = (proj / "generated" / "python" / "ci-error-codes" / "ci_error_codes" / "__init__.py").read_text(encoding="utf-8")
        assert len(re.findall(r"^    [A-Z0-9_]+ = -1$", module, re.MULTILINE)) == 1
        assert module.count("Variant(\n            code=-1,") == 2


def rows_page(rows: int, pad: int) -> bytes:
    """A page of `rows` rows (about `pad` + 90 bytes each), one category."""
    filler = "x" * pad
    body = "".join(f"| -{i} | The image file {i} is invalid. {filler} | Check the [file](https://example.com/{i}). |\n" for i in range(1, rows + 1))
    return (TABLE + body).encode()


def timed(data: bytes) -> tuple[float, Document | InputError]:
    start = time.perf_counter()
    try:
        result: Document | InputError = parse_bytes(data, "big.md")
    except InputError as exc:
        result = exc
    return time.perf_counter() - start, result


BOUND = 60.0  # seconds: generous, so that a slow CI machine does not fail; typical times are printed


def test_09_a_100000_row_20_mb_page_is_accepted() -> None:
    data = rows_page(100_000, 110)
    assert 19_000_000 < len(data) < 21_000_000
    elapsed, doc = timed(data)
    print(f"parse of a {len(data) / 1e6:.1f} MB, 100 000-row page: {elapsed:.1f} s")
    assert isinstance(doc, Document) and not doc.diagnostics
    assert len(doc.entries()) == 100_000 and doc.entries()[-1][1].line == 100_004
    assert elapsed < BOUND


PATHOLOGICAL = {
    # name: (bytes, expected: a substring of the InputError, or None when a model is expected)
    "5 MB on one line": (b"word " * 1_000_000, "the limit is 1000000"),
    "x| repeated on one line": (b"x|" * 2_500_000, "the limit is 1000000"),
    "x| repeated, 300 000 lines": (b"x|\n" * 300_000, "text with markup is"),
    "x| after a table, 5 MB": (TABLE.encode() + b"x|\n" * 1_700_000, "lines; the limit is 500000"),
    "5 MB of plain paragraphs": ((b"word " * 20 + b"\n\n") * 50_000, None),
    "5 MB of table rows": (rows_page(43_000, 30), None),
    "5 MB of one markup paragraph": ((b"![[]()" * 10 + b"\n") * 80_000, "the limit is 100000"),
    "a paragraph of 200 000 '[' lines": (b"[\n" * 200_000, "text with markup is"),
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_09_pathological_sizes_finish_in_bounded_time_or_stop_clearly(name: str) -> None:
    data, error = PATHOLOGICAL[name]
    elapsed, result = timed(data)
    print(f"{name}: {len(data) / 1e6:.1f} MB in {elapsed:.1f} s: {result if error else 'a model'}")
    assert elapsed < BOUND
    if error is None:
        assert isinstance(result, Document) and not result.has_errors
    else:
        assert isinstance(result, InputError) and error in str(result) and str(result).startswith("big.md:")


def test_09_markdown_its_cell_limit_is_an_error_not_a_silent_truncation() -> None:
    # Rows without a leading pipe and with one cell missing: past 65 536 missing cells in all,
    # markdown-it ends the table and the rest would become a paragraph.
    rows = 70_000
    text = TABLE + "".join(f"-{i} | d\n" for i in range(1, rows + 1))
    doc = parsed(text)
    cut = [d for d in doc.diagnostics if d.severity == "error"]
    assert len(doc.entries()) == 65_536
    assert [d.format() for d in cut] == [
        "t.md:65541:1: error: the table that starts at line 3 ends here: its rows lack more than 65536 cells "
        "in all (markdown-it's limit); fill in the cells"
    ]


def test_09_every_limit_is_a_located_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InputError, match=r"^big.md:1:1: error: input is \d+ bytes; the limit is 67108864$"):
        parse_bytes(b"x" * (parse.MAX_BYTES + 1), "big.md")
    with pytest.raises(InputError, match="^t.md:6:1: error: line has more than 1000 '|' characters$"):
        parse_text(TABLE + "| -1 | a | b |\n" + "|" * 1001 + "\n", "t.md")
    monkeypatch.setattr(parse, "MAX_ROWS", 100)
    with pytest.raises(InputError, match="^t.md:105:1: error: more than 100 table rows$"):
        parse_text(TABLE + "".join(f"| -{i} | a | b |\n" for i in range(1, 200)), "t.md")
    monkeypatch.setattr(parse, "MAX_MARKUP_CHARS", 1000)
    with pytest.raises(InputError, match="characters of text with markup"):
        parse_text(TABLE + "".join(f"| -{i} | *a* {'x' * 50} | b |\n" for i in range(1, 50)), "t.md")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(), st.text().map(str.encode), markdownish.map(str.encode)))
def test_10_random_text_gives_a_model_or_a_located_input_error(data: bytes) -> None:
    """tests/test_property.py runs the same check (`check_parse`) with more examples and real-page mutations."""
    check_parse(data)


@pytest.mark.parametrize(
    "data",
    [b"", b"\xef\xbb\xbf", b"\r", b"\x00", b"\xff", b"|", b"|\n|-|", b"| a |\n|-|\n|\xed\xa0\x80|", b"\n" * 5 + b"\xc3",
     b"# \x00\n| Error Code | Description |\n|-|-|\n| 1 | \x00 |", b"| Error Code | Description |\n|-|-|\n" + b"|" * 999],
)  # fmt: skip
def test_10_odd_bytes_give_a_model_or_a_located_input_error(data: bytes) -> None:
    check_parse(data)


# =======================================================================================
# Names

NAMES_PAGE = """\
### Type errors

| Error Code | Error Message | Description |
| --- | --- | --- |
| -1 | None | None |
| -2 | class | class |
| -3 | mro | Method resolution |
| -4 | _missing_ | Missing |
| -5 | __init__ | Init |
| -6 | name | value |
| -7 | __proto__ | Proto |
| -8 | constructor | Constructor |
| -9 | Error | Error |
| -10 | 123abc | Starts with a digit |
| -11 | !!! | !!! |
| -12 |  | 文件不存在 |
| -13 | ﬁleMissing | ligature |
| -14 | FileMissing | plain |
| -15 | ǅemo | title-case first letter |
| -16 | 文件 | CJK first letter |
| -17 | func | func |
| -18 | string | string |
| -19 | nil | nil |
| -20 | iota | iota |
| -21 | toString | toString |
| -22 | hasOwnProperty | hasOwnProperty |

### Attribute errors

| Error Code | Description | Action |
| --- | --- | --- |
| -1 | default | - |

### 文件预览

| Error Code | Description | Action |
| --- | --- | --- |
| -1 | CJK heading | - |

### ǅ range

| Error Code | Description | Action |
| --- | --- | --- |
| -1 | Title-case heading | - |

###

| Error Code | Description | Action |
| --- | --- | --- |
| -1 | An empty heading | - |
"""


@pytest.fixture(scope="module")
def names_doc() -> Document:
    doc = assign_names(parse_text(NAMES_PAGE, "names.md"), types=TYPES)
    assert not doc.has_errors, doc.diagnostics
    return doc


UPPER_SNAKE = re.compile(r"[A-Z][A-Z0-9]*(_[A-Z0-9]+)*")


def test_11_python_keywords_and_enum_reserved_names_become_valid_members(
    names_doc: Document, built: roundtrip.Run, tmp_path: Path
) -> None:
    import keyword

    names = {e.code: e.name for e in names_doc.categories[0].entries}
    assert (names[-1], names[-6]) == ("NONE_ERROR", "NAME_ERROR")
    for name in names.values():
        assert UPPER_SNAKE.fullmatch(name) and not keyword.iskeyword(name) and name not in TYPES.reserved, name
        assert not name.startswith("_") and sanitize(name, 0, TYPES.reserved) == name
    assert {names[-2], names[-3], names[-4], names[-5]} == {"CLASS", "MRO_ERROR", "MISSING", "INIT"}
    # The Python module loads and reads every one of them back (the enum did not refuse or alias any).
    assert roundtrip.python_report(built) == ""
    # A names file may not pin what Python would refuse or treat specially.
    for bad in ("None", "class", "mro", "_missing_", "__init__", "MRO", "lower"):
        record = NamesFile.from_model(names_doc, types=TYPES).dumps().replace('name = "CLASS"', f"name = {json.dumps(bad)}")
        with pytest.raises(NamesError, match=r"codes\.-2\.name"):
            NamesFile.load(names_file(tmp_path, record), types=TYPES)


def test_12_names_equal_after_nfkc_collide(names_doc: Document) -> None:
    names = {e.code: e.name for e in names_doc.categories[0].entries}
    assert collision_key("\ufb01le") == collision_key("file") == collision_key("FILE")
    assert (names[-13], names[-14]) == ("FILE_MISSING_13", "FILE_MISSING_14")  # both get their code
    doc = assign_names(parsed(TABLE + "| -1 | ﬁle missing | - |\n| -2 | file missing | - |\n| -3 | ＦＩＬＥ missing | - |\n"), types=TYPES)
    assert [e.name for _, e in doc.entries()] == ["FILE_MISSING_1", "FILE_MISSING_2", "FILE_MISSING_3"]
    # Pinned names that collide after NFKC and case folding are an error naming both codes.
    pinned = assign_names(parsed(TABLE + "| -1 | a | - |\n| -2 | b | - |\n"), {("download", -1): "FILE", ("download", -2): "FILE"}, types=TYPES)
    assert [d.message for d in pinned.diagnostics] == ["name FILE of code -2 collides with code -1 (line 5)"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=12), st.text(max_size=12)), min_size=1, max_size=8), st.randoms(use_true_random=False))
def test_13_every_name_is_deterministic_and_valid(rows: list[tuple[str, str]], rng: Any) -> None:
    """Whatever the texts (digits first, empty, only punctuation, NFKC twins): valid, unique, order-free."""
    table = "| Error Code | Error Message | Description |\n| --- | --- | --- |\n"
    lines = [f"| -{i} | {cell(m)} | {cell(d)} |\n" for i, (m, d) in enumerate(rows, 1)]
    doc = assign_names(parsed("### X\n\n" + table + "".join(lines)), types=TYPES)
    shuffled = lines[:]
    rng.shuffle(shuffled)
    again = assign_names(parsed("### X\n\n" + table + "".join(shuffled)), types=TYPES)
    names = {e.code: e.name for _, e in doc.entries()}
    assert names == {e.code: e.name for _, e in again.entries()}
    assert not doc.has_errors
    for name in names.values():
        assert UPPER_SNAKE.fullmatch(name) and len(name) <= 40 and sanitize(name, 0) == name, name
    assert len({collision_key(n) for n in names.values()}) == len(names)


def test_13_digits_first_empty_and_punctuation_only(names_doc: Document) -> None:
    names = {e.code: e.name for e in names_doc.categories[0].entries}
    assert (names[-10], names[-11], names[-12]) == ("E_123_ABC", "CODE_N11", "CODE_N12")
    assert [c.name for c in names_doc.categories][2] == "Category3Error"  # a CJK heading


def test_13_names_given_codes_stay_valid_and_distinct(tmp_path: Path) -> None:
    # A name with its code can meet another derived name; a cut long name must not end in '_'.
    doc = assign_names(parsed(TABLE + "| -1 | File | - |\n| -2 | File | - |\n| -3 | File 1 | - |\n"), types=TYPES)
    assert [e.name for _, e in doc.entries()] == ["FILE_1", "FILE_2", "FILE_1_3"] and not doc.has_errors
    long = "a" * 37 + " bb"
    doc = assign_names(parsed(TABLE + f"| -1 | {long} | - |\n| -2 | {long} | - |\n"), types=TYPES)
    assert [e.name for _, e in doc.entries()] == ["A" * 37 + "_1", "A" * 37 + "_2"]
    NamesFile.load(names_file(tmp_path, NamesFile.from_model(doc, types=TYPES).dumps()), types=TYPES)  # the names file reads its own names back


def test_14_go_names_are_exported_and_never_keywords(names_doc: Document, built: roundtrip.Run) -> None:
    exported = re.compile(r"[A-Z][A-Za-z0-9]*")
    # The constants as the generated source declares them: one per entry, each exported.
    consts = go_consts(example(built, "names").go)
    assert len(consts) == len(list(names_doc.entries()))
    for (type_name, _), name in consts.items():
        assert exported.fullmatch(type_name), type_name
        assert exported.fullmatch(name) and name.isascii(), name
    # A category named like a built-in error type takes the set's own product's words in front.
    own = naming.product_prefix(names_doc.product.short)
    assert own and "Ci" not in own
    assert [c.name for c in names_doc.categories] == [f"{own}TypeError", f"{own}AttributeError", "Category3Error", "DRangeError", "Category5Error"]
    assert {e.name for e in names_doc.categories[0].entries} >= {"FUNC", "STRING", "NIL", "IOTA", "ERROR_ERROR"}
    assert roundtrip.go_report(built) == ""  # gofmt, go vet and go test accept it and read it back


def test_14_java_compiles_and_reads_back_hostile_text_and_names(hostile_doc: Document, built: roundtrip.Run) -> None:
    # javac --release 11 -Xlint:all -Xdoclint:all/protected -Werror accepts both pages, ReadBack
    # reads back every text exactly, and no comment holds a backslash (Java reads `\\u` there).
    assert roundtrip.java_report(built) == ""
    hostile = example(built, "hostile")
    assert "\\u0041" in hostile.doc.categories[0].entries[1].action  # a literal backslash-u in the page
    header = next(t for rel, t in hostile.files.items() if rel.endswith(f"/{hostile.doc.product.short}Errors.java")).split("\n")[0]
    assert header.startswith("// Code generated by errcodegen from ") and "\uff3c" in header  # the file name's backslash


def test_15_typescript_reserved_words_and_prototype_keys(names_doc: Document, built: roundtrip.Run) -> None:
    names = {e.code: e.name for e in names_doc.categories[0].entries}
    assert (names[-7], names[-8], names[-21], names[-22]) == ("PROTO", "CONSTRUCTOR", "TO_STRING", "HAS_OWN_PROPERTY")
    # tsc --strict passes; lookup("__proto__"), lookup("constructor"), ... find nothing (a Map, not an object).
    assert roundtrip.typescript_report(built) == ""
    for ex in built.examples:
        assert built.typescript["readback"][ex.key]["weird"] == [[], [], [], []]
        assert "TypeError" not in built.typescript["readback"][ex.key]["exports"]  # no global shadowed
    doc = replace(names_doc, categories=(replace(names_doc.categories[0], entries=(replace(names_doc.categories[0].entries[0], name="__proto__"),)),))
    with pytest.raises(ValueError):
        render_all(doc)


@pytest.mark.parametrize(
    "files", [{"A.txt": "1\n", "a.txt": "2\n"}, {"\ufb01le.txt": "1\n", "FILE.txt": "2\n"}, {"d/x.txt": "1\n", "D/x.txt": "2\n"}]
)
def test_16_names_that_collide_on_a_case_insensitive_disk_are_refused(files: dict[str, str], tmp_path: Path) -> None:
    """tests/test_write.py has the first case; NFKC twins and folders collide too."""
    with pytest.raises(WriteError, match="case-insensitive"):
        write_tree(tmp_path, files)
    assert list(tmp_path.iterdir()) == []
    # The entry names of one category never differ only in case (or NFKC) either.
    doc = assign_names(parsed(TABLE + "| -1 | Image | - |\n| -2 | IMAGE | - |\n| -3 | ｉｍａｇｅ | - |\n"), types=TYPES)
    assert [e.name for _, e in doc.entries()] == ["IMAGE_1", "IMAGE_2", "IMAGE_3"]


@pytest.mark.parametrize("where", ["title", "description", "action", "message"])
def test_17_bidi_and_zero_width_characters_are_removed_with_a_diagnostic(where: str) -> None:
    evil = "in\u202evalid\u200b\u2066x\u2069\u200d\ufeff\u061c"
    text = {
        "title": f"### Down{evil} errors\n\n| Error Code | Description | Action |\n| --- | --- | --- |\n| -1 | d | a |\n",
        "description": TABLE + f"| -1 | {evil} | a |\n",
        "action": TABLE + f"| -1 | d | {evil} |\n",
        "message": "### X\n\n| Error Code | Error Message | Description |\n|-|-|-|\n" + f"| -1 | {evil}Arg | d |\n",
    }[where]
    doc = assign_names(parsed(text), types=TYPES)
    c, e = doc.categories[0], doc.categories[0].entries[0]
    value = {"title": c.title, "description": e.description, "action": e.action, "message": e.upstream_name}[where]
    assert value in ("Downinvalidx errors", "invalidx", "invalidxArg")
    line = 1 if where == "title" else 5
    assert [(d.line, d.severity) for d in doc.diagnostics] == [(line, "warning")]
    assert "bidirectional or zero-width" in doc.diagnostics[0].message
    for text_out in render_all(doc).values():
        assert not parse.INVISIBLE.search(text_out)


# =======================================================================================
# Rendering, per language: one run of every toolchain over the two pages

HOSTILE_PAGE = """\
>? A tip with */ and {{ 7*7 }} and a line&#10;break.

### Hostile "text" */ {{ 7&#42;7 }} &#10;import os&#13;x = 1&#x2028;y = 2\x85z

| Error Code | Description | Action |
| --- | --- | --- |
| -1 | Triple \"\"\" and ''' inside | ends with a quote " |
| -2 | ends with a backslash \\\\ | \\N{BULLET} and \\N{LATIN SMALL LETTER A} and \\u0041 and \\x00 |
| -3 | */ func init(){} /* | &#10;func init() {}&#10; |
| -4 | go:generate rm -rf / | x&#10;//go:generate rm -rf /&#10;//line evil.go:1&#10;/*line x.go:1*/ |
| -5 | line&#8232;separator &#8233;paragraph &#x85;next, CR&#13;here, CRLF&#13;&#10; | &#96; backtick &#96;${x}&#96; and ${y} |
| -6 | {{ 7*7 }} and {% raw %} and {# c #} and {%- endraw %} | &quot;; export const pwned = 1; &quot; |
| -7 | &#42;&#47; then &#10;a newline entity and &quot;quoted&quot; and &amp; | @deprecated @ts-nocheck </script> |
| -8 | NUL &#0; and &#xD800; and astral &#x1F600; and tag &#xE0001; and private &#xF0000; | \x1b[31m red \x7f del \x0c form feed |
| -9 | Deprecated: no. // +build ignore, '' and &#96;&#96; quotes | # type: ignore |
| -10 | *emph* and `code \\| pipe` and [link](https://example.com/a) | a\u2028b |
| -11 | trailing backslash \\ | '' and `` quotes |
| -12 | an empty action cell (null, as Go cannot tell it from "") |  |
| Other | fallback with &#10;newline and */ and \"\"\" and '' and &#96;&#96; (gofmt's curly quotes) | - |

Note: a paragraph with &#0; and */ and `code`.
"""


@pytest.fixture(scope="module")
def hostile_doc() -> Document:
    doc = assign_names(parse_bytes(HOSTILE_PAGE.encode(), "docs/evil\u2028\n//go:generate x\r*\\.md"), types=TYPES)
    assert not doc.has_errors, doc.diagnostics
    return doc


@pytest.fixture(scope="module")
def built(hostile_doc: Document, names_doc: Document, tmp_path_factory: pytest.TempPathFactory) -> roundtrip.Run:
    """The hostile and the names pages through Python, tsc + node, gofmt + go vet + go test, at once."""
    examples = [roundtrip.render_example("hostile", hostile_doc, HOSTILE_PAGE), roundtrip.render_example("names", names_doc, NAMES_PAGE)]
    return roundtrip.run_all(examples, tmp_path_factory.mktemp("adversarial"))


def example(run: roundtrip.Run, key: str) -> roundtrip.Example:
    return next(ex for ex in run.examples if ex.key == key)


def test_18_python_triple_quotes_trailing_quote_backslash_and_n_escape(hostile_doc: Document, built: roundtrip.Run) -> None:
    texts = {e.code: (e.description, e.action) for _, e in hostile_doc.entries()}
    assert texts[-1] == ("Triple \"\"\" and ''' inside", 'ends with a quote "')
    assert texts[-2] == ("ends with a backslash \\", "\\N{BULLET} and \\N{LATIN SMALL LETTER A} and \\u0041 and \\x00")
    assert texts[-11][0] == "trailing backslash \\"
    source = example(built, "hostile").python
    compile(source, "hostile.py", "exec", dont_inherit=True)
    assert roundtrip.python_report(built) == ""  # imported, read back exactly, black leaves it unchanged


def test_19_python_comments_never_start_a_line_of_code(hostile_doc: Document, built: roundtrip.Run) -> None:
    title = hostile_doc.categories[0].title
    assert "\nimport os\rx = 1\u2028y = 2\x85z" in title
    source = example(built, "hostile").python
    assert not set(source) & set("\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
    comments = [t.string for t in tokenize.generate_tokens(io.StringIO(source).readline) if t.type == tokenize.COMMENT]
    assert '# Hostile "text" */ {{ 7*7 }} import os x = 1 y = 2 z' in comments
    names = roundtrip.top_level_names(source)
    assert "os" not in names and "x" not in names and not any(n.startswith("<") for n in names)
    # Every line that is not inside a string is either a comment or code the template wrote.
    for line in source.split("\n"):
        assert not re.match(r"\s*(import os|x = 1|y = 2|z\b)", line), line


def test_20_go_declarations_are_exactly_the_expected_ones_and_no_directive(built: roundtrip.Run) -> None:
    source = example(built, "hostile").go
    assert not DIRECTIVE.search(source)
    for line in source.split("\n"):
        assert not line.lstrip().startswith(("func init", "go:generate", "//go:", "// +build")), line
    assert roundtrip.go_report(built) == ""  # declarations equal test_go.expected_decls, one-line doc comments


def test_21_typescript_compiles_and_exports_exactly_the_expected_names(built: roundtrip.Run) -> None:
    source = example(built, "hostile").typescript
    assert not set(source) & set("\r\u2028\u2029\x85\ufeff\u202e")
    assert "export const pwned" not in source.replace('\\"; export const pwned = 1; \\"', "")
    assert roundtrip.typescript_report(built) == ""  # tsc --strict (ESM and CommonJS), Node reads back


def test_21_rust_literals_and_doc_comments_hold_hostile_text(built: roundtrip.Run) -> None:
    source = example(built, "hostile").rust
    # rustc refuses a bare CR and denies bidirectional controls in literals and comments
    assert not set(source) & set("\r\u2028\u2029\x85\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    fixed = set(example(built, roundtrip.EMPTY).rust.split("\n"))
    for line in source.split("\n"):
        # upstream text in a comment follows a fixed prefix: it never starts a line of markdown
        # (a fence would make a doctest; a list, heading, quote or indented code), nor a `//!`
        assert not re.match(r"\s*//[/!]? ?(```|~~~|[-*+] |\d+[.)] |#|>|    |\t)", line), line
        assert not line.lstrip().startswith(("//!", "#!", "unsafe")) or line in fixed, line
    assert roundtrip.rust_report(built) == ""  # cargo fmt --check, clippy -D warnings, a consumer reads it back


def test_22_json_and_schema_survive_lone_surrogates_and_control_characters(hostile_doc: Document) -> None:
    nasty = "lone \ud800 and \udfff, NUL \x00, ESC \x1b, DEL \x7f, \u2028\u2029, \x85 and \\ \" end"
    cat = hostile_doc.categories[0]
    doc = replace(
        hostile_doc,
        categories=(replace(cat, title=nasty, fallback=nasty, entries=tuple(replace(e, description=nasty, action=nasty) for e in cat.entries)),),
    )
    files = {**render(schema, doc, {}), **render(json_model, doc, {})}
    validate(files)
    for path, text in files.items():
        text.encode("utf-8")  # every lone surrogate is escaped, not raw
        assert not re.search("[\x00-\x09\x0b-\x1f\u2028\u2029\ud800-\udfff]", text), path
        data = json.loads(text)
        if path.startswith("json/"):
            assert data["product"] == {"name": doc.product.name, "short": doc.product.short}
            assert {k: v for k, v in data.items() if k not in ("$comment", "product")} == to_json(doc)
        else:
            jsonschema.Draft202012Validator.check_schema(data)
            ex = roundtrip.Example("x", doc, {"schema/x.schema.json": text})
            assert roundtrip.check_schema(ex) == []


def test_23_every_target_reads_back_exactly_with_no_extra_symbol(built: roundtrip.Run) -> None:
    for ex in built.examples:
        assert roundtrip.check_schema(ex) + roundtrip.check_json(ex) == [], ex.key
    assert roundtrip.python_report(built) == ""
    assert roundtrip.typescript_report(built) == ""
    assert roundtrip.go_report(built) == ""
    assert roundtrip.rust_report(built) == ""


def test_24_template_syntax_in_text_is_emitted_literally(hostile_doc: Document, built: roundtrip.Run) -> None:
    texts = {e.code: e.description for _, e in hostile_doc.entries()}
    assert texts[-6] == "{{ 7*7 }} and {% raw %} and {# c #} and {%- endraw %}"
    ex = example(built, "hostile")
    for text in (ex.python, ex.typescript, ex.go, ex.rust, ex.files["schema/hostile.schema.json"], ex.files["json/hostile.json"]):
        assert "{{ 7*7 }} and {% raw %} and {# c #} and {%- endraw %}" in text
    # ... and every output reads it back as that text (test_23), never as 49.
    assert roundtrip.python_report(built) == ""


# =======================================================================================
# Writing files

HOSTILE_PROJECT_PAGE = HOSTILE_PAGE.replace("### Hostile", "### Download errors\n\n| Error Code | Description | Action |\n| --- | --- | --- |\n| -103 | x | - |\n\n### Hostile")


def test_25_output_is_byte_identical_across_hash_seeds_locales_and_time_zones(tmp_path: Path) -> None:
    """tests/test_write.py checks the real page; this one a hostile page (non-ASCII, sets, names file)."""
    trees = []
    combos = [("0", "C", "Etc/GMT+12"), ("12345", "C.UTF-8", "Etc/GMT-14"), ("random", "POSIX", "Asia/Shanghai")]
    for i, (seed, lang, tz) in enumerate(combos):
        proj = project(folder(tmp_path, str(i)), HOSTILE_PROJECT_PAGE, single=True)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": seed, "LANG": lang, "LC_ALL": lang, "TZ": tz}
        result = subprocess.run([sys.executable, "-m", "errcodegen", "generate"], cwd=proj, env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        trees.append({**snapshot(proj / "generated"), "names.toml": (proj / "source_docs" / "names.toml").read_bytes()})
        if i == 0:
            time.sleep(1.1)  # a timestamp with seconds would now differ too
    assert trees[0] == trees[1] == trees[2]
    today = {time.strftime("%Y-%m-%d"), time.strftime("%Y/%m/%d")}
    for rel, data in trees[0].items():
        text = data.decode("utf-8")  # UTF-8
        assert "\r" not in text and not text.startswith("\ufeff"), rel
        assert text == "" or text.endswith("\n"), rel
        assert not any(day in text for day in today), rel


@pytest.fixture()
def generated_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict[str, bytes], bytes]:
    proj = project(tmp_path, single=True)
    monkeypatch.chdir(proj)
    assert cli.main(["generate"]) == 0
    page = proj / "source_docs" / "ci-error-codes.en.md"
    page.write_text(page.read_text(encoding="utf-8").replace("Invalid request.", "Changed request."), encoding="utf-8")
    return proj, snapshot(proj / "generated"), (proj / "source_docs" / "names.toml").read_bytes()


def unchanged(proj: Path, before: dict[str, bytes], names: bytes) -> None:
    assert snapshot(proj / "generated") == before
    assert (proj / "source_docs" / "names.toml").read_bytes() == names
    assert temporaries(proj / "generated") == [] and temporaries(proj / "source_docs") == []


def test_26_a_refusal_while_a_file_is_streamed_is_one_line_and_changes_nothing(
    generated_project: tuple[Path, dict[str, bytes], bytes], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A large output is made while it is written (content.Lazy): an escaper refusing its text
    # half-way through is then raised inside the writer, and must still be one line, status 2.
    from errcodegen.content import Lazy

    proj, before, names = generated_project
    real = TARGETS["python"].render

    def refuse(write: Any) -> None:
        write("partial text\n")
        raise ValueError("not a link a page may hold: 'x'")

    monkeypatch.setattr(TARGETS["python"], "render", lambda view, options, renderer: {k: Lazy(refuse) for k in real(view, options, renderer)})
    assert cli.main(["generate"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("errcodegen: python/") and "cannot render: not a link a page may hold" in err[-1], err
    assert not any("Traceback" in line for line in err)
    unchanged(proj, before, names)


@pytest.mark.parametrize("error", [ValueError, RuntimeError])
def test_26_a_failure_rendering_the_third_file_changes_nothing(
    generated_project: tuple[Path, dict[str, bytes], bytes], monkeypatch: pytest.MonkeyPatch, error: type[Exception]
) -> None:
    proj, before, names = generated_project
    third = list(TARGETS)[2]

    def failing(view: object, options: dict[str, object], renderer: object) -> dict[str, str]:
        raise error("injected failure while rendering")

    monkeypatch.setattr(TARGETS[third], "render", failing)
    if error is ValueError:  # a target's refusal: exit 2, one line
        assert cli.main(["generate"]) == 2
    else:  # a bug: it propagates, after nothing was written
        with pytest.raises(RuntimeError):
            cli.main(["generate"])
    unchanged(proj, before, names)


def test_26_a_failure_writing_the_third_file_changes_nothing(
    generated_project: tuple[Path, dict[str, bytes], bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    """tests/test_write.py injects failures into write_tree; here through `generate`, and into validation."""
    proj, before, names = generated_project
    monkeypatch.setenv("ERRCODEGEN_FAULT", "fail-rename:3")
    assert cli.main(["generate"]) == 2
    unchanged(proj, before, names)
    monkeypatch.delenv("ERRCODEGEN_FAULT")
    real = TARGETS["python"].render
    monkeypatch.setattr(TARGETS["python"], "render", lambda view, options, renderer: {k: text(v) + "def (:\n" for k, v in real(view, options, renderer).items()})
    assert cli.main(["generate"]) == 2  # the broken module is caught by validation, before any write
    unchanged(proj, before, names)


@pytest.mark.parametrize(
    "table, key, value",
    [
        ("python", "package", "../../evil"),
        ("python", "package", "/tmp/evil"),
        ("typescript", "file", "../x.ts"),
        ("schema", "file", "a/../../x.json"),
        ("json", "file", "/etc/passwd"),
        ("go", "dir", "../outside"),
    ],
)
def test_27_output_names_outside_the_folder_are_refused(tmp_path: Path, table: str, key: str, value: str) -> None:
    proj = project(folder(tmp_path, "p"), single=True)
    with (proj / "pyproject.toml").open("a", encoding="utf-8") as handle:
        handle.write(f"\n[tool.errcodegen.{table}]\n{key} = {json.dumps(value)}\n")
    before = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if "source_docs" not in p.parts)
    result = run(proj, "generate")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and result.stderr.strip().splitlines()[-1].startswith("errcodegen: ")
    after = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if "source_docs" not in p.parts)
    assert after == before  # nothing written anywhere, inside or outside
    assert not Path("/tmp/evil").exists()


def test_27_symlinks_inside_the_output_folder_are_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    proj = project(folder(tmp_path, "p"), single=True)
    (proj / "generated").mkdir()
    (proj / "generated" / "go").symlink_to(outside, target_is_directory=True)
    result = run(proj, "generate")
    assert result.returncode == 2 and "symlink" in result.stderr
    assert list(outside.iterdir()) == []
    (proj / "generated" / "go").unlink()
    (proj / "generated").rmdir()
    (proj / "generated").symlink_to(outside, target_is_directory=True)
    result = run(proj, "generate")
    assert result.returncode == 2 and "symlink" in result.stderr
    assert list(outside.iterdir()) == []
