"""A set chooses what it reads of a page (`sections`); a page of two kinds feeds two sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from errcodegen import config, pipeline

PAGE = """## Error Codes

### 4xx errors

| HTTP Status Code | Error Code | Description |
| --- | --- | --- |
| 400 Bad Request | BadDigest | Digest differs |
| 403 Forbidden | AccessDenied | Denied |

### Data processing errors

#### Image download errors

| Error Code | Description | Solution |
| --- | --- | --- |
| -103 | Invalid request | Check it |
|  | Not a code | - |

#### File preview errors

<table>
<tr><th>Error Code</th><th>Description</th></tr>
<tr><td>-3006</td><td>Encrypted</td></tr>
</table>
"""


def project(tmp_path: Path, kind: str, sections: str) -> config.Config:
    (tmp_path / "page.md").write_text(PAGE, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.errcodegen]\nout = "out"\n\n[[tool.errcodegen.sets]]\nname = "s"\nkind = "{kind}"\n'
        f'pages = {{ en = "page.md" }}\nnames = "names.toml"\nsections = {sections}\n',
        encoding="utf-8",
    )
    return config.load(tmp_path / "pyproject.toml")


def read(tmp_path: Path, kind: str, sections: str):  # type: ignore[no-untyped-def]
    cfg = project(tmp_path, kind, sections)
    return pipeline.assemble_set(cfg, cfg.sets[0])


def test_exclude_by_heading_reads_only_the_symbolic_tables(tmp_path: Path) -> None:
    doc = read(tmp_path, "string", '{ exclude = ["Data processing errors"] }')
    assert doc.kind == "string" and [c.id for c in doc.categories] == ["http_4xx"]
    assert [e.code for _, e in doc.entries()] == ["BadDigest", "AccessDenied"]
    assert not doc.diagnostics  # the error of the row with no code went with its table


def test_include_by_parent_heading_keeps_nested_headings_with_their_path(tmp_path: Path) -> None:
    doc = read(tmp_path, "int", '{ include = ["data processing ERRORS"] }')
    assert [(c.id, c.path) for c in doc.categories] == [
        ("image_download", ("Error Codes", "Data processing errors")),
        ("file_preview", ("Error Codes", "Data processing errors")),
    ]
    assert [e.code for _, e in doc.entries()] == [-103, -3006]
    assert [(d.line, d.severity) for d in doc.diagnostics] == [(17, "error")]  # the row with no code is still this set's


def test_include_by_category_id_and_a_selector_naming_nothing(tmp_path: Path) -> None:
    doc = read(tmp_path, "int", '["file_preview", "Nothing here"]')
    assert [c.id for c in doc.categories] == ["file_preview"]
    assert [(d.severity, d.message) for d in doc.diagnostics] == [
        ("warning", "tool.errcodegen.sets[0].sections.include 'Nothing here' names no error table's heading or category id of this page")
    ]


def test_chosen_tables_of_two_kinds_are_an_error_naming_both(tmp_path: Path) -> None:
    doc = read(tmp_path, "int", '["4xx errors", "Image download errors"]')
    errors = [d for d in doc.diagnostics if d.severity == "error"]
    assert len(errors) == 2  # the mix, and the row with no code
    mix = next(d for d in errors if "mix" in d.message)
    assert mix.line == 14
    assert "'4xx errors' (table at lines 5-8) holds symbolic codes" in mix.message
    assert "'Image download errors' (table at lines 14-17) integer codes" in mix.message


def test_a_chosen_table_of_another_kind_than_the_set_is_an_error(tmp_path: Path) -> None:
    doc = read(tmp_path, "int", '["4xx errors"]')
    assert [(d.line, d.severity) for d in doc.diagnostics] == [(5, "error")]
    assert "but the set's kind is int" in doc.diagnostics[0].message


@pytest.mark.parametrize(
    ("sections", "message"),
    [
        ('{ only = ["x"] }', "unknown key tool.errcodegen.sets[0].sections.only"),
        ("{ include = [] }", "sections.include must be a non-empty list"),
        ('"x"', "sections must be a table"),
        ('{ exclude = [""] }', "sections.exclude[0] must be a non-empty string"),
    ],
)
def test_bad_sections_are_refused_naming_the_key(tmp_path: Path, sections: str, message: str) -> None:
    with pytest.raises(config.ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        project(tmp_path, "int", sections)
