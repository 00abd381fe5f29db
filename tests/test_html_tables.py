"""HTML tables inside a markdown page: read as tables, with the same cell text as markdown."""

from __future__ import annotations

from errcodegen.model import Document
from errcodegen.parse import parse_text


def rows(doc: Document) -> list[tuple[int | str, str, str | None, int]]:
    return [(e.code, e.description, e.action, e.line) for _, e in doc.entries()]


def diags(doc: Document) -> list[tuple[int, str]]:
    return [(d.line, d.severity) for d in doc.diagnostics]


ONE_LINE_PER_ROW = """### Download errors

<table>
<tr><th>Error Code</th><th>Description</th><th>Action</th></tr>
<tr><td>-1</td><td>First</td><td>Retry</td></tr>
<tr><td>-2</td><td>Second</td><td>-</td></tr>
</table>
"""


def test_one_line_per_row_with_th_header() -> None:
    doc = parse_text(ONE_LINE_PER_ROW, "t.md")
    assert rows(doc) == [(-1, "First", "Retry", 5), (-2, "Second", None, 6)]
    assert diags(doc) == []
    assert doc.categories[0].title == "Download errors"
    assert doc.categories[0].tables == ((3, 7),)


def test_one_line_per_cell_header_of_td_words_and_rows_keep_their_tr_line() -> None:
    text = "## Codes\n\n<table>\n   <tr>\n      <td>Error Code</td>\n      <td>Description</td>\n   </tr>\n" \
        "   <tr>\n      <td>4000</td>\n      <td>Invalid\n      request</td>\n   </tr>\n</table>\n"
    doc = parse_text(text, "t.md")
    assert rows(doc) == [(4000, "Invalid request", None, 8)]
    assert diags(doc) == []


def test_thead_tbody_attributes_and_unclosed_elements_as_a_browser_reads_them() -> None:
    text = (
        "### X\n\n"
        '<table class="t" border=1>\n<thead><tr style="x"><th width="20%">Code<th>Meaning</thead>\n'
        "<tbody>\n<tr><td align=center>-1<td>One\n<tr><td>-2<td>Two\n"
        "</table>\n"
    )
    doc = parse_text(text, "t.md")
    assert rows(doc) == [(-1, "One", None, 6), (-2, "Two", None, 7)]
    assert diags(doc) == []


def test_cell_markup_gives_the_same_text_and_links_as_a_markdown_cell() -> None:
    cell = 'See <a href="https://x.example/a?b=1&amp;c=2">the <b>guide</b></a>&nbsp;&amp; retry<br>then <li>one</li><li>two</li>'
    html = f"### X\n\n<table>\n<tr><th>Error Code</th><th>Description</th></tr>\n<tr><td>-1</td><td>{cell}</td></tr>\n</table>\n"
    markdown = f"### X\n\n| Error Code | Description |\n| --- | --- |\n| -1 | {cell} |\n"
    from_html, from_markdown = parse_text(html, "h.md").entries()[0][1], parse_text(markdown, "m.md").entries()[0][1]
    assert from_html.description == from_markdown.description == "See the guide\u00a0& retry\nthen\n- one\n- two"
    assert from_html.links == from_markdown.links
    assert [(k.text, k.url) for k in from_html.links] == [("the guide", "https://x.example/a?b=1&c=2")]


def test_unknown_tags_stay_text_and_an_anchor_without_href_is_no_link() -> None:
    text = "### X\n\n| Error Code | Description |\n| --- | --- |\n| -1 | <Key> is <a name=x>missing</a> |\n"
    entry = parse_text(text, "t.md").entries()[0][1]
    assert entry.description == "<Key> is missing"
    assert entry.links == ()


def test_blank_lines_inside_a_table_do_not_end_it() -> None:
    text = "### X\n\n<table>\n<tr><th>Error Code</th><th>Description</th></tr>\n\n<tr><td>-1</td><td>One</td></tr>\n\n<tr><td>-2</td><td>Two</td></tr>\n</table>\n\nAfter.\n"
    doc = parse_text(text, "t.md")
    assert rows(doc) == [(-1, "One", None, 6), (-2, "Two", None, 8)]
    assert [n.text for n in doc.notes] == ["After."]


