"""Property tests: generated pages through the whole pipeline and every real toolchain.

Hypothesis writes pages whose headings, cells and notes hold arbitrary Unicode and the text
that breaks generators (quotes, backslashes, `*/`, `\"\"\"`, `${`, `{{ }}`, line breaks as
`&#10;`/`&#13;` entities, U+2028/U+2029, NUL, bidi controls, lone surrogates as entities,
escaped pipes). Each page is parsed, named (half of them through a names file written and
read back, so that some codes are retired), rendered and validated in-process; then every
example is written into one temporary tree and each toolchain runs once over all of them
(see tests/roundtrip.py). Every output must load and read back exactly the model's text,
with no other top-level declaration.

FUZZ_EXAMPLES sets the number of pages (default 16, which keeps `make test` under 8 minutes on
2 cores; `make fuzz` runs 500). The cheap properties (parser on random text and bytes, entity
decoding) run eight times as many, at least 200.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it.common.utils import isValidEntityCode

from errcodegen.model import Document
from errcodegen.names import NamesFile
from errcodegen.naming import assign_names
from errcodegen.parse import INVISIBLE, NO_ACTION, InputError, fold, parse_bytes, parse_text
from errcodegen.pipeline import render_all
from errcodegen.targets.registry import type_names

TYPES = type_names()  # what the outputs reserve of type names, as generate names

from . import roundtrip
from .conftest import SOURCE

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "16"))
CHEAP = 8 * max(EXAMPLES, 25)
SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]

# Text that has broken code generators, as it would appear in the markdown source.
FRAGMENTS = [
    '"', "'", "\\", "\\\\", "*/", "/*", '"""', "'''", "`", "``", "${", "${x}", "`${x}`", "{{ 7*7 }}", "{% raw %}",
    "{#", "#}", "\\N{BULLET}", "\\u0041", "\\u000a", "\\u002a/", "\\uuu0022", "\\\\u005c", "\\x00", "\\U0001F600", "\u2028", "\u2029", "\x85", "\x0c", "\x0b",
    "\x1b[31m", "\x7f", "\x00", "\ufeff", "\u202e", "\u2066", "\u200b", "\u061c", "\t", " ", "   ",
    "&#10;", "&#13;", "&#13;&#10;", "&#0;", "&#xD800;", "&#xDFFF;", "&#xDBFF;&#xDC00;", "&#x2028;", "&#x2029;",
    "&#x85;", "&#x1F600;", "&#xE0001;", "&#xF0000;", "&#x10FFFF;", "&#xFFFE;", "&quot;", "&amp;", "&lt;",
    "&gt;", "&#42;&#47;", "&nbsp;", "\\|", "\\\\|", "@deprecated", "@ts-nocheck", "@jsx h", "</script>",
    "go:generate rm -rf /", "//go:generate x", "//line x.go:1", "/*line x.go:1*/", "// +build ignore",
    "Deprecated: no", "# type: ignore", "*/ func init(){} /*", '"; export const pwned = 1; "',
    "*/ export const x = 1; /*", "<br>", "<br/>", "*em*", "**strong**", "_u_", "~~s~~", "[link](https://x.test/a)",
    "![img](x.png)", "`code`", "`a\\|b`", "<b>", "<http://x.test>", "\U0001f600", "\U000e0001", "\U000f0000",
    "\U0010ffff", "\uffff", "\ufffd", "e\u0301", "\ufb01", "文件", "\u01c5", "\u0661\u0662", "１２３", "\u3000",
    "\u00a0", "-", "--", "N/A", "None",
]  # fmt: skip
WORDS = [
    "file ", "image ", "Invalid ", "request ", "error ", "Error", "None", "class ", "mro ", "_missing_ ", "__proto__ ",
    "constructor ", "type ", "func ", "string ", "nil ", "123 ", "\ufb01le ", "the ", "is ", "URL ", "APPID ", "name ",
    "value ", "True ", "Info ", "Lookup ", "All ", "1 ", "2 ", "12 ",
]  # fmt: skip
HEADINGS = [
    "Download errors", "Errors", "Error Codes", "Type errors", "Attribute errors", "Value errors", "File preview errors",
    "错误码", "Download errors 1 2", "Download errors 12", "Download 2", "Info", "Persistence processing errors",
]  # fmt: skip

piece = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.sampled_from(WORDS),
    st.text(max_size=6),
    st.characters(codec="utf-8").map(lambda c: f"&#x{ord(c):X};"),
    st.integers(0, 0x110001).map(lambda n: f"&#{n};"),
)
cell_text = st.lists(piece, max_size=7).map("".join)
heading_text = st.one_of(st.sampled_from(HEADINGS), cell_text)
codes = st.one_of(st.integers(-70000, 70000), st.sampled_from([0, 10**15 - 1, -(10**15 - 1), 2**31, -(2**31) - 1]))


def cell(text: str) -> str:
    """Markdown source of a table cell or heading holding `text`: line breaks as entities, pipes escaped."""
    return text.replace("|", "\\|").replace("\r", "&#13;").replace("\n", "&#10;")


def code_cell(code: int, style: int) -> str:
    if style == 1 and code < 0:
        return f"\u2212{-code}"  # a MINUS SIGN, as some pages write it
    if style == 2 and code > 0:
        return f"+{code}"
    return str(code)


@st.composite
def pages(draw: st.DrawFn) -> tuple[str, str | None]:
    """A page, and (for half of them) an earlier version holding more codes, to name it with."""
    sections = []
    for _ in range(draw(st.integers(1, 3))):
        title = draw(heading_text)
        message = draw(st.booleans())
        rows = [
            (code, draw(cell_text), draw(cell_text), draw(st.integers(0, 2)))
            for code in draw(st.lists(codes, min_size=1, max_size=7, unique=True))
        ]
        fallback = draw(st.none() | cell_text)
        note = draw(st.none() | cell_text)
        gone = draw(st.sets(st.integers(0, len(rows) - 1), max_size=2))
        sections.append((title, message, rows, fallback, note, gone))
    tip = draw(st.none() | cell_text)

    def render(keep_all: bool) -> str:
        out = [] if tip is None else [f">? {cell(tip)}\n\n"]
        for title, message, rows, fallback, note, gone in sections:
            out.append(f"### {cell(title)}\n\n")
            out.append("| Error Code | Error Message | Description |\n" if message else "| Error Code | Description | Action |\n")
            out.append("| --- | --- | --- |\n")
            for i, (code, a, b, style) in enumerate(rows):
                if keep_all or i not in gone:
                    out.append(f"| {code_cell(code, style)} | {cell(a)} | {cell(b)} |\n")
            if fallback is not None:
                out.append(f"| Other | {cell(fallback)} | - |\n")
            out.append("\n")
            if note is not None:
                out.append(f"Note: {cell(note)}\n\n")
        return "".join(out)

    earlier = draw(st.booleans())
    return render(keep_all=not earlier), render(keep_all=True) if earlier else None


def pipeline(page: str, earlier: str | None) -> Document:
    """parse -> names (through a names file written and read back, when there is an earlier page)."""
    doc = parse_bytes(page.encode("utf-8"), "fuzz.md")
    if earlier is None:
        return assign_names(doc, types=TYPES)
    record = NamesFile.from_model(assign_names(parse_bytes(earlier.encode("utf-8"), "fuzz.md"), types=TYPES), types=TYPES)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "names.toml"
        path.write_text(record.dumps(), encoding="utf-8", newline="\n")
        loaded = NamesFile.load(path, types=TYPES)
    assert loaded.categories == record.categories  # the names file reads back exactly
    return loaded.apply(doc)


BATCH: list[roundtrip.Example] = []
REFUSED: list[str] = []


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=SLOW)
@given(pages())
def _collect(case: tuple[str, str | None]) -> None:
    page, earlier = case
    doc = pipeline(page, earlier)
    if doc.has_errors:  # generate refuses such a page with its first error; nothing to compile
        REFUSED.append(page)
        return
    BATCH.append(roundtrip.render_example(f"ex{len(BATCH)}", doc, page))


@pytest.fixture(scope="module")
def batch() -> list[roundtrip.Example]:
    """EXAMPLES generated pages, each parsed, named, rendered and validated in-process."""
    BATCH.clear()
    REFUSED.clear()
    _collect()
    assert len(BATCH) >= len(REFUSED), f"most pages were refused; first: {REFUSED[0]!r}"
    return list(BATCH)


@pytest.fixture(scope="module")
def toolchains(batch: list[roundtrip.Example], tmp_path_factory: pytest.TempPathFactory) -> roundtrip.Run:
    return roundtrip.run_all(batch, tmp_path_factory.mktemp("fuzz"))


def test_python_loads_and_reads_back_every_page(toolchains: roundtrip.Run) -> None:
    assert roundtrip.python_report(toolchains) == ""


def test_typescript_compiles_and_reads_back_every_page(toolchains: roundtrip.Run) -> None:
    assert roundtrip.typescript_report(toolchains) == ""


def test_go_builds_and_reads_back_every_page(toolchains: roundtrip.Run) -> None:
    assert roundtrip.go_report(toolchains) == ""


def test_java_compiles_and_reads_back_every_page(toolchains: roundtrip.Run) -> None:
    assert roundtrip.java_report(toolchains) == ""


def test_rust_builds_and_reads_back_every_page(toolchains: roundtrip.Run) -> None:
    assert roundtrip.rust_report(toolchains) == ""


def test_php_lints_and_reads_back_every_page(batch: list[roundtrip.Example], tmp_path: Path) -> None:
    from .test_php import check, lint, run_readback

    packages = []
    for ex in roundtrip.with_empty(batch):
        for path, text in ex.files.items():
            if path.startswith(f"php/{ex.key}/"):
                (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
                (tmp_path / path).write_bytes(text.encode("utf-8"))
        packages.append((ex.key, tmp_path / "php" / ex.key, ex.doc))
    failed = [f for f in map(lint, sorted(tmp_path.rglob("*.php"))) if f]
    assert not failed, "\n".join(failed)
    got = run_readback(tmp_path, packages)
    for key, _, doc in packages:
        check(doc, got[key])


def test_json_schema_and_json_read_back_every_page(batch: list[roundtrip.Example]) -> None:
    run = roundtrip.Run(roundtrip.with_empty(batch), None, {}, {})  # type: ignore[arg-type]
    assert run.report(lambda ex: roundtrip.check_schema(ex) + roundtrip.check_json(ex)) == ""


def test_rendering_is_deterministic(batch: list[roundtrip.Example]) -> None:
    for ex in batch[:5]:
        assert render_all(ex.doc, roundtrip.options(ex.key)) == ex.files


# ---------------------------------------------------------------------------------------
# The parser alone: whatever the input, a model or an InputError with a location

MARKDOWNISH = [
    "| Error Code | Description | Action |", "| Error Code | Error Message | Description |", "|---|---|---|", "| --- |",
    "|", "||", "\\|", "\n", "\r\n", "\r", "### ", "## ", "**", ">? ", "> ", "Other", "-1", "\u22122", "+3", "x",
    "&#10;", "&#0;", "&#xD800;", "<br>", "`", "    ", "\t", "- ", "1. ", "```", "<!--", "[a](b)", "\ufeff", "\u202e",
    " | ", "-", ":-:", "N/A",
]  # fmt: skip
markdownish = st.lists(st.one_of(st.sampled_from(MARKDOWNISH), st.text(max_size=3)), max_size=60).map("".join)
REAL_PAGE = SOURCE.read_bytes()
mutated_real_page = st.lists(
    st.tuples(st.integers(0, len(REAL_PAGE)), st.integers(0, 40), st.binary(max_size=12) | markdownish.map(str.encode)),
    min_size=1,
    max_size=4,
)


def mutate(edits: list[tuple[int, int, bytes]]) -> bytes:
    data = REAL_PAGE
    for at, cut, insert in edits:
        data = data[:at] + insert + data[at + cut :]
    return data


def check_parse(data: bytes) -> Document | None:
    """Parse `data`: an InputError with a location, or a model whose every location is real."""
    try:
        doc = parse_bytes(data, "in.md")
    except InputError as exc:
        assert exc.line >= 1 and exc.column >= 1 and str(exc).startswith(f"in.md:{exc.line}:{exc.column}: error: ")
        return None
    lines = max(1, len(data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")))
    for d in doc.diagnostics:
        assert d.file == "in.md" and 1 <= d.line <= lines and d.column >= 1, d
        assert d.severity in ("error", "warning", "info"), d
        assert d.format().isprintable(), d  # one line, no control or bidi character reaches a terminal
    for _, e in doc.entries():
        assert 1 <= e.line <= lines
    return doc


@settings(max_examples=CHEAP, deadline=None, suppress_health_check=SLOW)
@given(st.one_of(st.binary(), st.text().map(str.encode), markdownish.map(str.encode), mutated_real_page.map(mutate)))
def test_random_input_gives_a_model_or_a_located_input_error(data: bytes) -> None:
    check_parse(data)


@settings(max_examples=CHEAP // 2, deadline=None, suppress_health_check=SLOW)
@given(mutated_real_page.map(mutate))
def test_mutated_real_page_goes_through_the_pipeline(data: bytes) -> None:
    """A model without errors always renders and validates (a refusal would be an error diagnostic)."""
    doc = check_parse(data)
    if doc is not None:
        named = assign_names(doc, types=TYPES)
        if not named.has_errors:
            roundtrip.render_example("ex", named)


def _entity_text(ch: str) -> str:
    return ch if isValidEntityCode(ord(ch)) else "\ufffd"


@settings(max_examples=CHEAP, deadline=None)
@given(st.text(st.characters(codec="utf-8"), min_size=1, max_size=40), st.sampled_from(["title", "description", "action"]))
def test_every_character_as_an_entity_decodes_exactly(text: str, where: str) -> None:
    """Entities decode to exactly their characters (markdown-it's U+FFFD for invalid ones), before any escaping."""
    source = "".join(f"&#x{ord(c):X};" for c in text)
    row = {"title": "| -1 | d | a |", "description": f"| -1 | {source} | a |", "action": f"| -1 | d | {source} |"}[where]
    heading = source if where == "title" else "T"
    doc = parse_text(f"### {heading}\n\n| Error Code | Description | Action |\n|-|-|-|\n{row}\n", "e.md")
    expected = INVISIBLE.sub("", "".join(map(_entity_text, text)).strip(" \t"))
    entry = doc.categories[0].entries[0]
    got = {"title": doc.categories[0].title, "description": entry.description, "action": entry.action}[where]
    if where == "action" and got is None:
        assert fold(expected) in NO_ACTION
    else:
        assert got == expected
