"""The generated Python package: imported by Python, checked by mypy --strict, stable under black."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import black
import pytest

from generator.model import Document
from generator.targets import python as python_target

from .conftest import vectors

DUMP = """
import json, sys
import ci_error_codes as m
out = {
    "all": sorted(n for n in dir(m) if not n.startswith("_")),
    "dunder_all": m.__all__,
    "entries": [
        {"category": member.category.id, "code": int(member), "name": member.name,
         "description": member.description, "action": member.action}
        for cls in m.CATEGORIES for member in cls
    ],
    "categories": [[list(c)[0].category.id, list(c)[0].category.title, list(c)[0].category.fallback] for c in m.CATEGORIES if len(c)],
    "lookup_3006": [[x.category.id, x.name] for x in m.lookup(-3006)],
    "lookup_unknown": list(m.lookup(123456789)),
    "headers": {v: [x.name for x in m.from_header(v)] for v in
                ["-46618", " -46618 ", "\\t-46618", "+1007", "abc", "", " ", "--1", "１２３", "-4661８", "9" * 40]},
    "header_bytes": [x.name for x in m.from_header(b" -46618 ")],
    "header_none": list(m.from_header(None)),
}
json.dump(out, sys.stdout)
"""


def render_package(doc: Document, tmp: Path) -> Path:
    files = python_target.render(doc, {})
    for rel, text in files.items():
        path = tmp / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
    return tmp / "python"


def load(doc: Document, tmp: Path) -> dict:
    root = render_package(doc, tmp)
    result = subprocess.run(
        [sys.executable, "-c", DUMP], cwd=root, capture_output=True, text=True, check=True,
        env={"PYTHONPATH": str(root), "PYTHONIOENCODING": "utf-8"},
    )
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def loaded(current_doc: Document, tmp_path_factory: pytest.TempPathFactory) -> dict:
    return load(current_doc, tmp_path_factory.mktemp("py"))


def test_reads_back_the_model(current_doc: Document, loaded: dict) -> None:
    assert loaded["entries"] == vectors(current_doc)
    assert [c[0] for c in loaded["categories"]] == [c.id for c in current_doc.categories]
    assert [c[1:] for c in loaded["categories"]] == [[c.title, c.fallback] for c in current_doc.categories]


def test_public_names_are_exactly_the_expected_ones(current_doc: Document, loaded: dict) -> None:
    expected = {"CATEGORIES", "CIError", "Category", "DEPRECATED", "from_header", "lookup"}
    expected |= {c.name for c in current_doc.categories}
    assert set(loaded["dunder_all"]) == expected
    expected |= {"Any", "EnumMeta", "Final", "IntEnum", "NamedTuple", "annotations", "warnings"}  # imports
    assert set(loaded["all"]) == expected


def test_lookup_spans_categories(loaded: dict) -> None:
    assert loaded["lookup_3006"] == [["download", "FILE_ENCRYPTED"], ["file_preview", "FILE_ENCRYPTED"]]
    assert loaded["lookup_unknown"] == []


def test_from_header(loaded: dict) -> None:
    headers = loaded["headers"]
    assert headers["-46618"] == headers[" -46618 "] == headers["\t-46618"] == ["SIGNATURE_AUTHENTICATION_FAILS"]
    assert headers["+1007"] == ["INTERNAL_ERROR"]
    for bad in ["abc", "", " ", "--1", "１２３", "-4661８", "9" * 40]:
        assert headers[bad] == [], bad
    assert loaded["header_bytes"] == ["SIGNATURE_AUTHENTICATION_FAILS"]
    assert loaded["header_none"] == []


def test_black_leaves_it_unchanged(current_doc: Document) -> None:
    text = python_target.render(current_doc, {})["python/ci_error_codes/__init__.py"]
    assert black.format_str(text, mode=black.Mode()) == text


def test_mypy_strict_accepts_package_and_its_use(current_doc: Document, tmp_path: Path) -> None:
    root = render_package(current_doc, tmp_path)
    (root / "use.py").write_text(
        "from ci_error_codes import DownloadError, CIError, lookup, from_header\n"
        "code: CIError = DownloadError.INVALID_REQUEST\n"
        "text: str = code.description\n"
        "action: str | None = code.action\n"
        "found: tuple[CIError, ...] = lookup(-103) + from_header(' -103 ')\n"
        "number: int = code + 1\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "ci_error_codes", "use.py"],
        cwd=root, capture_output=True, text=True, env={"MYPYPATH": str(root), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout
