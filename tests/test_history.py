"""When the page changes: pinned names, retired codes, prune, and the semantic diff."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from errcodegen import diff
from errcodegen.cli import main
from errcodegen.names import NamesFile
from errcodegen.parse import parse_text, read_page
from errcodegen.targets.registry import type_names

TYPES = type_names()  # what the outputs reserve of type names, as generate names

from .conftest import ROOT, report_text
from .test_cli import project, run

HISTORY = ROOT / "source_docs" / "history" / "ci-error-codes.en.2020-01.md"
CURRENT = ROOT / "source_docs" / "ci-error-codes.en.md"
DIFF_CASES = Path(__file__).resolve().parent / "diff_cases"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def recorded(names: Path) -> dict[tuple[str, int], str]:
    record = NamesFile.load(names, types=TYPES)
    return {(c.id, code): p.name for c in record.categories for code, p in c.codes}


@pytest.fixture
def upgraded(tmp_path: Path) -> tuple[Path, dict, dict]:
    """A project generated from the 2020 page, then regenerated from today's."""
    proj = project(tmp_path, single=True)
    (proj / "source_docs" / "names.toml").unlink()
    shutil.copy(HISTORY, proj / "source_docs" / "ci-error-codes.en.md")
    assert run(proj, "generate").returncode == 0
    before = recorded(proj / "source_docs" / "names.toml")
    shutil.copy(CURRENT, proj / "source_docs" / "ci-error-codes.en.md")
    assert run(proj, "generate").returncode == 0
    after = recorded(proj / "source_docs" / "names.toml")
    return proj, before, after


def test_every_code_in_both_versions_keeps_its_identifier(upgraded: tuple[Path, dict, dict]) -> None:
    proj, before, after = upgraded
    assert len(before) == 58
    for key, name in before.items():
        assert after[key] == name, key
    # "blacklisted" became "blocked", and "Invalid APPID" appears twice now: no name moved.
    assert after[("download", -110)] == "IMAGE_BLACKLISTED"
    assert after[("download", -104)] == before[("download", -104)]
    assert after[("download", -46154)] == before[("download", -46154)]
    assert len(after) == 104
    python = (proj / "generated/python/ci-error-codes/ci_error_codes/__init__.py").read_text(encoding="utf-8")
    assert "class DownloadError(CIError):" in python and "IMAGE_BLACKLISTED = -110" in python
    assert "class PersistenceProcessingError(CIError):" in python


def test_removed_code_is_retired_in_every_output_and_comes_back_with_its_name(tmp_path: Path) -> None:
    proj = project(tmp_path, single=True)
    assert run(proj, "generate").returncode == 0
    original = (proj / "generated/python/ci-error-codes/ci_error_codes/__init__.py").read_text(encoding="utf-8")
    page = proj / "source_docs" / "ci-error-codes.en.md"
    text = page.read_text(encoding="utf-8")
    row = next(line for line in text.split("\n") if line.startswith("| -46618 "))
    page.write_text(text.replace(row + "\n", ""), encoding="utf-8")
    assert run(proj, "generate").returncode == 0
    out = proj / "generated"
    python = (out / "python/ci-error-codes/ci_error_codes/__init__.py").read_text(encoding="utf-8")
    assert "    # Deprecated: retired from the upstream page" in python
    assert '("DownloadError", "SIGNATURE_AUTHENTICATION_FAILS")' in python
    ts = (out / "typescript/ci-error-codes/ciErrorCodes.ts").read_text(encoding="utf-8")
    assert re.search(r"@deprecated[^\n]*\n?[^\n]*\n?\s*SIGNATURE_AUTHENTICATION_FAILS: -46618", ts) or (
        "@deprecated" in ts.split("SIGNATURE_AUTHENTICATION_FAILS: -46618")[0].rsplit("*/", 2)[-2]
    )
    go = (out / "go/ci-error-codes/cierrors.go").read_text(encoding="utf-8")
    block = go.split("DownloadSignatureAuthenticationFails DownloadError = -46618")[0].rsplit("\n\n", 1)[-1]
    assert "// Deprecated:" in block
    schema = json.loads((out / "schema/ci-error-codes.schema.json").read_text(encoding="utf-8"))
    branch = next(b for b in schema["$defs"]["DownloadError"]["oneOf"] if b["const"] == -46618)
    assert branch["deprecated"] is True
    model = json.loads((out / "json/ci-error-codes.json").read_text(encoding="utf-8"))
    entry = next(e for e in model["categories"][0]["entries"] if e["code"] == -46618)
    assert entry["deprecated"] is True and entry["name"] == "SIGNATURE_AUTHENTICATION_FAILS"
    assert entry["description"] == "Signature authentication fails."
    assert run(proj, "check").returncode == 0
    # It comes back: same name, no longer deprecated.
    page.write_text(text, encoding="utf-8")
    assert run(proj, "generate").returncode == 0
    assert (out / "python/ci-error-codes/ci_error_codes/__init__.py").read_text(encoding="utf-8") == original


