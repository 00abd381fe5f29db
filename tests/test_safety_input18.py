"""What issue 18's attack on the input found (a hostile page author and configuration, from the
README and the command line only), each now a test, with the probes of the attack that followed:
table layouts that blow up, quadratic naming, names that build broken packages, Java sources that
javac refuses, tables that were silently dropped, non-ASCII set names.

Complexity is asserted by counting operations or output sizes, never by a wall clock."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest

from errcodegen.model import Category, Document, Entry
from errcodegen.naming import assign_names
from errcodegen.parse import parse_text
from errcodegen.pipeline import read_named
from errcodegen.targets.registry import type_names

TYPES = type_names()  # what the outputs reserve of type names, as generate names

from .conftest import ROOT


# -- 7: naming stays linear when many codes share a description -------------------------------


class CountedCode(int):
    """An integer code that counts the comparisons and hashes made of it (and of its `abs`)."""

    calls = 0

    def __eq__(self, other: object) -> bool:
        CountedCode.calls += 1
        return int(self) == other

    def __ne__(self, other: object) -> bool:
        CountedCode.calls += 1
        return int(self) != other

    def __hash__(self) -> int:
        CountedCode.calls += 1
        return int.__hash__(self)

    def __abs__(self) -> CountedCode:
        return CountedCode(int.__abs__(self))

    def __neg__(self) -> CountedCode:
        return CountedCode(int.__neg__(self))


def _one_text_doc(rows: int, text: str = "Internal error.") -> Document:
    entries = tuple(Entry(CountedCode(-i), "", None, text, None, (), i) for i in range(1, rows + 1))
    return Document("p.md", "0" * 64, (Category("errors", "", "Errors", None, entries, 1),))


@pytest.mark.parametrize("text", ["Internal error.", "File 1"])
def test_naming_many_codes_of_one_description_is_linear(text: str) -> None:
    """80 000 rows of "Internal error" took 72 s (3 s with distinct texts): every colliding
    entry counted its code among all the others. Comparisons of codes now grow with the rows."""
    counts = []
    for rows in (1000, 4000):
        doc = _one_text_doc(rows, text)
        CountedCode.calls = 0
        named = assign_names(doc, types=TYPES)
        counts.append(CountedCode.calls)
        names = [e.name for e in named.categories[0].entries]
        assert len(set(names)) == rows and not [d for d in named.diagnostics if d.severity == "error"]
    assert counts[1] < 20 * 4000, counts  # quadratic: millions
    assert counts[1] < 6 * counts[0], counts  # 4x the rows, about 4x the work (quadratic: 16x)


# -- helpers: a throw-away project run through the real command line ------------------------


def project(tmp: Path, page: str, config: str = "", name: str = "page.md") -> Path:
    """A project of one page (`name`) and `config` added to its `[tool.errcodegen]` table."""
    (tmp / name).write_text(page, encoding="utf-8")
    (tmp / "pyproject.toml").write_text(f'[tool.errcodegen]\nsource = "{name}"\nnames = "names.toml"\n{config}', encoding="utf-8")
    return tmp


def cli(proj: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "errcodegen", *args], cwd=proj, capture_output=True, text=True, timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def refused(result: subprocess.CompletedProcess[str], *words: str) -> str:
    """The one line of a run refused with exit 2, holding every word."""
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr[-2000:]
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def written(proj: Path) -> int:
    """The bytes of every file a run wrote into the project's output folder."""
    out = proj / "generated"
    return sum(p.stat().st_size for p in out.rglob("*") if p.is_file()) if out.exists() else 0


# -- 6: a rowspan cell copied into every row it spans ------------------------------------------

HTML_HEAD = "### Errors\n\n<table>\n<tr><th>Error Code</th><th>Description</th></tr>\n"


def test_a_long_rowspan_cell_is_refused_before_it_is_copied_into_every_row(tmp_path: Path) -> None:
    """A 222 kB page of one long cell spanning every row took 150 s, 2 GB and wrote 3.4 GB: each
    row, and each output, got a copy. The cells a page's tables lay out are now bounded by a
    multiple of the page's size: past it, one line naming the spanning cell."""
    big = "Internal error " * 3400  # 51 kB
    rows = "".join(f"<tr><td>-{i}</td></tr>\n" for i in range(2, 3000))
    page = HTML_HEAD + f'<tr><td>-1</td><td rowspan="65534">{big}</td></tr>\n' + rows + "</table>\n"
    proj = project(tmp_path, page, 'targets = ["json", "python"]\n')
    refused(cli(proj, "generate"), "page.md:5:36: error:", "rowspan=65534", "8 times the page")
    assert written(proj) == 0


