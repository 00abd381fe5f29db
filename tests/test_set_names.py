"""Issue 20: a set needs only `name` and `pages`; every output lies in `<language>/<set>/` and
takes its names from the set's name; two sets that would share a package, folder or file are
refused in one line naming both keys, before anything is written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .conftest import ROOT
from .test_cli import run  # the command line in a subprocess, as a user runs it

PAGE = ROOT / "source_docs" / "ci-error-codes.en.md"


def two_sets(tmp: Path, second: str = "") -> Path:
    (tmp / "pages").mkdir()
    shutil.copy(PAGE, tmp / "pages" / "a.md")
    shutil.copy(PAGE, tmp / "pages" / "b.md")
    (tmp / "pyproject.toml").write_text(
        '[tool.errcodegen]\n[[tool.errcodegen.sets]]\nname = "vod-error-codes"\npages = { en = "pages/a.md" }\n'
        f'[[tool.errcodegen.sets]]\nname = "live-streaming"\npages = {{ en = "pages/b.md" }}\n{second}',
        encoding="utf-8",
    )
    return tmp


def test_two_sets_of_one_kind_given_only_name_and_pages_generate(tmp_path: Path) -> None:
    proj = two_sets(tmp_path)
    result = run(proj, "generate")
    assert result.returncode == 0, result.stderr
    out = proj / "generated"
    expected = {
        # One rule, every language: <language>/<set>/, names from the set's words.
        "python/vod-error-codes/vod_error_codes/__init__.py", "python/live-streaming/live_streaming/__init__.py",
        "typescript/vod-error-codes/vodErrorCodes.ts", "typescript/live-streaming/liveStreaming.ts",
        "go/vod-error-codes/voderrors.go", "go/live-streaming/livestreamingerrors.go",
        "java/vod-error-codes/src/main/java/io/github/errcodegen/vod/VODErrors.java",
        "java/live-streaming/src/main/java/io/github/errcodegen/livestreaming/LiveStreamingErrors.java",
        "rust/vod-error-codes/Cargo.toml", "rust/live-streaming/Cargo.toml",
        "schema/vod-error-codes.schema.json", "json/live-streaming.json", "docs/vod-error-codes.html", "docs/index.html",
    }  # fmt: skip
    written = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert expected <= written, sorted(expected - written)
    gomod = (out / "go" / "live-streaming" / "go.mod").read_text(encoding="utf-8")
    assert "\nmodule github.com/errcodegen/ci-error-codes/generated/go/live-streaming\n" in gomod
    assert run(proj, "check").returncode == 0


def test_a_collision_the_configuration_causes_is_one_line_naming_both_keys(tmp_path: Path) -> None:
    proj = two_sets(tmp_path, 'python = { package = "vod_error_codes" }\n')
    result = run(proj, "generate")
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    line = result.stderr
    assert "tool.errcodegen.sets[1].python.package" in line and "tool.errcodegen.sets[0].python.package" in line
    assert "by default, from the name 'vod-error-codes'" in line and "'vod_error_codes'" in line
    assert not (proj / "generated").exists(), "nothing is written"
    assert run(proj, "check").returncode == 2


def test_reordering_sets_keeps_each_set_s_names(tmp_path: Path) -> None:
    """Names files follow the set's name, never its place: swapping two sets changes no names
    file and retires nothing (a reviewer's finding: the first set used to take names.toml)."""
    proj = tmp_path / "p"
    (proj / "source_docs").mkdir(parents=True)
    shutil.copy(PAGE, proj / "source_docs" / "ci.md")
    shutil.copy(ROOT / "tests" / "cases" / "bilingual" / "input.md", proj / "source_docs" / "small.md")
    one = '[[tool.errcodegen.sets]]\nname = "ci"\npages = { en = "source_docs/ci.md" }\n'
    two = '[[tool.errcodegen.sets]]\nname = "small"\npages = { en = "source_docs/small.md" }\n'
    (proj / "pyproject.toml").write_text("[tool.errcodegen]\n" + one + two, encoding="utf-8")
    assert run(proj, "generate").returncode == 0
    names = {p.name: p.read_bytes() for p in (proj / "source_docs").glob("*.names.toml")}
    assert sorted(names) == ["ci.names.toml", "small.names.toml"]
    (proj / "pyproject.toml").write_text("[tool.errcodegen]\n" + two + one, encoding="utf-8")
    again = run(proj, "generate")
    assert again.returncode == 0 and "retired" not in again.stderr, again.stderr
    assert {p.name: p.read_bytes() for p in (proj / "source_docs").glob("*.names.toml")} == names


def test_a_set_without_pages_is_refused_naming_the_key(tmp_path: Path) -> None:
    (tmp_path / "source_docs").mkdir()
    shutil.copy(PAGE, tmp_path / "source_docs" / "ci-error-codes.en.md")
    (tmp_path / "pyproject.toml").write_text('[tool.errcodegen]\n[[tool.errcodegen.sets]]\nname = "foo"\n', encoding="utf-8")
    result = run(tmp_path, "generate")
    assert result.returncode == 2 and "tool.errcodegen.sets[0].pages is missing" in result.stderr
    assert not (tmp_path / "generated").exists()


@pytest.mark.parametrize(("name", "key"), [("9lives", "python.package"), ("test", "python.package"), ("con", "python.package")])
def test_a_name_an_output_cannot_take_is_refused_not_replaced(tmp_path: Path, name: str, key: str) -> None:
    """A name that gives one output an unusable default is refused naming that key: never
    silently replaced by another set's default (`ci_error_codes`)."""
    shutil.copy(PAGE, tmp_path / "page.md")
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.errcodegen]\n[[tool.errcodegen.sets]]\nname = "{name}"\npages = {{ en = "page.md" }}\n', encoding="utf-8")  # fmt: skip
    result = run(tmp_path, "generate")
    assert result.returncode == 2 and f"tool.errcodegen.sets[0].{key}" in result.stderr and result.stderr.count("\n") == 1
    assert "ci_error_codes" not in result.stderr and not (tmp_path / "generated").exists()
