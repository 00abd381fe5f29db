"""Scale faults: category matching stays near-linear, `diff --format json` stays small.

The complexity test counts the matcher's operations instead of timing it, so machine load
cannot make it pass or fail; the memory test reads the peak RSS of one child process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Callable

import pytest

from errcodegen import matching
from errcodegen.merge import merge
from errcodegen.model import Category, Document, Entry
from errcodegen.names import NamesFile
from errcodegen.parse import parse_text
from errcodegen.targets.registry import type_names

TYPES = type_names()  # what the outputs reserve of type names, as generate names

from .conftest import ROOT
from .synth import page

HEAD = "| Error Code | Description | Action |\n| --- | --- | --- |\n"
TEXTS = ("file is invalid", "image is blocked", "bucket does not exist", "style is empty", "URL is expired", "host fails")


def _page(sections: list[tuple[str, list[int]]], heading: str = "###") -> str:
    out = []
    for title, codes in sections:
        rows = "".join(f"| {code} | The {TEXTS[-code % len(TEXTS)]} {-code}. | - |\n" for code in codes)
        out.append(f"{heading} {title}\n\n{HEAD}{rows}\n")
    return "".join(out)


def _named(text: str) -> Document:
    return NamesFile(types=TYPES).apply(parse_text(text, "old.md"))


def _renamed(old: Document, text: str) -> Document:
    """`text` named the way `generate` names it with the names file written for `old`."""
    return NamesFile.from_model(old, types=TYPES).apply(parse_text(text, "new.md"))


def _names(doc: Document) -> dict[int | str, tuple[str, str, str, bool]]:
    return {e.code: (c.id, c.name, e.name, e.deprecated) for c in doc.categories for e in c.entries}


# -- behaviour ---------------------------------------------------------------------------


def test_reworded_headings_keep_their_category_ids_and_names() -> None:
    old = _named(_page([("Download errors", [-1, -2, -3]), ("Upload errors", [-4, -5]), ("Preview errors", [-6])]))
    new = _renamed(old, _page([("Failures when fetching", [-1, -2, -3]), ("Failures when storing", [-4, -5]), ("Failures of previews", [-6])]))
    assert [c.id for c in new.categories] == [c.id for c in old.categories] == ["download", "upload", "preview"]
    assert [c.name for c in new.categories] == [c.name for c in old.categories]
    assert [c.title for c in new.categories] == ["Failures when fetching", "Failures when storing", "Failures of previews"]
    assert _names(new) == _names(old)
    assert sum("by its codes" in d.message for d in new.diagnostics) == 3


def test_a_split_category_keeps_its_identity_in_its_first_part() -> None:
    old = _named(_page([("Download errors", [-1, -2, -3, -4, -5, -6])]))
    new = _renamed(old, _page([("Fetch errors", [-1, -2, -3, -4]), ("Origin errors", [-5, -6])]))
    assert [c.id for c in new.categories] == ["download", "origin"]
    download, origin = new.categories
    assert [(e.code, e.deprecated) for e in download.entries] == [(-1, False), (-2, False), (-3, False), (-4, False), (-5, True), (-6, True)]
    assert [e.code for e in origin.entries] == [-5, -6] and not origin.deprecated
    assert all(_names(old)[e.code][2] == e.name for e in download.entries)  # names kept, retired ones too
    # Page order decides, not size: the first part qualifies (all its codes are shared).
    new = _renamed(old, _page([("Origin errors", [-5, -6]), ("Fetch errors", [-1, -2, -3, -4])]))
    assert [(c.id, c.deprecated) for c in new.categories] == [("download", False), ("fetch", False)]


def test_merged_categories_go_to_the_nearest_one_the_other_is_retired() -> None:
    old = _named(_page([("Download errors", [-1, -2]), ("Upload errors", [-3, -4])]))
    # Two codes shared with each: a tie, decided by position (the new category is first).
    new = _renamed(old, _page([("Transfer errors", [-1, -2, -3, -4])]))
    assert [(c.id, c.deprecated) for c in new.categories] == [("download", False), ("upload", True)]
    assert [e.code for e in new.categories[1].entries] == [-3, -4]
    # The same categories the other way round: the nearest is now `upload`.
    old = _named(_page([("Upload errors", [-3, -4]), ("Download errors", [-1, -2])]))
    new = _renamed(old, _page([("Transfer errors", [-1, -2, -3, -4])]))
    assert [(c.id, c.deprecated) for c in new.categories] == [("upload", False), ("download", True)]
    # Behind a new first category, the merged one is nearest to `download`, second.
    new = _renamed(old, _page([("Other errors", [-9]), ("Transfer errors", [-1, -2, -3, -4])]))
    assert [(c.id, c.deprecated) for c in new.categories] == [("other", False), ("download", False), ("upload", True)]


def test_a_category_sharing_a_minority_of_codes_is_a_new_category() -> None:
    old = _named(_page([("Download errors", [-1, -2, -3, -4])]))
    new = _renamed(old, _page([("Audit errors", [-4, -10, -11, -12])]))
    assert [(c.id, c.deprecated) for c in new.categories] == [("audit", False), ("download", True)]


def test_ties_go_to_the_nearest_position_then_the_earlier_category() -> None:
    same = [{1}, {1}, {1}]
    assert matching.match(same, [set(), {1}]) == {1: 1}
    assert matching.match(same, [{1}, {1}, {1}]) == {0: 0, 1: 1, 2: 2}
    assert matching.match(same, [{1}, {1}]) == {0: 0, 1: 1}
    # Old 0 and old 2 are both one away from new 1 (old 1 is taken): the earlier wins.
    assert matching.match(same, [set(), {1}], taken={1}) == {1: 0}
    # More shared codes beat position; `done` new categories are left alone.
    assert matching.match([{1}, {1, 2}], [{1, 2}]) == {0: 1}
    assert matching.match([{1}, {1, 2}], [{1, 2}, {1}], done={0}) == {1: 1}
    # Symbolic codes: the same answer whatever the hash seed (a total order decides).
    script = (
        "from errcodegen.matching import match;"
        "print(match([{'A', 'B'}, {'B', 'C'}, {'C', 'A'}, {'A', 'B'}], [{'A', 'B', 'C'}] * 4))"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", script], cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True, check=True
        ).stdout
        for seed in ("0", "1", "2")
    }
    assert seen == {"{0: 0, 1: 1, 2: 2, 3: 3}\n"}


def test_locales_merge_by_codes_whatever_their_order_and_headings() -> None:
    en = parse_text(_page([("Download errors", [-1, -2, -3]), ("Upload errors", [-4, -5])]), "en.md")
    zh = parse_text(_page([("上传错误", [-4, -5]), ("下载错误", [-1, -2, -3])]), "zh.md")
    before = matching.STATS.scored
    merged = merge(en, "zh", zh)
    assert matching.STATS.scored > before  # merge goes through the shared matcher
    titles = {c.title: [(t.locale, t.description) for t in c.translations] for c in merged.categories}
    assert titles == {"Download errors": [("zh", "下载错误")], "Upload errors": [("zh", "上传错误")]}
    assert [[t.description for e in c.entries for t in e.translations] for c in merged.categories] == [
        [f"The {TEXTS[k % len(TEXTS)]} {k}." for k in codes] for codes in ([1, 2, 3], [4, 5])
    ]
    assert not [d for d in merged.diagnostics if d.severity == "warning"]
    # One shared code out of many is enough between locales (a lagging translation).
    zh = parse_text(_page([("下载错误", [-1, -7, -8, -9])]), "zh.md")
    merged = merge(parse_text(_page([("Download errors", [-1, -2, -3, -4])]), "en.md"), "zh", zh)
    assert [c.title for c in merged.categories] == ["Download errors"]
    assert merged.categories[0].translations[0].description == "下载错误"


# -- complexity, counted --------------------------------------------------------------------


def _document(n: int, reworded: bool, source: str) -> Document:
    """n categories of four codes, each sharing one code with the next (as -3006 does)."""
    categories = []
    for i in range(n):
        codes = [-(i * 3 + k + 1) for k in range(4)]  # the fourth is the next one's first
        entries = tuple(Entry(code, "", None, f"The file {-code} is invalid.", None, (), 0) for code in codes)
        title = f"Failures of kind {i}" if reworded else f"Section {i} errors"
        categories.append(Category(f"{'kind' if reworded else 'section'}_{i}", "", title, None, entries, i + 1))
    return Document(source, "", tuple(categories))


def _reword_work(n: int) -> int:
    old = NamesFile(types=TYPES).apply(_document(n, False, "old.md"))
    record = NamesFile.from_model(old, types=TYPES)
    new = _document(n, True, "new.md")
    start = matching.STATS.visits + matching.STATS.scored
    named = record.apply(new)
    assert [c.id for c in named.categories] == [c.id for c in old.categories]  # every category kept
    return matching.STATS.visits + matching.STATS.scored - start


def _merge_work(n: int) -> int:
    start = matching.STATS.visits + matching.STATS.scored
    merged = merge(_document(n, False, "en.md"), "zh", _document(n, True, "zh.md"))
    assert len(merged.categories) == n
    return matching.STATS.visits + matching.STATS.scored - start


@pytest.mark.parametrize("work", [_reword_work, _merge_work], ids=["names", "merge"])
def test_matching_work_grows_linearly(work: Callable[[int], int]) -> None:
    small, large = work(200), work(800)
    assert small >= 200  # the counter counts: at least one candidate per category
    # Quadratic matching (every new category scored against every old one) gives 16.
    assert large / small < 6, (small, large)


# -- diff memory ---------------------------------------------------------------------------

DIFF_ROWS = 20_000
# At 20 000 rows (every row changed) the diff peaks near 60 MB: both named models, the
# report's changes made one at a time. Holding a list of every change and each page's cells
# and lines while parsing it, as 47499bc did, peaks near 73 MB; building the whole report
# in memory, as 8b6c3e4 did, near 160 MB.
DIFF_PEAK_MB = 70


# Linux counts in a child's ru_maxrss the peak of the memory it was forked (or vforked)
# from: measured straight from pytest, whose own peak grows with the tests before, the
# figure would be pytest's. A small probe process starts the child and reports its peak.
PROBE = """
import os, subprocess, sys
with open(sys.argv[1], "wb") as sink:
    proc = subprocess.Popen(sys.argv[2:], stdout=sink, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)
"""


@pytest.mark.slow
def test_diff_json_of_large_pages_stays_small(tmp_path: Path) -> None:
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text(page(DIFF_ROWS, 2023), encoding="utf-8")
    new.write_text(page(DIFF_ROWS, 7), encoding="utf-8")
    out = tmp_path / "report.json"
    diff = [sys.executable, "-m", "errcodegen", "diff", "--format", "json", str(old), str(new)]
    probe = subprocess.run([sys.executable, "-c", PROBE, str(out), *diff], cwd=ROOT, capture_output=True, text=True, check=True)
    status, peak_kb = (int(field) for field in probe.stdout.split())
    assert status == 1  # changes found
    peak_mb = peak_kb / 1024
    assert peak_mb < DIFF_PEAK_MB, f"diff --format json peaked at {peak_mb:.0f} MB"
    # The streamed report is the whole report: every row changed, in valid JSON.
    report = json.loads(out.read_text(encoding="utf-8"))
    assert len(report["codes"]) > DIFF_ROWS * 0.9 and report["codes"][0]["kind"] == "changed"
