"""Issue 23, Pages: a code is whatever a page's code column holds, every row of every table is an
entry or a diagnostic that names its line, under `--kind auto` and `--kind string` alike."""

from __future__ import annotations

import os

import json
import shutil
from pathlib import Path

import pytest

from errcodegen import cli, diff
from errcodegen.names import NamesFile
from errcodegen.naming import assign_names
from errcodegen.parse import classify_columns, parse_text, table_kind
from errcodegen.targets.registry import by_name

REGISTRY = by_name()
from errcodegen.view import View
from errcodegen.targets.registry import type_names

TYPES = type_names()  # what the outputs reserve of type names, as generate names

from .conftest import GoProgram, TsProgram, go_verdict, typescript_verdict, render, report_text

CASE = Path(__file__).resolve().parent / "cases" / "irregular_codes"
CARRIER = ["DELIVRD", "UNDELIV", "MK:0017", "TD:0001", "TD: 0004", "BWLIST _006", "MOBILE BLACK", "12", "1", "24"]


def carrier_html() -> str:
    rows = "".join(f"<tr><td>{c}</td><td>Status {i}</td></tr>\n" for i, c in enumerate(CARRIER))
    return f"## Carrier status codes\n\n<table>\n<tr><th>Error Code</th><th>Description</th></tr>\n{rows}</table>\n"


def carrier_markdown() -> str:
    rows = "".join(f"| {c} | Status {i} |\n" for i, c in enumerate(CARRIER))
    return f"## Carrier status codes\n\n| Error Code | Description |\n| --- | --- |\n{rows}"


def accounted(doc, text: str) -> None:  # type: ignore[no-untyped-def]
    """Every body row (`| ...` below a delimiter, `<tr>` after a table's first) is an entry or a diagnostic's line."""
    lines = text.split("\n")
    rows = set()
    in_table = False
    for i, line in enumerate(lines):
        if set(line.replace("|", "").replace(" ", "")) <= {"-", ":"} and "-" in line and i and "|" in lines[i - 1]:
            in_table = True
        elif in_table and "|" in line:
            rows.add(i + 1)
        else:
            in_table = False
    firsts = set()
    for i, line in enumerate(lines):
        if "<table" in line:
            firsts.add(next(k + 1 for k in range(i, len(lines)) if "<tr" in lines[k]))
    rows |= {i + 1 for i, line in enumerate(lines) if "<tr" in line} - firsts
    entries = {e.line for _, e in doc.entries()}
    told = {d.line for d in doc.diagnostics}
    assert rows and rows - entries - told == set()


@pytest.mark.parametrize("kind", ["auto", "string"])
@pytest.mark.parametrize("page", [carrier_html, carrier_markdown])
def test_the_carrier_table_keeps_every_row(kind: str, page) -> None:  # type: ignore[no-untyped-def]
    text = page()
    doc = assign_names(parse_text(text, "carrier.md", kind=kind), types=TYPES)
    assert not doc.has_errors, [d.format() for d in doc.diagnostics]
    assert [e.code for _, e in doc.entries()] == CARRIER  # "12" a string, "TD: 0004" as written
    assert [e.name for _, e in doc.entries()] == [
        "DELIVRD", "UNDELIV", "MK_0017", "TD_0001", "TD_0004", "BWLIST_006", "MOBILE_BLACK", "E_12", "E_1", "E_24",
    ]  # fmt: skip
    spaces = [d for d in doc.diagnostics if "spaces" in d.message]
    assert len(spaces) == 1 and spaces[0].severity == "warning"  # once per table, not per row
    assert "'TD: 0004'" in spaces[0].message and "'MOBILE BLACK'" in spaces[0].message
    accounted(doc, text)