def test_spans_within_the_budget_are_laid_out_and_the_output_stays_proportional(tmp_path: Path) -> None:
    """A short cell spanning thousands of rows is read (as a browser lays it out), and what is
    written stays within a small multiple of the page."""
    rows = "".join(f"<tr><td>-{i}</td></tr>\n" for i in range(2, 5000))
    page = HTML_HEAD + '<tr><td>-1</td><td rowspan="100000">Internal error.</td></tr>\n' + rows + "</table>\n"
    proj = project(tmp_path, page, 'targets = ["json"]\n')
    result = cli(proj, "generate")
    assert result.returncode == 0, result.stderr[-2000:]
    (model_file,) = (proj / "generated" / "json").glob("*.json")
    model = json.loads(model_file.read_text(encoding="utf-8"))
    entries = model["categories"][0]["entries"]
    assert len(entries) == 4999 and {e["description"] for e in entries} == {"Internal error."}
    assert written(proj) < 200 * len(page)


# -- 9: an HTML table that starts after text on its line --------------------------------------

MD_TABLE = "### Errors\n\n| Error Code | Description |\n| --- | --- |\n| -9 | Nine |\n\n"
ROWS = "<tr><th>Error Code</th><th>Description</th></tr>\n<tr><td>-1</td><td>One</td></tr>\n"


def _read(text: str) -> tuple[list[tuple[int | str, str, int]], list[str], list[tuple[int, str, str]]]:
    doc = parse_text(text, "t.md")
    entries = [(e.code, e.description, e.line) for _, e in doc.entries()]
    return entries, [n.text for n in doc.notes], [(d.line, d.severity, d.message) for d in doc.diagnostics]


@pytest.mark.parametrize(
    "tail, line, note",
    [
        ("Codes: <table>\n" + ROWS + "</table>\n", 9, "Codes:"),  # the case
        ("Codes: <table>" + ROWS.replace("\n", "") + "</table>\n", 7, "Codes:"),  # all on one line
        ("Intro `<table>` line\n  Codes `<table>` are *read*: <table>\n" + ROWS + "</table>\n", 10, "Intro <table> line Codes <table> are read:"),
        ("Codes: <table>\n" + ROWS + "\n<tr><td>-2</td><td>Two</td></tr>\n</table>\n", 9, "Codes:"),  # split by a blank line
    ],
)
def test_an_html_table_after_text_on_its_line_is_read(tail: str, line: int, note: str) -> None:
    """`Codes: <table>...` was dropped without a word (markdown reads it as a paragraph); a
    browser shows the table, so it is read, the text before it kept as a note; a `<table>` in a
    code span before it is text, not a table."""
    entries, notes, diagnostics = _read(MD_TABLE + tail)
    assert entries[:2] == [(-9, "Nine", 5), (-1, "One", line)], (entries, diagnostics)
    assert notes == [note] and not [d for d in diagnostics if d[1] != "info"], diagnostics


def test_a_table_tag_only_in_a_code_span_is_prose() -> None:
    entries, notes, diagnostics = _read(MD_TABLE + "Write `<table>` for HTML tables.\n")
    assert entries == [(-9, "Nine", 5)] and notes == ["Write <table> for HTML tables."] and diagnostics == []


def test_an_html_table_in_a_quote_is_read() -> None:
    """Issue 23: an HTML block in a quote (or a list item) is read, as a browser shows it."""
    entries, _, diagnostics = _read(MD_TABLE + "> <table>\n> " + ROWS.replace("\n", "\n> ") + "</table>\n")
    assert entries == [(-9, "Nine", 5), (-1, "One", 9)] and diagnostics == []