def test_prune_removes_retired_codes(tmp_path: Path) -> None:
    proj = project(tmp_path, single=True)
    page = proj / "source_docs" / "ci-error-codes.en.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("| -46661 | No access permission | Contact the resource owner for permission. |\n", ""), encoding="utf-8")
    assert run(proj, "generate").returncode == 0
    assert "NO_ACCESS_PERMISSION" in (proj / "generated/python/ci-error-codes/ci_error_codes/__init__.py").read_text(encoding="utf-8")
    result = run(proj, "prune")
    assert result.returncode == 0 and "download -46661 NO_ACCESS_PERMISSION" in result.stderr
    assert run(proj, "check").returncode == 1
    assert run(proj, "generate").returncode == 0
    assert "NO_ACCESS_PERMISSION" not in (proj / "generated/python/ci-error-codes/ci_error_codes/__init__.py").read_text(encoding="utf-8")


def test_reworded_heading_keeps_the_category_by_its_codes(tmp_path: Path) -> None:
    proj = project(tmp_path, single=True)
    page = proj / "source_docs" / "ci-error-codes.en.md"
    page.write_text(page.read_text(encoding="utf-8").replace("### Download errors", "### Failures when fetching images"), encoding="utf-8")
    assert run(proj, "generate").returncode == 0
    python = (proj / "generated/python/ci-error-codes/ci_error_codes/__init__.py").read_text(encoding="utf-8")
    assert "class DownloadError(CIError):" in python
    assert '"download",\n        "Failures when fetching images",' in python


def _diff(old: str | Path, new: str | Path, fmt: str) -> str:
    report = diff.compare(read_page(old, Path(old).name), read_page(new, Path(new).name))
    return report_text(report, fmt)


@pytest.mark.parametrize("fmt, suffix", [("text", "txt"), ("markdown", "md"), ("json", "json")])
def test_diff_golden_2020_to_current(fmt: str, suffix: str) -> None:
    case = DIFF_CASES / "history_2020"
    produced = _diff(case / "old.md", case / "new.md", fmt)
    expected = case / f"expected.{suffix}"
    if UPDATE:
        expected.write_text(produced, encoding="utf-8", newline="\n")
    assert produced == expected.read_text(encoding="utf-8")


def test_diff_2020_to_current_content() -> None:
    report = diff.compare(read_page(HISTORY), read_page(CURRENT))
    added = {(c.category, c.code) for c in report.codes if c.kind == "added"}
    for code in (-113, -443, -3006, -3008, -3011, -3015, -3075, -46661):
        assert ("download", code) in added
    assert {cid for cid, _ in report.categories_added} == {"file_preview", "content_moderation", "media_processing"}
    assert len([a for a in added if a[0] == "media_processing"]) == 25
    assert {cid for cid, _, _ in report.categories_renamed} == {"download", "persistence_processing"}
    assert not report.categories_removed and not report.breaking
    changed = {c.code: c for c in report.codes if c.kind == "changed"}
    assert changed[-110].fields["description"] == ("The image is blacklisted.", "The image is blocked.")
    assert not changed[-110].breaking
    assert -103 not in changed and -104 not in changed  # CRLF, padding, N/A -> '-' are not changes


def test_crlf_padding_na_and_trailing_period_are_not_changes(tmp_path: Path) -> None:
    old = "### Download errors\r\n\r\n| Error Code | Description | Action |\r\n|---|---|---|\r\n| -1 | The file is blocked. | N/A |\r\n"
    new = "### Download errors\n\n| Error Code | Description | Action |\n| ------ | ---- | ---- |\n|   -1   |   The file  is blocked   |   -   |\n"
    report = diff.compare(parse_text(old, "old.md"), parse_text(new, "new.md"))
    assert report.empty


