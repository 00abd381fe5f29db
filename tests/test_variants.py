"""A code on several rows of one table: one code with several variants, on integer pages too."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from errcodegen.model import to_json
from errcodegen.naming import assign_names
from errcodegen.parse import parse_text
from errcodegen.targets.registry import by_name

REGISTRY = by_name()
from errcodegen.view import View, grouped
from errcodegen.targets.registry import type_names

TYPES = type_names()  # what the outputs reserve of type names, as generate names

from .test_python import render_package
from .conftest import render

# A status listed once per log message, the status last (columns in any order).
PAGE = """### Download errors

| Error Code | Log Message | Description | HTTP Status |
| --- | --- | --- | --- |
| -1 | bad arg | First text | 400 Bad Request |
| -1 | denied | Second text | 403 Forbidden |
| -2 | x | Other | 400 Bad Request |
"""


def doc():  # type: ignore[no-untyped-def]
    return assign_names(parse_text(PAGE, "v.md"), types=TYPES)


def test_rows_are_variants_with_a_warning_and_the_distinguishing_value() -> None:
    d = doc()
    assert [(x.severity, x.line) for x in d.diagnostics] == [("warning", 5)]
    assert "told apart by 'HTTP Status'" in d.diagnostics[0].message
    rows = [(e.code, e.variant, e.http_status, e.upstream_name) for _, e in d.entries()]
    assert rows == [
        (-1, ("HTTP Status", "400 Bad Request"), 400, "bad arg"),
        (-1, ("HTTP Status", "403 Forbidden"), 403, "denied"),
        (-2, None, 400, "x"),
    ]
    data = to_json(d)
    assert [e.get("variant") for e in data["categories"][0]["entries"]] == [
        {"column": "HTTP Status", "value": "400 Bad Request"},
        {"column": "HTTP Status", "value": "403 Forbidden"},
        None,
    ]


def test_the_view_lays_out_one_entry_per_code_with_every_row() -> None:
    g = grouped(doc())
    entries = g.categories[0].entries
    assert [e.code for e in entries] == [-1, -2]
    assert [v.description for v in entries[0].variants] == ["First text", "Second text"]
    assert entries[1].variants == ()
    view = View(doc())
    assert [e.code for _, e in view.varied] == [-1]
    assert len(view.model.categories[0].entries) == 3


def test_every_target_renders_a_page_with_variants() -> None:
    for name, target in REGISTRY.items():
        files = render(target, doc(), {})
        assert files, name
    schema = json.loads(render(REGISTRY["schema"], doc(), {})["schema/ci-error-codes.schema.json"])
    enums = [d["enum"] for d in schema["$defs"].values() if "enum" in d and d.get("type") == "integer"]
    assert enums and all(len(e) == len(set(e)) for e in enums)


PROBE = """
import json, ci_error_codes as m
member = m.lookup(-1)[0]
print(json.dumps({
    "members": [str(x) for x in m.lookup(-1)],
    "variants": [list(v) for v in member.variants],
    "single": [list(v) for v in m.lookup(-2)[0].variants],
}))
"""


def test_python_lookups_return_every_variant(tmp_path: Path) -> None:
    root = render_package(doc(), tmp_path)
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=root, capture_output=True, text=True, check=True, env={"PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1"})
    assert json.loads(out.stdout) == {
        "members": ["-1"],
        "variants": [
            [-1, "First text", None, "HTTP Status", "400 Bad Request"],
            [-1, "Second text", None, "HTTP Status", "403 Forbidden"],
        ],
        "single": [[-2, "Other", None, None, None]],
    }
