"""The library API (errcodegen.pipeline): a configuration in, {path: content} and diagnostics out,
nothing written. Expectations are the committed files, not the generator's own code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from errcodegen import config, pipeline
from errcodegen.content import emit

from .conftest import ROOT

MANIFEST = "errcodegen-manifest.json"  # the writer's, not the pipeline's


def _text(content: object) -> str:
    if isinstance(content, str):
        return content
    parts: list[str] = []
    emit(content, parts.append)  # type: ignore[arg-type]
    return "".join(parts)


@pytest.mark.parametrize("lazy", [False, True])
def test_run_gives_the_committed_outputs_and_names_files(lazy: bool) -> None:
    result = pipeline.run(config.load(ROOT / "pyproject.toml"), lazy=lazy)
    committed = {
        p.relative_to(ROOT / "generated").as_posix(): p.read_text(encoding="utf-8")
        for p in (ROOT / "generated").rglob("*")
        if p.is_file() and p.name != MANIFEST
    }
    assert sorted(result.files) == sorted(committed)
    for rel, content in result.files.items():
        assert _text(content) == committed[rel], rel
    assert [(path.relative_to(ROOT).as_posix(), text) for path, text in result.names] == [
        ("source_docs/names.toml", (ROOT / "source_docs" / "names.toml").read_text(encoding="utf-8")),
        ("source_docs/media-processing-names.toml", (ROOT / "source_docs" / "media-processing-names.toml").read_text(encoding="utf-8")),
        ("source_docs/cos-names.toml", (ROOT / "source_docs" / "cos-names.toml").read_text(encoding="utf-8")),
        ("source_docs/cos-ci-names.toml", (ROOT / "source_docs" / "cos-ci-names.toml").read_text(encoding="utf-8")),
    ]
    # README: the English page's two warnings (lines 29 and 58), the Chinese page's one (line 29);
    # the job page's two codes of two rows each (variants: lines 53 and 62).
    warnings = [(d.file, d.line) for d in result.diagnostics if d.severity == "warning"]
    job = "source_docs/ci-media-processing-error-codes.en.md"
    assert warnings[:3] == [("source_docs/ci-error-codes.en.md", 29), ("source_docs/ci-error-codes.en.md", 58), ("source_docs/ci-error-codes.zh.md", 29)]
    assert warnings[3:5] == [(job, 53), (job, 62)]


def test_run_writes_nothing(tmp_path: Path) -> None:
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copytree(ROOT / "source_docs", tmp_path / "source_docs")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    result = pipeline.run(pipeline.configure(tmp_path / "pyproject.toml"), lazy=False)
    assert result.files and sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_unusable_input_is_trouble(tmp_path: Path) -> None:
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copytree(ROOT / "source_docs", tmp_path / "source_docs")
    (tmp_path / "source_docs" / "ci-error-codes.en.md").write_text("no table\n", encoding="utf-8")
    with pytest.raises(pipeline.Trouble, match=r"^source_docs/ci-error-codes.en.md:1:1: error: no error table found"):
        pipeline.run(pipeline.configure(tmp_path / "pyproject.toml"))
    with pytest.raises(pipeline.Trouble, match=r"^--out ./. must lie inside the project"):
        pipeline.configure(tmp_path / "pyproject.toml", out="/")