@pytest.mark.parametrize(
    "tail",
    [
        "> Codes: <table>\n> " + ROWS.replace("\n", "\n> ") + "</table>\n",  # after text, in a quote
        "- Codes: <table>\n  " + ROWS.replace("\n", "\n  ") + "</table>\n",  # after text, in a list item
    ],
)
def test_an_html_table_in_a_quote_or_after_text_in_a_list_item_is_a_warning(tail: str) -> None:
    """These were dropped silently (only an HTML block starting a list item was a warning)."""
    entries, _, diagnostics = _read(MD_TABLE + tail)
    assert entries == [(-9, "Nine", 5)]
    assert [(line, severity) for line, severity, _ in diagnostics] == [(7, "warning")], diagnostics
    assert "inside a list or quote; not read" in diagnostics[0][2]


# -- 12: a set named after upstream's own file names (`错误码_intl_en.md`) ----------------------

SMALL = "### Download errors\n\n| Error Code | Description | Action |\n| --- | --- | --- |\n| -1 | File is invalid. | - |\n"


@pytest.mark.parametrize("page", ["错误码_intl_en.md", "Ошибки.md", "é e.md"])
def test_a_set_named_with_letters_beyond_ascii_generates_and_checks(tmp_path: Path, page: str) -> None:
    """The default set name is the page's file name; `错误码_intl_en` made `generate` exit 2 (the
    docs page's link to its HTML twin was refused) and `check` end in a traceback. The files keep
    the name; the link is percent-encoded; `check` and `generate` agree."""
    proj = project(tmp_path, SMALL, name=page)
    stem = page[: -len(".md")]
    first = cli(proj, "check")
    assert first.returncode == 1 and "Traceback" not in first.stderr, first.stderr[-2000:]
    made = cli(proj, "generate")
    assert made.returncode == 0, made.stderr[-2000:]
    assert cli(proj, "check").returncode == 0
    markdown = (proj / "generated" / "docs" / f"{stem}.md").read_text(encoding="utf-8")
    assert f"(<{quote(stem)}.html>)" in markdown
    assert (proj / "generated" / "docs" / f"{stem}.html").is_file()


@pytest.mark.parametrize("page, stem", [("a#b.md", "a-b-codes"), ("a%41.md", "a-41-codes"), ("x&[y].md", "x-y-codes")])
def test_a_set_name_that_a_link_cannot_spell_gets_a_file_name_that_it_can(tmp_path: Path, page: str, stem: str) -> None:
    """`#` (read as a fragment), `%` (as an escape) and `&`, `[`, ... (refused in a link) in a
    set's name: the docs pages take the cleaned file name, which their links spell as it is."""
    proj = project(tmp_path, SMALL, name=page)
    made = cli(proj, "generate")
    assert made.returncode == 0, made.stderr[-2000:]
    assert cli(proj, "check").returncode == 0
    assert f"(<{stem}.html>)" in (proj / "generated" / "docs" / f"{stem}.md").read_text(encoding="utf-8")


def test_a_render_refusal_in_check_is_one_line_as_in_generate(tmp_path: Path) -> None:
    """Whatever a target refuses while `check` compares it is the one line `generate` prints (a
    render refusal reached `check` as a traceback)."""
    templates = tmp_path / "tpl" / "docs"
    templates.mkdir(parents=True)
    (templates / "page.md.j2").write_text("{{ 'javascript:alert(1)'|md_href }}\n", encoding="utf-8")
    proj = project(tmp_path, SMALL, 'templates = "tpl"\n')
    for command in ("generate", "check"):
        refused(cli(proj, command), "cannot render", "not a link a page may hold")
    assert written(proj) == 0


# -- 17: names that build packages nothing can use ----------------------------------------------