def test_auto_makes_a_table_integer_only_when_every_code_is_one() -> None:
    assert table_kind(["12", "-1", "0x10"], "int") == "int"
    assert table_kind(["12", "DELIVRD", "1", "24"], "int") == "string"
    assert table_kind([], "int") == "int"
    text = "## A\n\n| Error Code | Description |\n| --- | --- |\n| 1 | One |\n| 2 | Two |\n| X | Ex |\n"
    doc = parse_text(text, "t.md", kind="auto")
    assert [e.code for _, e in doc.entries()] == ["1", "2", "X"] and doc.kind == "string"
    assert parse_text(text.replace("| X | Ex |\n", ""), "t.md", kind="auto").kind == "int"


def test_a_header_word_and_an_empty_cell_are_not_codes() -> None:
    text = "## A\n\n| Error Code | Description |\n| --- | --- |\n| 1 | One |\n| Error Code | Description |\n|  | Nothing |\n| 2 | Two |\n"
    doc = parse_text(text, "t.md", kind="auto")
    assert doc.kind == "int" and [e.code for _, e in doc.entries()] == [1, 2]
    assert [(d.line, d.severity) for d in doc.diagnostics] == [(6, "warning"), (7, "error")]


@pytest.mark.parametrize(
    ("headers", "roles"),
    [
        (["HTTP  StatusCode", "ErrorCode", "ErrorMessage"], {"http_status": 0, "code": 1, "message": 2}),
        (["Error Code Name", "Error Code Value", "Description"], {"name": 0, "code": 1, "description": 2}),
        (["Enumerated Value", "Description"], {"code": 0, "description": 1}),
        (["Key", "Error Code", "Description"], {"name": 0, "code": 1, "description": 2}),
        (["Error Code", "Cause and Solution"], {"code": 0, "description": 1}),
        (["Error Code", "Cause and Suggested Solution"], {"code": 0, "description": 1}),
        (["Error Code", "Description", "Cause and Solution"], {"code": 0, "description": 1, "action": 2}),
    ],
)
def test_column_headings_of_other_pages(headers: list[str], roles: dict[str, int]) -> None:
    assert classify_columns(headers) == roles


def test_error_code_name_beside_value_names_the_code() -> None:
    text = "## SDK\n\n| Error Code Name | Error Code Value | Cause and Solution |\n| --- | --- | --- |\n| ERR_ROOM_ID_INVALID | -100018 | Check the room ID |\n"
    doc = assign_names(parse_text(text, "t.md", kind="auto"), types=TYPES)
    assert [(e.code, e.upstream_name, e.name, e.description) for _, e in doc.entries()] == [
        (-100018, "ERR_ROOM_ID_INVALID", "ERR_ROOM_ID_INVALID", "Check the room ID")
    ]
    assert not doc.diagnostics


def test_hexadecimal_codes_and_code_spans_and_stray_spaces() -> None:
    text = "## Web\n\n| Key | Error Code | Description |\n| --- | --- | --- |\n| INVALID_PARAMETER | 0x1000 | Bad |\n| UNKNOWN | ` 0xFFFF ` | Unknown |\n| OTHER_ONE |  `- 7`  | Minus seven |\n"
    for kind in ("int", "auto"):
        doc = assign_names(parse_text(text, "t.md", kind=kind), types=TYPES)
        assert not doc.diagnostics
        assert [(e.code, e.spelling, e.name) for _, e in doc.entries()] == [
            (4096, "0x1000", "INVALID_PARAMETER"), (65535, "0xFFFF", "UNKNOWN"), (-7, None, "OTHER_ONE"),
        ]  # fmt: skip
    model = json.loads(render(REGISTRY["json"], assign_names(parse_text(text, "t.md"), types=TYPES), {})["json/ci-error-codes.json"])
    assert model["categories"][0]["entries"][0]["spelling"] == "0x1000"


def test_a_delimiter_row_with_more_cells_than_the_header_is_a_table() -> None:
    text = "## A\n\n| Error Code | Description | Solution |\n| --- | --- | --- | --- |\n| -1 | One | Retry |\n| -2 | Two | - |\n"
    doc = parse_text(text, "t.md", kind="auto")
    assert [(e.code, e.action) for _, e in doc.entries()] == [(-1, "Retry"), (-2, None)]
    assert [(d.line, d.severity) for d in doc.diagnostics] == [(4, "warning")]
    assert "4 cells, the header 3" in doc.diagnostics[0].message