def test_a_table_without_end_tag_ends_with_its_block_and_says_so() -> None:
    text = "### X\n\n<table>\n<tr><th>Error Code</th><th>Description</th></tr>\n<tr><td>-1</td><td>One</td></tr>\n\nAfter.\n"
    doc = parse_text(text, "t.md")
    assert rows(doc) == [(-1, "One", None, 5)]
    assert diags(doc) == [(5, "warning")]
    assert "no </table>" in doc.diagnostics[0].message


def test_spans_fill_the_grid_as_a_browser_lays_it_out() -> None:
    text = (
        "### X\n\n<table>\n<tr><th>HTTP Status</th><th>Error Code</th><th>Description</th></tr>\n"
        '<tr><td rowspan="2">400 Bad Request</td><td>A</td><td>First</td></tr>\n'
        "<tr><td>B</td><td>Second</td></tr>\n"
        '<tr><td>403 Forbidden</td><td colspan="2">C</td></tr>\n'
        "</table>\n"
    )
    doc = parse_text(text, "t.md", kind="string")
    assert [(e.code, e.http_status, e.description) for _, e in doc.entries()] == [
        ("A", 400, "First"),
        ("B", 400, "Second"),
        ("C", 403, ""),
    ]
    assert diags(doc) == [(7, "warning")]  # C's description is empty


def test_extra_and_missing_cells_are_diagnostics_with_their_line() -> None:
    text = "### X\n\n<table>\n<tr><th>Error Code</th><th>Description</th></tr>\n<tr><td>-1</td><td>One</td><td>More</td></tr>\n<tr><td>-2</td></tr>\n</table>\n"
    doc = parse_text(text, "t.md")
    assert [(d.line, d.severity, d.message.split(";")[0]) for d in doc.diagnostics] == [
        (5, "error", "row has 3 cells, the header 2"),
        (6, "warning", "row has 1 cells, the header 2"),
        (6, "warning", "empty description"),
    ]
    assert [e.code for _, e in doc.entries()] == [-1, -2]


def test_a_table_that_is_no_error_table_is_skipped_with_an_info() -> None:
    text = "### X\n\n<table><tr><th>Name</th><th>Type</th></tr><tr><td>a</td><td>b</td></tr></table>\n"
    doc = parse_text(text, "t.md")
    assert rows(doc) == [] and diags(doc) == [(3, "info")]


def test_a_nested_table_is_its_cells_text_with_a_warning() -> None:
    text = "### X\n\n<table><tr><th>Error Code</th><th>Description</th></tr>\n<tr><td>-1</td><td>A <table><tr><td>inner</td></tr></table> B</td></tr>\n</table>\n"
    doc = parse_text(text, "t.md")
    assert [e.code for _, e in doc.entries()] == [-1]
    assert (4, "warning") in diags(doc)


def test_markdown_and_html_tables_side_by_side_under_nested_headings() -> None:
    text = "## Codes\n\n### A\n\n| Error Code | Description |\n| --- | --- |\n| -1 | One |\n\n#### B\n\n" + ONE_LINE_PER_ROW.replace("### Download errors\n\n", "")
    doc = parse_text(text, "t.md")
    assert [(c.title, c.path) for c in doc.categories] == [("A", ("Codes",)), ("B", ("Codes", "A"))]
    assert [e.code for _, e in doc.entries()] == [-1, -1, -2]


def test_a_big_html_table_is_read_in_linear_time() -> None:
    import time

    rows = "".join(f"<tr>\n<td>{-i}</td>\n<td>Row {i} &amp; more</td>\n</tr>\n" for i in range(1, 20001))
    text = f"### X\n\n<table>\n<tr><th>Error Code</th><th>Description</th></tr>\n{rows}</table>\n"
    started = time.perf_counter()
    doc = parse_text(text, "t.md")
    elapsed = time.perf_counter() - started
    assert len(doc.categories[0].entries) == 20000 and not doc.diagnostics
    assert doc.categories[0].entries[-1].line == 4 + 4 * 19999 + 1
    assert elapsed < 20, elapsed  # about 2 s here; quadratic line counting took minutes


def test_spans_that_would_lay_out_billions_of_cells_are_one_located_error() -> None:
    import pytest

    from errcodegen.parse import InputError

    row = "<tr>" + "<td colspan=1000>x</td>" * 5000 + "</tr>\n"
    text = "### X\n\n<table>\n<tr><th>Error Code</th><th>Description</th></tr>\n" + row + "</table>\n"
    with pytest.raises(InputError, match="more than 4000000 cells") as caught:
        parse_text(text, "t.md")
    assert caught.value.line == 5
