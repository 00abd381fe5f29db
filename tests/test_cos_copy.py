"""CI's codes as the COS page copies them, against CI's own page: every code whose text differs.

The project reads `source_docs/cos-error-codes.en.md` into two sets (pyproject.toml): COS's
own codes, and CI's codes from COS's `### Data processing errors`. The copy drifts from CI's
page; this test writes the report of every difference to `tests/upstream_pages/
cos-ci-differences.txt` (refreshed with UPDATE_GOLDEN=1, reviewed like any golden file) and
checks it against the two models row by row.
"""

from __future__ import annotations

import os
from pathlib import Path

from errcodegen import config, pipeline
from errcodegen.matching import match
from errcodegen.model import Category, Document

from .conftest import ROOT

REPORT = ROOT / "tests" / "upstream_pages" / "cos-ci-differences.txt"


def _models() -> tuple[Document, Document]:
    cfg = config.load(ROOT / "pyproject.toml")
    by_name = {s.name: s for s in cfg.sets}
    ci = pipeline.build_set(cfg, by_name["ci-error-codes"])
    copy = pipeline.build_set(cfg, by_name["cos-ci-error-codes"])
    return ci, copy


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def differences(ci: Document, copy: Document) -> tuple[list[tuple[Category, Category]], list[str]]:
    """The categories paired by their codes, and one line per code whose text differs."""
    live = [[e.code for e in c.entries if not e.deprecated] for c in ci.categories]
    pairs = match(live, [[e.code for e in c.entries] for c in copy.categories])
    paired = [(copy.categories[j], ci.categories[i]) for j, i in sorted(pairs.items())]
    lines: list[str] = []
    for j, theirs in enumerate(copy.categories):
        if j not in pairs:
            lines.append(f"{theirs.id}: no category of CI's page holds its codes")
    for theirs, ours in paired:
        own = {e.code: e for e in ours.entries if not e.deprecated}
        for e in theirs.entries:
            twin = own.get(e.code)
            where = f"{theirs.id} {e.code} (COS line {e.line})"
            if twin is None:
                lines.append(f"{where}: not in CI's '{ours.title}'")
                continue
            for field in ("description", "action"):
                a, b = _norm(getattr(e, field)), _norm(getattr(twin, field))
                if a != b:
                    how = "final stop only" if a.rstrip(".。") == b.rstrip(".。") else "wording"
                    lines.append(f"{where} {field} ({how}): COS {a or '-'!r} / CI {b or '-'!r} (CI line {twin.line})")
        copied = {e.code for e in theirs.entries}
        for code, e in own.items():
            if code not in copied:
                lines.append(f"{theirs.id} {code}: in CI's '{ours.title}' (line {e.line}), not in COS's copy")
    return paired, lines


def test_cos_copy_against_ci_page() -> None:
    ci, copy = _models()
    paired, lines = differences(ci, copy)
    # Each copied table pairs with the CI table of the same subject.
    assert [(theirs.id, ours.id) for theirs, ours in paired] == [
        ("image_download", "download"),
        ("image_persistence_processing", "persistence_processing"),
        ("file_preview", "file_preview"),
        ("content_moderation", "content_moderation"),
    ]
    # Every line of the report is borne out by the two models, and every code left out of
    # it has the same text on both pages.
    own = {(ours.id, e.code): e for _, ours in paired for e in ours.entries}
    reported = {line.split(" ")[1] for line in lines}
    checked = 0
    for theirs, ours in paired:
        for e in theirs.entries:
            twin = own.get((ours.id, e.code))
            same = twin is not None and _norm(e.description) == _norm(twin.description) and _norm(e.action) == _norm(twin.action)
            assert (str(e.code) in reported) == (not same), (theirs.id, e.code)
            checked += 1
    assert checked == sum(len(t.entries) for t, _ in paired) > 70
    report = "".join(f"{line}\n" for line in lines)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        REPORT.write_text(report, encoding="utf-8", newline="\n")
    assert report == REPORT.read_text(encoding="utf-8"), "the pages changed: review the new report (UPDATE_GOLDEN=1)\n" + report
    print(report)  # shown with pytest -s


def test_the_two_cos_sets_each_read_their_part_of_the_page() -> None:
    cfg = config.load(ROOT / "pyproject.toml")
    by_name = {s.name: s for s in cfg.sets}
    cos = pipeline.build_set(cfg, by_name["cos-error-codes"])
    _, copy = _models()
    assert cos.kind == "string" and copy.kind == "int"
    assert [c.id for c in cos.categories] == ["http_4xx", "http_5xx"]
    assert {c.path for c in copy.categories} == {("Error Codes", "Data processing errors")}
    assert not cos.has_errors and not copy.has_errors
    lines = {e.line for _, e in cos.entries()} | {e.line for _, e in copy.entries()}
    page = Path(ROOT / "source_docs" / "cos-error-codes.en.md").read_text(encoding="utf-8").split("\n")
    rows = {i + 1 for i, line in enumerate(page) if line.startswith("|") and not line.startswith("| -") and "---" not in line}
    headers = {i + 1 for i, line in enumerate(page) if line.startswith("| HTTP Status Code") or line.startswith("| Error Code") or line.startswith("| Node Name")}
    noted = {d.line for d in cos.diagnostics} | {d.line for d in copy.diagnostics}
    # Every table row of the page is an entry of one set or a diagnostic (the XML node tables
    # and the fallback row `Other` are told in diagnostics or as the category's fallback).
    node_rows = set(range(27, 40))
    fallback = {i + 1 for i, line in enumerate(page) if line.startswith("| Other |")}
    assert rows - headers - lines - noted - node_rows - fallback == set()