UNUSABLE = [
    ("java", "package", "java.codes"),  # the JVM refuses to define a class under java.
    ("java", "package", "java"),
    ("java", "package", "io.int.codes"),  # a Java keyword as a segment
    ("java", "package", "io.1codes"),  # a segment starting with a digit
    ("java", "package", "io._"),
    ("python", "package", "_codes"),  # the distribution name: PEP 508 starts and ends with a letter or digit
    ("python", "package", "codes_"),
    ("go", "package", "init"),  # cannot be imported
    ("go", "package", "main"),
    ("go", "package", "func"),
    ("rust", "crate", "x--y"),  # library x__y: not snake case, an error under clippy -D warnings
    ("rust", "crate", "a_-b"),
    ("rust", "crate", "incremental"),  # a folder of Cargo's target directory, refused by cargo new
    ("rust", "crate", "self"),
    ("typescript", "package", "http"),  # a Node.js built-in: import finds Node's own
    ("typescript", "package", "fs"),
    ("typescript", "package", "Codes"),
    ("typescript", "package", "_codes"),
    ("typescript", "package", ".codes"),
    ("typescript", "package", "x" * 215),
    ("typescript", "package", "node_modules"),
    ("typescript", "package", "favicon.ico"),
]
USABLE = [
    ("java", "package", "io.javacodes.x"),
    ("java", "package", "io.github.java"),
    ("python", "package", "codes_1"),
    ("go", "package", "initcodes"),
    ("rust", "crate", "x-y_z"),
    ("rust", "crate", "a-"),
    ("typescript", "package", "http-codes"),
    ("typescript", "package", "x" * 214),
]


@pytest.mark.parametrize("target, key, value", UNUSABLE + USABLE)
def test_option_checks_refuse_names_that_build_unusable_packages(target: str, key: str, value: str) -> None:
    from errcodegen.targets.registry import by_name

    REGISTRY = by_name()

    problem = REGISTRY[target].option_problem(key, value)
    assert (problem is not None) == ((target, key, value) in UNUSABLE), problem


@pytest.mark.parametrize("target, key, value", [u for u in UNUSABLE if u[2] in ("java.codes", "_codes", "init", "x--y", "http")])
def test_an_unusable_package_name_is_one_line_naming_the_key(tmp_path: Path, target: str, key: str, value: str) -> None:
    proj = project(tmp_path, SMALL, f'{target} = {{ {key} = "{value}" }}\n')
    line = refused(cli(proj, "generate"), f"tool.errcodegen.{target}.{key}", value)
    assert line.count("\n") == 0
    refused(cli(proj, "check"), f"tool.errcodegen.{target}.{key}")
    assert written(proj) == 0


# -- 8: Java sources that javac refuses are refused before anything is written --------------------


def _codes_page(rows: int, text: str = "Error number {i} happened.", action: str = "Check {i}.") -> str:
    body = "".join(f"| {-i} | {text.format(i=i)} | {action.format(i=i)} |\n" for i in range(1, rows + 1))
    return "### Download errors\n\n| Error Code | Description | Action |\n| --- | --- | --- |\n" + body


def _javac(proj: Path, out: Path) -> subprocess.CompletedProcess[str]:
    from .conftest import require_tool
    from .test_java import javac_strict

    return javac_strict(require_tool("javac"), proj / "generated" / "java", out)


def _symbols_page(rows: int) -> str:
    body = "".join(f"| Err.Code{i} | Error number {i} happened. |\n" for i in range(1, rows + 1))
    return "### Errors\n\n| Error Code | Description |\n| --- | --- |\n" + body


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["int", "zh", "string"])
def test_a_category_javac_cannot_hold_is_refused_and_one_just_under_compiles(tmp_path: Path, kind: str) -> None:
    """A category of more codes than one enum's static initializer holds gave sources that javac
    refuses ("code too large"), written with exit 0. The data of the constants is not code any
    more (see tests/test_java_large.py): what remains is the enum's constants, as many with two
    locales as with one. The limit (an upper bound of what javac 11 spends a constant) compiles;
    one code more is one line naming the category, its size and the limit, nothing written. A
    page of symbolic codes: its enum ErrorCode, one constant a code."""
    from errcodegen.targets.java import max_constants

    limit = max_constants()
    config = 'targets = ["java"]\n' + ('kind = "string"\n' if kind == "string" else "")
    if kind == "zh":
        config = 'pages = { en = "page.md", zh = "zh.md" }\n' + config
    for rows in (limit + 1, limit):
        proj = tmp_path / str(rows)
        proj.mkdir()
        (proj / "pyproject.toml").write_text(f'[tool.errcodegen]\nnames = "names.toml"\n{config}' + ("" if kind == "zh" else 'source = "page.md"\n'), encoding="utf-8")
        (proj / "page.md").write_text(_symbols_page(rows) if kind == "string" else _codes_page(rows), encoding="utf-8")
        if kind == "zh":
            (proj / "zh.md").write_text(_codes_page(rows, "第 {i} 号错误。", "检查 {i}。"), encoding="utf-8")
        result = cli(proj, "generate")
        if rows > limit:
            if kind == "string":
                refused(result, f"the page has {rows} codes", f"ErrorCode holds at most {limit}")
            else:
                refused(result, "category 'download'", f"has {rows} codes", f"at most {limit}")
            assert written(proj) == 0
        else:
            assert result.returncode == 0, result.stderr[-2000:]
            compiled = _javac(proj, tmp_path / "classes")
            assert compiled.returncode == 0, compiled.stderr[-2000:]