def test_diff_cli_exit_statuses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(CURRENT), str(CURRENT)]) == 0
    assert main(["diff", str(HISTORY), str(CURRENT)]) == 1
    assert main(["diff", "--fail-on-breaking", str(HISTORY), str(CURRENT)]) == 0
    assert main(["diff", str(tmp_path / "missing.md"), str(CURRENT)]) == 2
    capsys.readouterr()
    assert main(["diff", "--format", "json", str(HISTORY), str(CURRENT)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["breaking"] is False and len(data["codes"]) > 50


def _page(rows: list[tuple[int, int, str, str]]) -> str:
    out = []
    for cat in sorted({r[0] for r in rows}):
        out.append(f"### Category {cat} errors\n\n| Error Code | Description | Action |\n| --- | --- | --- |\n")
        seen = set()
        for c, code, text, action in rows:
            if c == cat and code not in seen:
                seen.add(code)
                out.append(f"| {code} | {text} | {action} |\n")
        out.append("\n")
    return "".join(out)


words = st.sampled_from(["file", "image", "blocked", "invalid", "is", "the", "too", "large", "URL", "Invalid APPID"])
row = st.tuples(st.integers(0, 2), st.integers(-60, -1), st.lists(words, min_size=1, max_size=5).map(" ".join), st.sampled_from(["-", "N/A", "Check it.", "Retry."]))
pages = st.lists(row, min_size=1, max_size=25).map(_page)


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "40")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages)
def test_property_diff_of_a_page_with_itself_is_empty(text: str) -> None:
    assert diff.compare(parse_text(text, "a.md"), parse_text(text, "a.md")).empty


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "40")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages, pages)
def test_property_diff_mirrors(a: str, b: str) -> None:
    ab = diff.compare(parse_text(a, "a.md"), parse_text(b, "b.md"))
    ba = diff.compare(parse_text(b, "b.md"), parse_text(a, "a.md"))
    flip = {"added": "removed", "removed": "added", "changed": "changed", "moved": "moved"}
    # A reworded category keeps the id of whichever page is "old": compare by its two titles.
    canon_ab = {i: f"{o}|{n}" for i, o, n in ab.categories_renamed}
    canon_ba = {i: f"{n}|{o}" for i, o, n in ba.categories_renamed}

    def key(c: diff.CodeChange, mirror: bool) -> tuple:
        canon = canon_ba if mirror else canon_ab
        cat = canon.get(c.category, c.category)
        kind = flip[c.kind] if mirror else c.kind
        if c.kind == "moved":
            other = canon.get(c.from_category or "", c.from_category)
            return (kind, c.code, (cat, other) if mirror else (other, cat))
        fields = {k: ((n, o) if mirror else (o, n)) for k, (o, n) in c.fields.items() if k != "name"}
        return (kind, cat, c.code, json.dumps(fields, sort_keys=True))

    assert sorted(key(c, False) for c in ab.codes) == sorted(key(c, True) for c in ba.codes)
    assert sorted(ab.categories_added) == sorted(ba.categories_removed)
    assert sorted(canon_ab.values()) == sorted(canon_ba.values())


def test_diff_of_symbolic_codes_keys_by_http_status() -> None:
    head = "**4xx errors**\n\n| Error Code | Description | HTTP Status Code |\n|-|-|-|\n"
    old = head + "| AccessDenied | No. | 401 Unauthorized |\n| AccessDenied | Forbidden. | 403 Forbidden |\n"
    new = head + "| AccessDenied | No permission. | 401 Unauthorized |\n| SlowDown | Slow. | 429 Too Many Requests |\n"
    report = diff.compare(parse_text(old, "old.md", kind="string"), parse_text(new, "new.md", kind="string"))
    found = sorted((c.kind, c.code, c.status) for c in report.codes)
    assert found == [("added", "SlowDown", 429), ("changed", "AccessDenied", 401), ("removed", "AccessDenied", 403)]
    assert "AccessDenied (HTTP 403)" in report_text(report, "text")
