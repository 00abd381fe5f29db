"""`errcodegen init PAGE`: the minimal set table for a page never seen, printed or added to
pyproject.toml (nothing else in it changes); `generate` then works with nothing more."""

from __future__ import annotations

import os
import shutil
import tomllib
from pathlib import Path

import pytest

from .conftest import ROOT
from .test_cli import run  # the command line in a subprocess, as a user runs it

PAGES = ROOT / "source_docs"


def test_a_page_of_one_kind_gives_one_set(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    shutil.copy(PAGES / "ci-media-processing-error-codes.en.md", tmp_path / "pages" / "jobs.en.md")
    result = run(tmp_path, "init", "pages/jobs.en.md")
    assert result.returncode == 0, result.stderr
    table = tomllib.loads(result.stdout)["tool"]["errcodegen"]["sets"]
    assert table == [{"name": "jobs", "kind": "string", "pages": {"en": "pages/jobs.en.md"}, "names": "pages/jobs.names.toml"}]
    assert not (tmp_path / "pyproject.toml").exists(), "printing writes nothing"


def test_a_page_of_both_kinds_gives_a_set_per_kind_and_generate_works(tmp_path: Path) -> None:
    shutil.copy(PAGES / "cos-error-codes.en.md", tmp_path / "cos-error-codes.en.md")
    user = '[project]\nname = "my-service"\n# a comment errcodegen must keep\n'
    (tmp_path / "pyproject.toml").write_text(user, encoding="utf-8")
    result = run(tmp_path, "init", "cos-error-codes.en.md", "--write")
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "pyproject.toml").read_text(encoding="utf-8")
    assert text.startswith(user), "nothing before the new tables changes"
    sets = tomllib.loads(text)["tool"]["errcodegen"]["sets"]
    assert [(s["name"], s["kind"]) for s in sets] == [("cos-error-codes", "string"), ("cos-error-codes-int", "int")]
    assert sets[0]["sections"] == {"include": ["http_4xx", "http_5xx"]}
    generated = run(tmp_path, "generate")
    assert generated.returncode == 0, generated.stderr
    assert sorted(p.name for p in (tmp_path / "generated" / "json").iterdir()) == ["cos-error-codes-int.json", "cos-error-codes.json"]
    assert run(tmp_path, "check").returncode == 0


def test_refusals_change_nothing(tmp_path: Path) -> None:
    shutil.copy(PAGES / "ci-error-codes.en.md", tmp_path / "错误码_intl_en.md")
    top_level = '[tool.errcodegen]\nsource = "other.md"\n'
    (tmp_path / "pyproject.toml").write_text(top_level, encoding="utf-8")
    no_word = run(tmp_path, "init", "错误码_intl_en.md")
    assert no_word.returncode == 2 and "give --name NAME" in no_word.stderr and no_word.stdout == ""
    refused = run(tmp_path, "init", "错误码_intl_en.md", "--name", "ci", "--write")
    assert refused.returncode == 2 and "top-level keys" in refused.stderr and refused.stderr.count("\n") == 1
    assert (tmp_path / "pyproject.toml").read_text(encoding="utf-8") == top_level
    (tmp_path / "pyproject.toml").write_text("[tool.errcodegen]\n", encoding="utf-8")
    assert run(tmp_path, "init", "错误码_intl_en.md", "--name", "ci", "--write").returncode == 0
    once = (tmp_path / "pyproject.toml").read_bytes()
    twice = run(tmp_path, "init", "错误码_intl_en.md", "--name", "ci", "--write")
    assert twice.returncode == 2 and "two sets have the same name" in twice.stderr
    assert (tmp_path / "pyproject.toml").read_bytes() == once
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pyproject.toml", "错误码_intl_en.md"], "no temporary file left"
    bad = run(tmp_path, "init", "错误码_intl_en.md", "--name", "../x")
    assert bad.returncode == 2 and "--name" in bad.stderr


def test_a_chinese_page_is_configured_as_zh(tmp_path: Path) -> None:
    shutil.copy(PAGES / "ci-error-codes.zh.md", tmp_path / "ci.zh.md")
    result = run(tmp_path, "init", "ci.zh.md")
    assert result.returncode == 0, result.stderr
    assert tomllib.loads(result.stdout)["tool"]["errcodegen"]["sets"][0]["pages"] == {"zh": "ci.zh.md"}


def test_from_a_subfolder_the_project_s_file_gets_the_set(tmp_path: Path) -> None:
    """`init --write` adds to the project's pyproject.toml (the first one upward, as `generate`
    finds it), with the page's path from there; it creates none in the subfolder."""
    (tmp_path / "pyproject.toml").write_text('[project]\r\nname = "svc"\r\n', encoding="utf-8", newline="")
    sub = tmp_path / "sub"
    sub.mkdir()
    shutil.copy(PAGES / "ci-error-codes.en.md", sub / "page.md")
    result = run(sub, "init", "page.md", "--write")
    assert result.returncode == 0, result.stderr
    assert not (sub / "pyproject.toml").exists()
    data = (tmp_path / "pyproject.toml").read_bytes()
    assert data.startswith(b'[project]\r\nname = "svc"\r\n') and b"\n" not in data.replace(b"\r\n", b""), "its CRLF line endings kept"
    assert tomllib.loads(data.decode("utf-8"))["tool"]["errcodegen"]["sets"][0]["pages"] == {"en": "sub/page.md"}


@pytest.mark.parametrize("locale", ["a b", 'en = "other.md", zh', "EN", ""])
def test_a_locale_that_is_no_tag_is_refused(tmp_path: Path, locale: str) -> None:
    shutil.copy(PAGES / "ci-error-codes.en.md", tmp_path / "page.md")
    result = run(tmp_path, "init", "page.md", "--locale", locale, "--write")
    assert result.returncode == 2 and "--locale" in result.stderr and result.stdout == ""
    assert not (tmp_path / "pyproject.toml").exists()


def test_a_page_name_that_is_not_utf8_is_one_line(tmp_path: Path) -> None:
    name = os.fsdecode(b"\xff.md")
    shutil.copy(PAGES / "ci-error-codes.en.md", tmp_path / name)
    result = run(tmp_path, "init", name, "--name", "zz", "--write")
    assert result.returncode == 2 and "not UTF-8" in result.stderr and "Traceback" not in result.stderr