def test_names_that_collide_once_normalised_and_a_repeated_heading() -> None:
    text = (
        "## Room errors\n\n| Enumerated Value | Description |\n| --- | --- |\n"
        "| ErrServerCenterInvalidRoomId | Older |\n| ERR_SERVER_CENTER_INVALID_ROOM_ID | Invalid room ID |\n"
        "\n## Other\n\n| Error Code | Description |\n| --- | --- |\n| X | x |\n"
        "\n## Room errors\n\n| Error Code | Description |\n| --- | --- |\n| ERR_SERVER_CENTER_INVALID_ROOMID | Again |\n"
    )
    doc = assign_names(parse_text(text, "t.md", kind="auto"), types=TYPES)
    assert not doc.has_errors, [d.format() for d in doc.diagnostics]
    assert [c.id for c in doc.categories] == ["room", "other", "room_3"]
    names = {e.code: e.name for _, e in doc.entries()}
    # One namespace across the page, numbered in the order of the codes ("...ROOMID" < "...ROOM_ID" < "Err...").
    assert names == {
        "ERR_SERVER_CENTER_INVALID_ROOMID": "ERR_SERVER_CENTER_INVALID_ROOMID",
        "ERR_SERVER_CENTER_INVALID_ROOM_ID": "ERR_SERVER_CENTER_INVALID_ROOM_ID_2",
        "ErrServerCenterInvalidRoomId": "ERR_SERVER_CENTER_INVALID_ROOM_ID_3",
        "X": "X",
    }
    # Row order does not decide: the page with the rows swapped names them alike.
    swapped = text.replace("| ErrServerCenterInvalidRoomId | Older |\n| ERR_SERVER_CENTER_INVALID_ROOM_ID | Invalid room ID |\n",
                           "| ERR_SERVER_CENTER_INVALID_ROOM_ID | Invalid room ID |\n| ErrServerCenterInvalidRoomId | Older |\n")
    assert {e.code: e.name for _, e in assign_names(parse_text(swapped, "t.md", kind="auto"), types=TYPES).entries()} == names
    View(doc).codes  # every output's one namespace of symbolic codes accepts them


def test_html_tables_inside_a_list_item_or_a_quote_are_read() -> None:
    text = (
        "## Nested\n\n- Codes:\n  <table>\n  <tr><th>Error Code</th><th>Description</th></tr>\n  <tr><td>-1</td><td>One</td></tr>\n\n"
        "  <tr><td>-2</td><td>Two</td></tr>\n  </table>\n\n> <table>\n> <tr><th>Error Code</th><th>Description</th></tr>\n"
        "> <tr><td>-3</td><td>Three</td></tr>\n> </table>\n"
    )
    doc = parse_text(text, "t.md", kind="auto")
    assert [(e.code, e.line) for _, e in doc.entries()] == [(-1, 6), (-2, 8), (-3, 13)]
    assert not doc.diagnostics
    accounted(doc, text)


def test_a_names_file_reads_back_the_codes_of_a_string_table() -> None:
    doc = parse_text(carrier_markdown(), "carrier.md", kind="string")
    record = NamesFile.from_model(assign_names(doc, types=TYPES), types=TYPES)
    assert '12 = { name = "E_12"' in record.dumps() and '"MK:0017" = { name = "MK_0017"' in record.dumps()
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        names = Path(folder) / "names.toml"
        names.write_text(record.dumps(), encoding="utf-8")
        again = NamesFile.load(names, types=TYPES).apply(parse_text(carrier_markdown(), "carrier.md", kind="auto"))
    assert not again.has_errors and [e.code for _, e in again.entries()] == CARRIER
    assert NamesFile.from_model(again, types=TYPES).dumps() == record.dumps()