@pytest.mark.slow
def test_a_text_past_what_one_string_constant_holds_compiles(tmp_path: Path) -> None:
    """A text of more than 65 535 UTF-8 bytes gave a string constant javac refuses ("constant
    string too long"), and was refused; counted in the class file's bytes (`é` is 2), the old
    boundary now compiles on both sides (tests/test_java_large.py reads 100 KB texts back)."""
    for size in (65535, 65536):
        text = "é" * (size // 2) + "x" * (size % 2)
        proj = tmp_path / str(size)
        proj.mkdir()
        result = cli(project(proj, _codes_page(1, text), 'targets = ["java"]\n'), "generate")
        assert result.returncode == 0, result.stderr[-2000:]
        compiled = _javac(proj, tmp_path / "classes")
        assert compiled.returncode == 0, compiled.stderr[-2000:]


# -- probes of the attack on this work ---------------------------------------------------------


def test_probe_a_reference_link_repeated_in_every_row_is_bounded_like_a_rowspan() -> None:
    """`[a][r]` in 2 000 rows and one `[r]: <200 kB URL>`: a 262 kB page laid out 400 MB of URLs
    into the model (and every output). Bounded as the cells a rowspan repeats are."""
    from errcodegen.parse import InputError

    rows = "".join(f"| {-i} | Err [a][r] {i} | - |\n" for i in range(1, 2001))
    text = "### E\n\n| Error Code | Description | Action |\n| --- | --- | --- |\n" + rows + "\n[r]: https://x.example/" + "a" * 200_000 + "\n"
    with pytest.raises(InputError, match="characters of URLs") as caught:
        parse_text(text, "t.md")
    assert 5 < caught.value.line < 2005
    few = "".join(f"| {-i} | Err [a][r] {i} | - |\n" for i in range(1, 6))  # a normal use still reads
    doc = parse_text("### E\n\n| Error Code | Description | Action |\n| --- | --- | --- |\n" + few + "\n[r]: https://x.example/a\n", "t.md")
    assert [link.url for _, e in doc.entries() for link in e.links] == ["https://x.example/a"] * 5


def test_probe_naming_50k_rows_of_one_text_with_codes_of_both_signs_stays_linear() -> None:
    """50 000 rows of one text whose codes come in pairs (-n and n: tagged by the sign, the
    absolute value shared): comparisons grow with the rows."""
    rows = 50_000
    entries = tuple(
        Entry(CountedCode(-(i // 2) if i % 2 else i // 2), "", None, "Internal error.", None, (), i) for i in range(2, rows + 2)
    )
    doc = Document("p.md", "0" * 64, (Category("errors", "", "Errors", None, entries, 1),))
    CountedCode.calls = 0
    named = assign_names(doc, types=TYPES)
    assert CountedCode.calls < 30 * rows, CountedCode.calls
    assert len({e.name for e in named.categories[0].entries}) == rows


def test_text_after_a_closing_table_tag_is_a_warning_not_silence(tmp_path: Path) -> None:
    """Issue 18, fault 9's class: text after `</table>` on its line is no row and is not read;
    it is a warning at its line and column, never dropped silently (it failed silently before)."""
    page = tmp_path / "p.md"
    line = "<table><tr><th>Error Code</th><th>Description</th></tr><tr><td>-1</td><td>x</td></tr></table> and then | -2 | y |"
    page.write_text(f"## A\n\n{line}\n", encoding="utf-8")
    doc = read_named(str(page))
    assert [e.code for _, e in doc.entries()] == [-1]
    found = [d for d in doc.diagnostics if "after </table>" in d.message]
    assert len(found) == 1 and (found[0].line, found[0].column, found[0].severity) == (3, line.index("and") + 1, "warning")
    assert "and then | -2 | y |" in found[0].message
