"""Golden cases: each folder of tests/cases holds `input.md` next to the expected output.

`expected/diagnostics.txt` is what `lint` reports; `expected/error.txt` the one-line error
when `generate` must refuse the input; otherwise `expected/out/` is every generated file.
A `kind` file holding `string` makes the input a page of symbolic codes (the job page).
An `input.zh.md` next to `input.md` is the page in Chinese, merged in as `generate` merges a
set's locales; `expected/merge.txt` is then every diagnostic of the merged model.
Regenerate with `UPDATE_GOLDEN=1 make test` (then review the diff before committing).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import black
import pytest

from errcodegen import pipeline
from errcodegen.config import Config, OutputSet
from errcodegen.merge import merge
from errcodegen.parse import read_page

CASES = Path(__file__).resolve().parent / "cases"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def _produce(case: Path) -> dict[str, str]:
    kind = (case / "kind").read_text(encoding="utf-8").strip() if (case / "kind").exists() else "int"
    pages: tuple[tuple[str, Path], ...] = (("en", case / "input.md"),)
    if (case / "input.zh.md").exists():
        pages += (("zh", case / "input.zh.md"),)
    cfg = Config(root=case, out=case / "expected" / "out", sets=(OutputSet("case", kind, pages, case / "names.toml"),))
    raw = read_page(cfg.sets[0].source, "input.md", kind)
    produced = {"diagnostics.txt": "".join(d.format() + "\n" for d in raw.diagnostics)}
    if len(pages) > 1:
        merged = merge(raw, "zh", read_page(pages[1][1], "input.zh.md", kind))
        produced["merge.txt"] = "".join(d.format() + "\n" for d in merged.diagnostics)
    try:
        doc = pipeline.build_model(cfg)
    except pipeline.Trouble as exc:
        produced["error.txt"] = f"{exc}\n"
        return produced
    for rel, text in pipeline.render_model(cfg, doc).items():
        produced[f"out/{rel}"] = text
    return produced


def _on_disk(expected: Path) -> dict[str, str]:
    if not expected.exists():
        return {}
    return {
        p.relative_to(expected).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(expected.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir() if p.is_dir()))
def test_golden(case: str) -> None:
    folder = CASES / case
    produced = _produce(folder)
    expected = folder / "expected"
    if UPDATE:
        shutil.rmtree(expected, ignore_errors=True)
        for rel, text in produced.items():
            path = expected / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
    on_disk = _on_disk(expected)
    assert on_disk, f"no expected output for {case}: run with UPDATE_GOLDEN=1 and review it"
    assert sorted(produced) == sorted(on_disk)
    for rel in produced:
        assert produced[rel] == on_disk[rel], f"{case}/expected/{rel} differs"
        if rel.endswith(".py"):
            assert black.format_str(produced[rel], mode=black.Mode()) == produced[rel], f"black changes {rel}"