def test_the_golden_case_generates_again_with_no_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "case"
    shutil.copytree(CASE, work, ignore=shutil.ignore_patterns("expected"))
    monkeypatch.chdir(work)
    assert cli.main(["generate"]) == 0
    first = {p: p.read_bytes() for p in work.rglob("*") if p.is_file() and p.name != ".errcodegen.lock"}
    assert cli.main(["generate"]) == 0
    assert {p: p.read_bytes() for p in work.rglob("*") if p.is_file() and p.name != ".errcodegen.lock"} == first


def test_diff_compares_every_row_of_a_code_and_takes_kind_auto(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = "## Account\n\n| Error Code | Description | Solution |\n| --- | --- | --- |\n| 70002 | Empty | Check it |\n| 70002 | Empty (server) | Check the server |\n"
    old = parse_text(page, "old.md", kind="int")
    new = parse_text(page.replace("Check the server", "Check the server's key"), "new.md", kind="int")
    report = diff.compare(old, new)
    assert [(c.kind, c.code, c.row, c.fields) for c in report.codes] == [
        ("changed", 70002, 2, {"action": ("Check the server", "Check the server's key")})
    ]
    assert "70002 (row 2)" in report_text(report, "text")
    (tmp_path / "old.md").write_text(page + "\n" + carrier_markdown(), encoding="utf-8")
    (tmp_path / "new.md").write_text(page + "\n" + carrier_markdown().replace("| 12 | Status 7 |", "| 12 | Expired |"), encoding="utf-8")
    assert cli.main(["diff", "--kind", "auto", "--names", "none", str(tmp_path / "old.md"), str(tmp_path / "new.md")]) == 1
    out = capsys.readouterr().out
    assert "~ carrier_status 12 E_12" in out and "Status 7 -> Expired" in out


def test_the_schema_carries_every_row_of_an_integer_code() -> None:
    page = "## Account\n\n| Error Code | Description | HTTP Status |\n| --- | --- | --- |\n| -1 | A | 400 |\n| -1 | B | 403 |\n| -2 | C | 500 |\n"
    doc = assign_names(parse_text(page, "t.md"), types=TYPES)
    schema = json.loads(render(REGISTRY["schema"], doc, {})["schema/ci-error-codes.schema.json"])
    branches = next(d for d in schema["$defs"].values() if "oneOf" in d)["oneOf"]
    assert [b["const"] for b in branches] == [-1, -2]
    assert [(v["http_status"], v["description"]) for v in branches[0]["x-variants"]] == [(400, "A"), (403, "B")]
    assert "x-variants" not in branches[1]


# -- the golden case's outputs build and read back, in the languages whose fast tests do not
#    already build every golden case (Java and Rust do: test_java.py, test_rust.py) --------------

OUT = CASE / "expected" / "out"
ROOT = Path(__file__).resolve().parent.parent


def test_python_reads_back_codes_of_every_shape() -> None:
    import subprocess
    import sys

    probe = (
        "import case as m, case_sdk_errors as s\n"
        "assert m.ErrorCode('MK:0017').name == 'MK_0017' and m.ErrorCode('12').name == 'E_12'\n"
        "assert m.ErrorCode('TD: 0004').name == 'TD_0004' and m.ErrorCode('TD:0004').name == 'TD_0004_2'\n"
        "assert s.WebSdkError.INVALID_PARAMETER.value == 0x1000\n"
    )
    path = os.pathsep.join(str(p) for p in sorted((OUT / "python").iterdir()))  # each project holds its package
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": path})
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_typescript_compiles_strictly(typescript_program: TsProgram) -> None:
    """Both modules, in conftest's one TypeScript program (every golden case's modules among them)."""
    for folder in ("case", "case-sdk"):
        problem = typescript_verdict(typescript_program, OUT / "typescript" / folder)
        assert problem is None, problem


@pytest.mark.slow
@pytest.mark.parametrize("module", ["go/case", "go/go-sdk"])
def test_go_vets(module: str, go_program: GoProgram) -> None:
    """Both modules, in conftest's one gofmt -l and go vet of every golden case's module."""
    assert go_verdict(go_program, OUT / module) is None, go_verdict(go_program, OUT / module)


HOSTILE_CODES = ["A&quot;B", "C\\D", "E*/F", "${I}", "J'K", "L&lt;/script&gt;M", "é:ü", "新增", "#{x}", "{}"]


def test_string_codes_of_any_characters_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Any code a page uses is a code now: quotes, backslashes, comment ends, template syntax and
    letters beyond ASCII are string literals every output escapes (identifiers from its ASCII words)."""
    import os
    import subprocess
    import sys

    rows = "".join(f"<tr><td>{c}</td><td>Row {i}</td></tr>\n" for i, c in enumerate(HOSTILE_CODES))
    (tmp_path / "input.md").write_text(f"## Hostile\n\n<table>\n<tr><th>Error Code</th><th>Description</th></tr>\n{rows}</table>\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.errcodegen]\nout = "out"\n\n[[tool.errcodegen.sets]]\nname = "case"\nkind = "string"\npages = { en = "input.md" }\nnames = "names.toml"\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    assert cli.main(["generate"]) == 0
    again = NamesFile.load(tmp_path / "names.toml", types=TYPES)  # the names file reads its own keys back
    assert [code for p in again.categories for code, _ in p.codes] == [
        'A"B', "C\\D", "E*/F", "${I}", "J'K", "L</script>M", "é:ü", "新增", "#{x}", "{}",
    ]  # fmt: skip
    probe = "import case as m; print('|'.join(c.value for c in m.ErrorCode))"
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path / "out" / "python" / "case", capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == '|'.join(['A"B', "C\\D", "E*/F", "${I}", "J'K", "L</script>M", "é:ü", "新增", "#{x}", "{}"]), result.stderr
    tsc = ROOT / "node_modules" / ".bin" / "tsc"
    if tsc.exists():
        files = [str(p) for p in (tmp_path / "out" / "typescript").glob("*/*.ts") if not p.name.endswith(".d.ts")]
        checked = subprocess.run([str(tsc), "--strict", "--noEmit", "--target", "es2020", "--module", "commonjs", *files], capture_output=True, text=True, timeout=600)
        assert checked.returncode == 0, checked.stdout
    go = shutil.which("go")
    if go is not None:
        env = {**os.environ, "GOTOOLCHAIN": "local", "GOFLAGS": "-mod=mod", "GOPROXY": "off"}
        vetted = subprocess.run([go, "vet", "./..."], cwd=tmp_path / "out" / "go" / "case", capture_output=True, text=True, env=env, timeout=600)
        assert vetted.returncode == 0, vetted.stderr


def test_a_string_table_keeps_codes_that_spell_integers_otherwise(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`007` and `-0` are codes of a string table: the names file writes them as keys that read
    back as those codes (in an integer table the same keys stay refused: "write it as 7")."""
    (tmp_path / "input.md").write_text(
        "## Carrier\n\n| Error Code | Description |\n| --- | --- |\n| DELIVRD | Delivered |\n| 007 | Seven |\n| 12 | Twelve |\n| -0 | Minus zero |\n",
        encoding="utf-8",
    )
    (tmp_path / "pyproject.toml").write_text(
        '[tool.errcodegen]\nout = "out"\n\n[[tool.errcodegen.sets]]\nname = "case"\nkind = "string"\npages = { en = "input.md" }\nnames = "names.toml"\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    assert cli.main(["generate"]) == 0
    assert cli.main(["generate"]) == 0 and cli.main(["check"]) == 0
    record = NamesFile.load(tmp_path / "names.toml", types=TYPES)
    named = record.apply(parse_text((tmp_path / "input.md").read_text(encoding="utf-8"), "input.md", kind="string"))
    assert [(e.code, e.name) for e in named.categories[0].entries] == [("DELIVRD", "DELIVRD"), ("007", "E_007"), ("12", "E_12"), ("-0", "E_0")]
