"""The parser on the real page (exact figures) and on the irregular and malformed inputs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from errcodegen.model import Document
from errcodegen.parse import InputError, decode, parse_bytes, parse_text, read_page

from .conftest import ROOT, SOURCE


@pytest.fixture(scope="module")
def page() -> Document:
    return read_page(SOURCE, "ci-error-codes.en.md")


def test_categories_in_document_order(page: Document) -> None:
    assert [c.id for c in page.categories] == [
        "download",
        "persistence_processing",
        "file_preview",
        "content_moderation",
        "media_processing",
    ]
    assert [c.title for c in page.categories][0] == "Download errors"


def test_entry_and_code_counts(page: Document) -> None:
    entries = page.entries()
    assert len(entries) == 104
    assert len({e.code for _, e in entries}) == 100
    both = {e.code for c, e in entries if c.id == "download"} & {e.code for c, e in entries if c.id == "file_preview"}
    assert both == {-3006, -3008, -3011, -3015}
    texts = {(c.id, e.code): e.description for c, e in entries}
    assert texts[("download", -3006)] != texts[("file_preview", -3006)]


def test_other_row_is_the_fallback_not_an_entry(page: Document) -> None:
    moderation = page.categories[3]
    assert moderation.fallback == "Internal error"
    assert all(e.description != "Internal error" for e in moderation.entries)
    assert [c.fallback for c in page.categories].count(None) == 4


def test_media_processing_keeps_symbolic_names(page: Document) -> None:
    media = {e.code: e for e in page.categories[4].entries}
    assert media[1015].upstream_name == "InvalidArgument"
    assert media[1015].description == "Invalid argument"
    assert media[1019].upstream_name == "SecretidNotExist"
    assert media[1015].action is None


def test_dash_action_is_null_and_text_is_kept(page: Document) -> None:
    download = {e.code: e for e in page.categories[0].entries}
    assert download[-110].action is None
    assert download[-103].action == "Check the content of the request."
    assert download[-103].line == 14


def test_links_are_kept_as_text_and_targets(page: Document) -> None:
    download = {e.code: e for e in page.categories[0].entries}
    entry = download[-164]
    assert entry.action == "Reduce the request frequency, or submit a ticket to contact us."
    assert [(k.text, k.url, k.field) for k in entry.links] == [
        ("submit a ticket", "https://console.cloud.tencent.com/workorder/category", "action")
    ]


def test_note_block_is_kept(page: Document) -> None:
    tips = [n for n in page.notes if n.kind == "tip"]
    assert len(tips) == 1
    assert tips[0].text.startswith("For other download error codes that are passed through from COS")
    assert tips[0].links[0].url == "https://www.tencentcloud.com/document/product/436/7730"
    assert tips[0].line == 5


def test_irregular_rows_are_warnings_with_their_lines(page: Document) -> None:
    found = [(d.line, d.severity) for d in page.diagnostics]
    assert found == [(29, "warning"), (58, "warning")]
    download = {e.code: e for e in page.categories[0].entries}
    assert download[-164].line == 29 and download[-46621].line == 58


def test_every_line_of_every_entry_is_its_source_line(page: Document) -> None:
    lines = SOURCE.read_text(encoding="utf-8").split("\n")
    for _, e in page.entries():
        cell = lines[e.line - 1].split("|")[1].strip()
        assert int(cell) == e.code


TABLE = "### Download errors\n\n| Error Code | Description | Action |\n| --- | --- | --- |\n"


def diags(text: str) -> list[tuple[int, str, str]]:
    return [(d.line, d.severity, d.message) for d in parse_text(text, "t.md").diagnostics]


def test_extra_cell_with_content_is_an_error_but_the_row_is_kept() -> None:
    doc = parse_text(TABLE + "| -1 | a | b | EXTRA |\n", "t.md")
    assert [(d.line, d.column, d.severity) for d in doc.diagnostics] == [(5, 15, "error")]
    assert "EXTRA" in doc.diagnostics[0].message
    assert [e.code for _, e in doc.entries()] == [-1]


def test_pipe_in_code_span_splits_the_cell_and_is_reported() -> None:
    found = diags(TABLE + "| -1 | a `x|y` | b |\n")
    assert found[0][:2] == (5, "error")


def test_fewer_cells_empty_and_non_integer_codes() -> None:
    found = diags(TABLE + "| -1 | only description |\n|  | empty code | - |\n| x1 | bad | - |\n| 1.5 | bad | - |\n")
    assert [(line, sev) for line, sev, _ in found] == [(5, "warning"), (6, "error"), (7, "error"), (8, "error")]


def test_plain_line_after_table_is_not_an_entry() -> None:
    doc = parse_text(TABLE + "| -1 | a | b |\nJust a sentence.\n", "t.md")
    assert [e.code for _, e in doc.entries()] == [-1]
    assert [(d.line, d.severity) for d in doc.diagnostics] == [(6, "warning")]


def test_same_code_twice_is_one_code_with_two_variants() -> None:
    doc = parse_text(TABLE + "| -1 | a | b |\n| -1 | c | d |\n", "t.md")
    message = "code -1 is on 2 rows of 'Download errors' (lines 5, 6): one code with 2 variants, told apart by 'Description'"
    assert [(d.line, d.severity, d.message) for d in doc.diagnostics] == [(5, "warning", message)]
    assert [(e.code, e.line, e.variant) for e in doc.categories[0].entries] == [
        (-1, 5, ("Description", "a")),
        (-1, 6, ("Description", "c")),
    ]


def test_a_row_repeated_exactly_is_kept_once_with_a_warning() -> None:
    doc = parse_text(TABLE + "| -1 | a | b |\n| -1 | a | b |\n", "t.md")
    assert [(d.line, d.severity) for d in doc.diagnostics] == [(6, "warning")]
    assert [(e.line, e.variant) for e in doc.categories[0].entries] == [(5, None)]


def test_entities_decode_before_anything_else() -> None:
    doc = parse_text(TABLE + "| -1 | &#42;&#47; &#10; &quot;x&quot; &amp; | - |\n", "t.md")
    assert doc.categories[0].entries[0].description == '*/ \n "x" &'


def test_bom_crlf_and_bare_cr_give_the_same_model() -> None:
    body = TABLE + "| -1 | a | b |\n| -2 | c | - |\n"
    plain = parse_bytes(body.encode(), "t.md")
    for variant in (b"\xef\xbb\xbf" + body.encode(), body.replace("\n", "\r\n").encode(), body.replace("\n", "\r").encode()):
        other = parse_bytes(variant, "t.md")
        assert other.categories == plain.categories
        assert other.diagnostics == plain.diagnostics


def test_columns_found_by_header_text() -> None:
    doc = parse_text("### X\n\n| Action | Description | Error Code |\n|-|-|-|\n| do | says | -7 |\n", "t.md")
    entry = doc.categories[0].entries[0]
    assert (entry.code, entry.description, entry.action) == (-7, "says", "do")


def test_missing_description_column_is_a_clear_error() -> None:
    found = diags("### X\n\n| Error Code | Action |\n|-|-|\n| -7 | do |\n")
    assert found[0][1] == "error" and "no Description column" in found[0][2]


def test_non_error_table_is_skipped_with_info() -> None:
    found = diags("| Node Name | Parent Node |\n|-|-|\n| Error | None |\n")
    assert found[0][1] == "info" and "not an error table" in found[0][2]


def test_invalid_utf8_is_a_located_error() -> None:
    with pytest.raises(InputError) as info:
        decode(b"ok\nbad \xff byte", "t.md")
    assert (info.value.line, info.value.column) == (2, 5)
    assert str(info.value).startswith("t.md:2:5: error: invalid UTF-8")


def test_bidi_controls_are_removed_with_a_warning() -> None:
    doc = parse_text(TABLE + "| -1 | a\u202eb\u200bc | - |\n", "t.md")
    assert doc.categories[0].entries[0].description == "abc"
    assert doc.diagnostics[0].severity == "warning"


def test_the_chinese_and_2020_pages_parse() -> None:
    zh = read_page(ROOT / "source_docs" / "ci-error-codes.zh.md")
    assert [len(c.entries) for c in zh.categories] == [50, 16, 4, 9, 25]
    assert zh.categories[3].fallback == "内部错误"
    old = read_page(ROOT / "source_docs" / "history" / "ci-error-codes.en.2020-01.md")
    assert [c.id for c in old.categories] == ["download", "persistence_processing"]
    assert [d.line for d in old.diagnostics] == [25, 30]


@pytest.mark.parametrize(
    "line",
    ["| a | b |", "a|b", "| a \\| b | c |", "\\\\|x", "|||", "| `a|b` |", "", "\\", "| a\\\\| b |", "x|\\|y|\\\\\\|z"],
)
def test_fast_row_split_matches_markdown_it(line: str) -> None:
    import importlib

    from errcodegen import gfm_table, parse

    original = importlib.import_module("markdown_it.rules_block.table").escapedSplit
    assert gfm_table.escaped_split(line) == original(line)
    cells = [c for c, _ in parse._split_row(line)]
    expected = original(line.strip())
    if expected and expected[0] == "":
        expected.pop(0)
    if expected and expected[-1] == "":
        expected.pop()
    # The raw split keeps the backslash of an escaped pipe (markdown-it drops it): the count matters.
    assert len(cells) == len(expected)


def test_table_rule_gives_the_cells_markdown_it_gives() -> None:
    from markdown_it import MarkdownIt

    from errcodegen import gfm_table, parse

    text = (ROOT / "source_docs" / "ci-error-codes.en.md").read_text(encoding="utf-8")
    text += "\n| Error Code | Description |\n|-|-|\n| 1 \\| a | `x|y` |\n| 2 |\n|3|b|c|d\n\n"
    reference = MarkdownIt("commonmark").enable("table").parse(text)
    theirs: list[tuple[int, list[str]]] = []
    row: list[str] | None = None
    for tok in reference:
        if tok.type == "tr_open":
            row = []
        elif tok.type == "inline" and row is not None:
            row.append(tok.content)
        elif tok.type == "tr_close" and row is not None:
            theirs.append((-1, row))
            row = None
    ours: list[tuple[int, list[str]]] = []
    for tok in parse._MD.parse(text):
        if tok.type == "table_open":
            ours.append((-1, tok.meta["header"]))
            ours.extend((line, gfm_table.row_cells(text, len(tok.meta["header"]))) for line, text in tok.meta["rows"])
    assert [cells for _, cells in ours] == [cells for _, cells in theirs]


SIMPLE_CELLS = [
    "Reduce the request frequency, or [submit a ticket](https://console.cloud.tencent.com/workorder/category) to contact us.",
    "[a](https://x.com) and [b  c](http://y.org/p/q.html?x=1#f) then text",
    "[Specifications and Limits](https://intl.cloud.tencent.com/document/product/1045/33425).",
    "see [x](https://a.b/c:d;e,f+g~h=i)",
    "not simple: ![img](https://a.b/i.png)",
    "not simple: [a](https://Upper.case/) and *em*",
    "[ spaced label ](https://a.b)",
    "[a](https://a.b/(x))",
]


@pytest.mark.parametrize("cell", SIMPLE_CELLS)
def test_simple_link_fast_path_equals_markdown_it(cell: str) -> None:
    from errcodegen import parse

    fast = parse._simple_links(cell, "action")
    slow_links: list = []
    slow = parse._Parser("", "t.md")._markup(cell, "action", slow_links)
    if "not simple" in cell or "(x))" in cell:
        assert fast is None
    else:
        assert fast == (slow, slow_links)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet="ab ()[]:/.-_*!&`~\\\t", max_size=8),
            st.builds(lambda l, u: f"[{l}](https://{u})", st.text(alphabet="ab (). -", min_size=1, max_size=6), st.text(alphabet="abc./-:?#=", min_size=1, max_size=10)),
        ),
        max_size=4,
    ).map("".join)
)
def test_property_simple_link_fast_path_equals_markdown_it(cell: str) -> None:
    from errcodegen import parse

    fast = parse._simple_links(cell, "description")
    if fast is not None:
        slow_links: list = []
        slow = parse._Parser("", "t.md")._markup(cell, "description", slow_links)
        assert fast == (slow, slow_links)


def test_html_tables_without_header_are_reported_and_code_blocks_are_not_rows() -> None:
    doc = parse_text("### X\n\n<table>\n<tr><td>-1</td><td>x</td></tr>\n</table>\n\n```\n| a | b |\n```\n", "t.md")
    assert [(d.line, d.severity) for d in doc.diagnostics] == [(3, "info")]
    assert "HTML table at lines 3-5 is not an error table" in doc.diagnostics[0].message
